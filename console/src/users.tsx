import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError, type ShownError } from './errors';
import { useRunner } from './feedback';
import { ConfirmRemoval, GuardedButton, useReasons } from './guard';
import { graphql } from './gql';
import type { CustomRole, PrimaryRole } from './gql/graphql';

export const MEMBERS = graphql(`
  query ConsoleMembers($organizationId: ID!, $after: String, $filter: MemberFilter) {
    organization(id: $organizationId) {
      id
      name
      viewerCanAddMember
      members(first: 50, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            customRoles
            viewerCanChangeRole
            viewerCanGrantCustomRole
            viewerCanRevokeCustomRole
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
      membership {
        id
        role
      }
    }
  }
`);

const SET_ROLE = graphql(`
  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {
    setPrimaryRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`);

const REMOVE = graphql(`
  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {
    removeOrganizationMember(input: $input) {
      removedMembershipId
    }
  }
`);

const GRANT_CUSTOM_ROLE = graphql(`
  mutation ConsoleGrantCustomRole($input: CustomRoleInput!) {
    grantCustomRole(input: $input) {
      membership {
        id
        customRoles
      }
    }
  }
`);

const REVOKE_CUSTOM_ROLE = graphql(`
  mutation ConsoleRevokeCustomRole($input: CustomRoleInput!) {
    revokeCustomRole(input: $input) {
      membership {
        id
        customRoles
      }
    }
  }
`);

const TRANSFER = graphql(`
  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {
    transferOwnership(input: $input) {
      organization {
        id
      }
    }
  }
`);

const ROLES: PrimaryRole[] = ['ADMINISTRATOR', 'MEMBER'];

/** The Accounts product's optional roles (GA-7), as the schema's enum has them. */
const CUSTOM_ROLES: CustomRole[] = ['BILLING_EDITOR'];
const customRoleName = (r: CustomRole): string => r.toLowerCase().replace(/_/g, ' ');

interface Member {
  id: string;
  role?: PrimaryRole | null;
  customRoles?: CustomRole[] | null;
  viewerCanChangeRole?: boolean | null;
  viewerCanGrantCustomRole?: boolean | null;
  viewerCanRevokeCustomRole?: boolean | null;
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
  const needle = filter.trim();
  // The server finds members by name or e-mail (any page, not only the first 50); while a new answer loads the
  // last one stays on screen, so typing keeps its focus.
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(MEMBERS, { variables: { organizationId, filter: needle ? { search: needle } : null } });
  const data = current ?? previousData;
  const { run, feedback } = useRunner(() => refetch());
  const [confirming, setConfirming] = useState<Member | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [setRole] = useMutation(SET_ROLE);
  const [remove, removing] = useMutation(REMOVE);
  const [transfer] = useMutation(TRANSFER);
  const [grantCustom] = useMutation(GRANT_CUSTOM_ROLE);
  const [revokeCustom] = useMutation(REVOKE_CUSTOM_ROLE);

  const members: Member[] = (data?.organization?.members?.edges ?? []).map((e) => e.node);
  const reason = useReasons(
    members.flatMap((m) => [
      { allowed: m.viewerCanChangeRole, action: 'SET_PRIMARY_ROLE' as const, resourceId: m.id },
      { allowed: m.viewerCanRemove, action: 'REMOVE_ORGANIZATION_MEMBER' as const, resourceId: m.id },
      { allowed: m.viewerCanTransferOwnership, action: 'TRANSFER_OWNERSHIP' as const, resourceId: m.id },
      { allowed: m.viewerCanGrantCustomRole, action: 'GRANT_CUSTOM_ROLE' as const, resourceId: m.id },
      { allowed: m.viewerCanRevokeCustomRole, action: 'REVOKE_CUSTOM_ROLE' as const, resourceId: m.id },
    ]),
  );
  if (loading && !data) return <p role="status">Loading members…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;
  const shown = members;

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <p>
        {data?.organization?.members?.totalCount ?? 0} {needle ? 'matching members' : 'members'} of{' '}
        {data?.organization?.name}
      </p>
      {data?.organization?.viewerCanAddMember && (
        <AddMember organizationId={organizationId} onDone={() => void refetch()} />
      )}
      <label htmlFor="find-email">Find by name or e-mail</label>
      <input id="find-email" type="search" maxLength={100} value={filter} onChange={(e) => setFilter(e.target.value)} />
      {error && data && <p role="alert">{showError(error).message}</p>}
      {feedback}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Custom roles</th>
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
              <td data-testid="custom-roles">
                {(m.customRoles ?? []).length ? (m.customRoles ?? []).map(customRoleName).join(', ') : '—'}{' '}
                {CUSTOM_ROLES.map((r) => {
                  const held = (m.customRoles ?? []).includes(r);
                  const input = { organizationId, accountId: m.account!.id, role: r };
                  return (
                    <GuardedButton
                      key={r}
                      aria-label={`${held ? 'Revoke' : 'Grant'} ${customRoleName(r)} ${held ? 'from' : 'to'} ${m.account?.email ?? ''}`}
                      allowed={held ? m.viewerCanRevokeCustomRole : m.viewerCanGrantCustomRole}
                      reason={reason(held ? 'REVOKE_CUSTOM_ROLE' : 'GRANT_CUSTOM_ROLE', m.id)}
                      onClick={() =>
                        void run(`${customRoleName(r)} ${held ? 'revoked' : 'granted'}`, () =>
                          (held ? revokeCustom : grantCustom)({ variables: { input } }),
                        )
                      }
                    >
                      {held ? 'Revoke' : 'Grant'} {customRoleName(r)}
                    </GuardedButton>
                  );
                })}
              </td>
              <td className="actions">
                <GuardedButton
                  aria-label={`Edit role of ${m.account?.email ?? ''}`}
                  allowed={m.viewerCanChangeRole}
                  reason={reason('SET_PRIMARY_ROLE', m.id)}
                  onClick={() => setEditing(editing === m.id ? null : m.id)}
                >
                  ✎
                </GuardedButton>
                <GuardedButton
                  allowed={m.viewerCanRemove}
                  reason={reason('REMOVE_ORGANIZATION_MEMBER', m.id)}
                  onClick={() => setConfirming(m)}
                >
                  Remove
                </GuardedButton>
                <GuardedButton
                  allowed={m.viewerCanTransferOwnership}
                  reason={reason('TRANSFER_OWNERSHIP', m.id)}
                  onClick={() =>
                    void run('Ownership transferred', () =>
                      transfer({ variables: { input: { organizationId, accountId: m.account!.id } } }),
                    )
                  }
                >
                  Make owner
                </GuardedButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <ConfirmRemoval
          who={confirming.account?.email ?? ''}
          consequence="They lose every grant in this organization, in every product."
          busy={removing.loading}
          onNo={() => setConfirming(null)}
          onYes={() => {
            const m = confirming;
            setConfirming(null);
            void run('Access closed', () =>
              remove({ variables: { input: { organizationId, accountId: m.account!.id } } }),
            );
          }}
        />
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
