import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError } from './errors';
import { useRunner } from './feedback';
import { ConfirmDelete, GuardedButton, useReasons } from './guard';
import { graphql } from './gql';

export const LIVE_CHAT = graphql(`
  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {
    organization(id: $organizationId) {
      id
      viewerCanCreateDepartment
      departments {
        id
        name
        number
        viewerCanRename
        viewerCanDelete
      }
      departmentGroups {
        id
        name
        departments {
          id
          name
        }
      }
      userGroups {
        id
        name
        required
        workWith {
          id
          name
        }
        roles {
          id
          name
        }
      }
      operatorRoles {
        id
        name
        grants {
          id
          module
          function
          limitation
        }
      }
      chats(first: 50, filter: $filter) {
        totalCount
        edges {
          node {
            id
            visitorName
            createdAt
            department {
              id
              name
            }
          }
        }
      }
    }
    me {
      id
      effectivePermissions(organizationId: $organizationId) {
        module
        function
        limitation
        role {
          id
          name
        }
        userGroup {
          id
          name
        }
      }
    }
  }
`);

const CREATE_DEPARTMENT = graphql(`
  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`);
const RENAME_DEPARTMENT = graphql(`
  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {
    renameDepartment(input: $input) {
      department {
        id
        name
      }
    }
  }
`);
const DELETE_DEPARTMENT = graphql(`
  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {
    deleteDepartment(input: $input) {
      deletedDepartmentId
    }
  }
`);

const json = (v: unknown) => (v && Object.keys(v).length ? JSON.stringify(v) : '—');

/** A part of the screen the server refused to show this viewer (its field came back null with FORBIDDEN). */
function Hidden({ what }: { what: string }) {
  return <p className="hidden-part">You may not see the {what} (the server refused).</p>;
}

/**
 * LIVE CHAT (seed 001): departments, department groups, user groups with their work-with lists, roles with their
 * module/function grants and limitations, "my permissions" with the role and user group each comes from (LHC-7), and
 * the chats I can see (LHC-5: an operator sees only the departments its department groups reach).
 */
export function LiveChat({ organizationId }: { organizationId: string }) {
  const [department, setDepartment] = useState('');
  const { data, loading, error, refetch } = useQuery(LIVE_CHAT, {
    variables: { organizationId, filter: department ? { departmentIds: [department] } : null },
    errorPolicy: 'all',
  });
  const { run, problem, feedback } = useRunner(() => refetch());
  const [create] = useMutation(CREATE_DEPARTMENT);
  const [rename] = useMutation(RENAME_DEPARTMENT);
  const [remove] = useMutation(DELETE_DEPARTMENT);
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const reason = useReasons([
    {
      allowed: data?.organization?.viewerCanCreateDepartment,
      action: 'LIVECHAT_CREATE_DEPARTMENT',
      resourceId: organizationId,
    },
    ...(data?.organization?.departments ?? []).flatMap((d) => [
      { allowed: d.viewerCanRename, action: 'LIVECHAT_EDIT_DEPARTMENT' as const, resourceId: d.id },
      { allowed: d.viewerCanDelete, action: 'LIVECHAT_DELETE_DEPARTMENT' as const, resourceId: d.id },
    ]),
  ]);
  if (loading && !data) return <p role="status">Loading live chat…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;
  const org = data?.organization;
  const mine = data?.me?.effectivePermissions;
  return (
    <section aria-labelledby="livechat-heading">
      <h2 id="livechat-heading">Live chat</h2>

      <h3>Chats I can see</h3>
      <label htmlFor="chat-department">Department</label>
      <select id="chat-department" value={department} onChange={(e) => setDepartment(e.target.value)}>
        <option value="">All I can see</option>
        {(org?.departments ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {org?.chats ? (
        <table aria-label="Chats">
          <thead>
            <tr>
              <th scope="col">Visitor</th>
              <th scope="col">Department</th>
              <th scope="col">Started</th>
            </tr>
          </thead>
          <tbody>
            {org.chats.edges.map(({ node: c }) => (
              <tr key={c.id} data-chat-department={c.department?.name ?? ''}>
                <td>{c.visitorName}</td>
                <td>{c.department?.name}</td>
                <td>{c.createdAt ? new Date(c.createdAt).toLocaleString() : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="chats" />
      )}

      <h3>My permissions</h3>
      {mine ? (
        <table aria-label="My permissions">
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Function</th>
              <th scope="col">Limitation</th>
              <th scope="col">From role</th>
              <th scope="col">Through user group</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((p, i) => (
              <tr key={`${p.module ?? ''}-${p.function ?? ''}-${i}`}>
                <td>{p.module}</td>
                <td>{p.function}</td>
                <td>{json(p.limitation)}</td>
                <td>{p.role?.name}</td>
                <td>{p.userGroup?.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="permissions" />
      )}

      <h3>Departments</h3>
      {feedback}
      <form
        className="inline-form"
        aria-label="Create a department"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void run(`Department ${newName} created`, () =>
            create({ variables: { input: { organizationId, name: newName } } }),
          ).then((ok) => ok && setNewName(''));
        }}
      >
        <label htmlFor="department-name">New department</label>
        <input id="department-name" required value={newName} onChange={(e) => setNewName(e.target.value)} />
        {problem?.fields.name && <span className="field-error">{problem.fields.name}</span>}
        <GuardedButton
          type="submit"
          allowed={org?.viewerCanCreateDepartment}
          reason={reason('LIVECHAT_CREATE_DEPARTMENT', organizationId)}
        >
          Create department
        </GuardedButton>
      </form>
      {org?.departments ? (
        <table aria-label="Departments">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Department</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {org.departments.map((d) => (
              <tr key={d.id} data-department={d.name ?? ''}>
                <td>{d.number}</td>
                <td>
                  {renaming?.id === d.id ? (
                    <form
                      className="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const r = renaming;
                        setRenaming(null);
                        void run(`Department renamed to ${r.name}`, () =>
                          rename({ variables: { input: { organizationId, departmentId: r.id, name: r.name } } }),
                        );
                      }}
                    >
                      <label htmlFor={`rename-${d.id}`}>New name of {d.name}</label>
                      <input
                        id={`rename-${d.id}`}
                        required
                        autoFocus
                        value={renaming.name}
                        onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                      />
                      <button type="submit">SAVE</button>
                    </form>
                  ) : (
                    d.name
                  )}
                </td>
                <td className="actions">
                  <GuardedButton
                    allowed={d.viewerCanRename}
                    reason={reason('LIVECHAT_EDIT_DEPARTMENT', d.id)}
                    aria-label={`Rename department ${d.name ?? ''}`}
                    onClick={() => setRenaming({ id: d.id, name: d.name ?? '' })}
                  >
                    ✎
                  </GuardedButton>
                  <GuardedButton
                    allowed={d.viewerCanDelete}
                    reason={reason('LIVECHAT_DELETE_DEPARTMENT', d.id)}
                    aria-label={`Delete department ${d.name ?? ''}`}
                    onClick={() => setDeleting({ id: d.id, name: d.name ?? '' })}
                  >
                    Delete
                  </GuardedButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="departments" />
      )}
      {deleting && (
        <ConfirmDelete
          what={`department ${deleting.name}`}
          moveLabel="Move its chats to"
          noneLabel="(it has no chats)"
          options={(org?.departments ?? []).filter((d) => d.id !== deleting.id)}
          onKeep={() => setDeleting(null)}
          onDelete={(reassignChatsToDepartmentId) => {
            const d = deleting;
            setDeleting(null);
            void run(`Department ${d.name} deleted`, () =>
              remove({ variables: { input: { organizationId, departmentId: d.id, reassignChatsToDepartmentId } } }),
            );
          }}
        />
      )}

      <h3>Department groups</h3>
      {org?.departmentGroups ? (
        <ul aria-label="Department groups">
          {org.departmentGroups.map((g) => (
            <li key={g.id}>
              {g.name}: {(g.departments ?? []).map((d) => d.name).join(', ') || '—'}
            </li>
          ))}
        </ul>
      ) : (
        <Hidden what="department groups" />
      )}

      <h3>User groups</h3>
      {org?.userGroups ? (
        <table aria-label="User groups">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Works with</th>
              <th scope="col">Roles</th>
            </tr>
          </thead>
          <tbody>
            {org.userGroups.map((g) => (
              <tr key={g.id}>
                <td>
                  {g.name}
                  {g.required ? ' (required)' : ''}
                </td>
                <td>{(g.workWith ?? []).map((w) => w.name).join(', ') || '—'}</td>
                <td>{(g.roles ?? []).map((r) => r.name).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="user groups" />
      )}

      <h3>Roles</h3>
      {org?.operatorRoles ? (
        <table aria-label="Operator roles">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Grants (module · function · limitation)</th>
            </tr>
          </thead>
          <tbody>
            {org.operatorRoles.map((r) => (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td>
                  {(r.grants ?? [])
                    .map(
                      (g) => `${g.module ?? ''} · ${g.function ?? ''}${g.limitation ? ` · ${json(g.limitation)}` : ''}`,
                    )
                    .join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Hidden what="roles" />
      )}
    </section>
  );
}
