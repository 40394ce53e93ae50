import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError, type ShownError } from './errors';
import { graphql } from './gql';
import type { PrimaryRole } from './gql/graphql';

export const MEMBERS = graphql(`
  query ConsoleMembers($organizationId: ID!, $after: String) {
    organization(id: $organizationId) {
      id
      name
      viewerCanAddMember
      members(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            viewerCanChangeRole
            viewerCanRemove
            viewerCanTransferOwnership
            account {
              id
              name
              email
            }
          }
        }
      }
    }
  }
`);

const ADD_MEMBER = graphql(`
  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {
    addOrganizationMember(input: $input) {
      id
      role
    }
  }
`);

const SET_ROLE = graphql(`
  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {
    setPrimaryRole(input: $input) {
      id
      role
    }
  }
`);

const REMOVE = graphql(`
  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {
    removeOrganizationMember(input: $input) {
      id
    }
  }
`);

const TRANSFER = graphql(`
  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {
    transferOwnership(input: $input) {
      id
    }
  }
`);

const ROLES: PrimaryRole[] = ['ADMINISTRATOR', 'MEMBER'];

// Buttons are enabled exactly when the server's viewerCan… says yes; the console holds no rule of its own.
const NOT_ALLOWED = 'The server says you may not do this (your role does not allow it).';

interface Member {
  id: string;
  role?: PrimaryRole | null;
  viewerCanChangeRole?: boolean | null;
  viewerCanRemove?: boolean | null;
  viewerCanTransferOwnership?: boolean | null;
  account?: { id: string; name?: string | null; email?: string | null } | null;
}

/**
 * The USERS tab: members and their roles; add a member with a role, change a role (the pen), remove with the seed's
 * confirmation, transfer ownership. Each button is enabled exactly when the server's `viewerCan…` says yes;
 * a change the server still refuses (a race) shows its code.
 */
export function Users({ organizationId }: { organizationId: string }) {
  const [filter, setFilter] = useState('');
  const { data, loading, error, refetch } = useQuery(MEMBERS, { variables: { organizationId } });
  const [problem, setProblem] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [setRole] = useMutation(SET_ROLE);
  const [remove, removing] = useMutation(REMOVE);
  const [transfer] = useMutation(TRANSFER);

  const run = async (what: string, action: () => Promise<unknown>) => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      setNotice(what);
      await refetch();
    } catch (err) {
      setProblem(showError(err));
    }
  };

  if (loading) return <p role="status">Loading members…</p>;
  if (error) return <p role="alert">{showError(error).message}</p>;
  const members: Member[] = (data?.organization?.members?.edges ?? []).map((e) => e.node);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? members.filter((m) => (m.account?.email ?? '').toLowerCase().includes(needle)) : members;

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <p>
        {data?.organization?.members?.totalCount ?? 0} members of {data?.organization?.name}
      </p>
      {data?.organization?.viewerCanAddMember && (
        <AddMember organizationId={organizationId} onDone={() => void refetch()} />
      )}
      <label htmlFor="find-email">Find by e-mail</label>
      <input id="find-email" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem.message}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((m) => (
            <tr key={m.id} data-email={m.account?.email ?? ''}>
              <td>{m.account?.name}</td>
              <td>{m.account?.email}</td>
              <td>
                {editing === m.id ? (
                  <select
                    aria-label={`Role of ${m.account?.email ?? ''}`}
                    defaultValue={m.role ?? 'MEMBER'}
                    onChange={(e) => {
                      const role = e.target.value as PrimaryRole;
                      setEditing(null);
                      void run(`Role changed to ${role}`, () =>
                        setRole({ variables: { input: { organizationId, accountId: m.account!.id, role } } }),
                      );
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                ) : (
                  m.role
                )}
              </td>
              <td className="actions">
                <button
                  type="button"
                  aria-label={`Edit role of ${m.account?.email ?? ''}`}
                  disabled={!m.viewerCanChangeRole}
                  title={m.viewerCanChangeRole ? undefined : NOT_ALLOWED}
                  onClick={() => setEditing(editing === m.id ? null : m.id)}
                >
                  ✎
                </button>
                <button
                  type="button"
                  disabled={!m.viewerCanRemove}
                  title={m.viewerCanRemove ? undefined : NOT_ALLOWED}
                  onClick={() => setConfirming(m)}
                >
                  Remove
                </button>
                <button
                  type="button"
                  disabled={!m.viewerCanTransferOwnership}
                  title={m.viewerCanTransferOwnership ? undefined : NOT_ALLOWED}
                  onClick={() =>
                    void run('Ownership transferred', () =>
                      transfer({ variables: { input: { organizationId, accountId: m.account!.id } } }),
                    )
                  }
                >
                  Make owner
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <div role="dialog" aria-modal="true" aria-labelledby="remove-title" className="dialog">
          <h3 id="remove-title">Close access for {confirming.account?.email}?</h3>
          <p>They lose every grant in this organization, in every product.</p>
          <button
            type="button"
            autoFocus
            disabled={removing.loading}
            onClick={() => {
              const m = confirming;
              setConfirming(null);
              void run('Access closed', () =>
                remove({ variables: { input: { organizationId, accountId: m.account!.id } } }),
              );
            }}
          >
            YES, CLOSE ACCESS
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            NO, KEEP IT
          </button>
        </div>
      )}
    </section>
  );
}

/** INVITE USER: an e-mail and a role; field errors beside their inputs. */
function AddMember({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<PrimaryRole>('MEMBER');
  const [problem, setProblem] = useState<ShownError | null>(null);
  const [add, { loading }] = useMutation(ADD_MEMBER);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await add({ variables: { input: { organizationId, email, role } } });
      setEmail('');
      onDone();
    } catch (err) {
      setProblem(showError(err));
    }
  };

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label="Invite user">
      <label htmlFor="invite-email">E-mail</label>
      <input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      {problem?.fields.email && <span className="field-error">{problem.fields.email}</span>}
      <label htmlFor="invite-role">Role</label>
      <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as PrimaryRole)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading}>
        {loading ? 'Inviting…' : 'INVITE USER'}
      </button>
      {problem && (
        <span role="alert" className="error">
          {problem.message}
        </span>
      )}
    </form>
  );
}
