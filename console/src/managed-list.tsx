import { useState, type FormEvent, type ReactNode } from 'react';
import type { ShownError } from './errors';
import { GuardedButton } from './guard';

/** One row of a managed list: its name, what the server says the viewer may do to it, and its other cells. */
export interface ManagedRow {
  id: string;
  name: string;
  canRename: boolean | null | undefined;
  canDelete: boolean | null | undefined;
  cells: ReactNode[];
}

/**
 * The live-chat configuration lists (departments, department groups, user groups, roles), one way: a create form,
 * then a table whose pen renames in place and whose Delete asks the caller's confirmation. Every button is enabled
 * by the server's `viewerCan…` answer and says the decision query's reason when refused; nothing is decided here.
 */
export function ManagedList({
  noun,
  label,
  columns,
  rows,
  canCreate,
  createReason,
  renameReason,
  deleteReason,
  problem,
  onCreate,
  onRename,
  onDelete,
}: {
  /** What one row is, lower case ("department group"): it names the buttons and the inputs. */
  noun: string;
  /** The table's accessible name. */
  label: string;
  /** Headers of the cells after the name. */
  columns: string[];
  rows: ManagedRow[];
  canCreate: boolean | null | undefined;
  createReason: string;
  renameReason: (row: ManagedRow) => string;
  deleteReason: (row: ManagedRow) => string;
  /** The last refusal, for the create form's field error. */
  problem: ShownError | null;
  onCreate: (name: string) => Promise<boolean>;
  onRename: (row: ManagedRow, name: string) => void;
  onDelete: (row: ManagedRow) => void;
}) {
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const slug = noun.replace(/\s+/g, '-');
  const title = noun[0]!.toUpperCase() + noun.slice(1);
  return (
    <>
      <form
        className="inline-form"
        aria-label={`Create a ${noun}`}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void onCreate(newName).then((ok) => ok && setNewName(''));
        }}
      >
        <label htmlFor={`${slug}-name`}>New {noun}</label>
        <input id={`${slug}-name`} required value={newName} onChange={(e) => setNewName(e.target.value)} />
        {problem?.fields.name && <span className="field-error">{problem.fields.name}</span>}
        <GuardedButton type="submit" allowed={canCreate} reason={createReason}>
          Create {noun}
        </GuardedButton>
      </form>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} {...{ [`data-${slug}`]: row.name }}>
              <td>
                {renaming?.id === row.id ? (
                  <form
                    className="inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      const name = renaming.name;
                      setRenaming(null);
                      onRename(row, name);
                    }}
                  >
                    <label htmlFor={`rename-${row.id}`}>New name of {row.name}</label>
                    <input
                      id={`rename-${row.id}`}
                      required
                      autoFocus
                      value={renaming.name}
                      onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                    />
                    <button type="submit">SAVE</button>
                  </form>
                ) : (
                  row.name
                )}
              </td>
              {row.cells.map((cell, i) => (
                <td key={columns[i] ?? i}>{cell}</td>
              ))}
              <td className="actions">
                <GuardedButton
                  allowed={row.canRename}
                  reason={renameReason(row)}
                  aria-label={`Rename ${noun} ${row.name}`}
                  onClick={() => setRenaming({ id: row.id, name: row.name })}
                >
                  ✎
                </GuardedButton>
                <GuardedButton
                  allowed={row.canDelete}
                  reason={deleteReason(row)}
                  aria-label={`Delete ${noun} ${row.name}`}
                  onClick={() => onDelete(row)}
                >
                  Delete
                </GuardedButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
