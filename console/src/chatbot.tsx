import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError, type ShownError } from './errors';
import { useRunner } from './feedback';
import { ConfirmRemoval, GuardedButton, TrashIcon, useReasons } from './guard';
import { graphql } from './gql';
import type { CompanyRole } from './gql/graphql';

export const CHATBOT = graphql(`
  query ConsoleChatbot($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      viewerCanInviteCompanyUser
      chatbotCompany {
        id
        name
        owner {
          id
          name
        }
        users(first: 100) {
          totalCount
          edges {
            node {
              id
              role
              active
              viewerCanChangeRole
              viewerCanRemove
              account {
                id
                name
                email
              }
            }
          }
        }
        invitations(first: 100) {
          edges {
            node {
              id
              email
              role
              status
            }
          }
        }
      }
    }
  }
`);

export const MY_COMPANIES = graphql(`
  query ConsoleMyCompanies {
    me {
      id
      chatbotCompanies {
        id
        organizationId
        name
        role
        invitedRole
        active
      }
    }
  }
`);

const INVITE = graphql(`
  mutation ConsoleInviteCompanyUser($input: InviteCompanyUserInput!) {
    inviteCompanyUser(input: $input) {
      companyInvitation {
        id
        email
        role
        status
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation ConsoleAcceptInvitation($input: CompanyInput!) {
    acceptCompanyInvitation(input: $input) {
      productUser {
        id
        role
      }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation ConsoleChangeCompanyRole($input: ChangeCompanyRoleInput!) {
    changeCompanyRole(input: $input) {
      productUser {
        id
        role
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation ConsoleRemoveCompanyUser($input: CompanyUserInput!) {
    removeCompanyUser(input: $input) {
      removedProductUserId
    }
  }
`);

// The roles one can be invited to or moved to (OWNER moves only by transfer, CB-1).
const ROLES: CompanyRole[] = ['ADMINISTRATOR', 'MANAGER', 'DESIGNER'];

/** The invitations waiting for the signed-in person, in any company (seed 002: "the list of the available companies"). */
export function MyInvitations({ onAccepted }: { onAccepted: () => void }) {
  const { data, refetch } = useQuery(MY_COMPANIES, { errorPolicy: 'all' });
  const [accept] = useMutation(ACCEPT, { refetchQueries: ['ConsoleMyOrganizations', 'ConsoleChatbot'] });
  const { run, feedback } = useRunner(async () => {
    await refetch();
    onAccepted();
  });
  const waiting = (data?.me?.chatbotCompanies ?? []).filter((c) => c.invitedRole);
  if (waiting.length === 0) return feedback;
  return (
    <section aria-labelledby="invitations-heading">
      <h3 id="invitations-heading">Invitations for you</h3>
      {feedback}
      <ul>
        {waiting.map((c) => (
          <li key={c.id} data-invitation={c.name ?? ''}>
            {c.name}: as {c.invitedRole}{' '}
            <button
              type="button"
              onClick={() =>
                void run(`You joined ${c.name ?? ''} as ${c.invitedRole ?? ''}`, () =>
                  accept({ variables: { input: { organizationId: c.organizationId } } }),
                )
              }
            >
              Accept invitation to {c.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * CHATBOT (seed 002): the company's USERS tab with INVITE USER (a panel: E-MAIL, role, INVITE), the pen that opens
 * the ROLE window (blocked where the server says editing is not allowed), the trash bin with YES, CLOSE ACCESS / NO,
 * KEEP IT; pending invitations. What the viewer may do is the server's `viewerCan…`.
 */
export function Chatbot({ organizationId }: { organizationId: string }) {
  const { data, loading, error, refetch } = useQuery(CHATBOT, { variables: { organizationId }, errorPolicy: 'all' });
  const { run, feedback } = useRunner(() => refetch());
  const [changeRole] = useMutation(CHANGE_ROLE);
  const [remove, removing] = useMutation(REMOVE);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<{ accountId: string; email: string; role: CompanyRole } | null>(null);
  const [confirming, setConfirming] = useState<{ accountId: string; email: string } | null>(null);
  const company = data?.organization?.chatbotCompany;
  const users = (company?.users?.edges ?? []).map((e) => e.node);
  const reason = useReasons([
    ...users.flatMap((u) => [
      { allowed: u.viewerCanChangeRole, action: 'CHANGE_COMPANY_ROLE' as const, resourceId: u.id },
      { allowed: u.viewerCanRemove, action: 'REMOVE_COMPANY_USER' as const, resourceId: u.id },
    ]),
    // CB-2's invited_users create cell, on the organization whose company this is.
    {
      allowed: data?.organization?.viewerCanInviteCompanyUser,
      action: 'CHATBOT_INVITED_USERS_CREATE' as const,
      resourceId: organizationId,
    },
  ]);
  if (loading && !data) return <p role="status">Loading the chatbot company…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;

  return (
    <section aria-labelledby="chatbot-heading">
      <h2 id="chatbot-heading">Chatbot company</h2>
      {!company ? (
        <p>This organization has no chatbot company you can see (chatbot is not enabled, or you are not in it).</p>
      ) : (
        <>
          <p>
            {company.name}, owned by {company.owner?.name ?? '—'}: {company.users?.totalCount ?? 0} users
          </p>
          <h3>USERS</h3>
          <GuardedButton
            allowed={data?.organization?.viewerCanInviteCompanyUser}
            reason={reason('CHATBOT_INVITED_USERS_CREATE', organizationId)}
            aria-expanded={inviting}
            onClick={() => setInviting(!inviting)}
          >
            INVITE USER
          </GuardedButton>
          {inviting && (
            <InvitePanel
              organizationId={organizationId}
              onDone={() => {
                setInviting(false);
                void refetch();
              }}
            />
          )}
          {feedback}
          <table aria-label="Company users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-company-user={u.account?.email ?? ''}>
                  <td>{u.account?.name}</td>
                  <td>{u.account?.email}</td>
                  <td>
                    {u.role}
                    {u.active === false ? ' (deactivated)' : ''}
                  </td>
                  <td className="actions">
                    <GuardedButton
                      allowed={u.viewerCanChangeRole}
                      reason={reason('CHANGE_COMPANY_ROLE', u.id)}
                      aria-label={`Edit company role of ${u.account?.email ?? ''}`}
                      onClick={() =>
                        setEditing({
                          accountId: u.account!.id,
                          email: u.account?.email ?? '',
                          role: (u.role as CompanyRole | null) ?? 'DESIGNER',
                        })
                      }
                    >
                      ✎
                    </GuardedButton>
                    <GuardedButton
                      allowed={u.viewerCanRemove}
                      reason={reason('REMOVE_COMPANY_USER', u.id)}
                      aria-label={`Remove ${u.account?.email ?? ''} from the company`}
                      onClick={() => setConfirming({ accountId: u.account!.id, email: u.account?.email ?? '' })}
                    >
                      <TrashIcon />
                    </GuardedButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {company.invitations && (
            <>
              <h3>Invitations</h3>
              <ul aria-label="Invitations">
                {company.invitations.edges.map(({ node: i }) => (
                  <li key={i.id} data-invited={i.email ?? ''}>
                    {i.email}: {i.role}, {i.status}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {editing && (
        <div role="dialog" aria-modal="true" aria-labelledby="role-title" className="dialog">
          <h3 id="role-title">Role of {editing.email}</h3>
          <label htmlFor="company-role">ROLE</label>
          <select
            id="company-role"
            value={editing.role}
            onChange={(e) => setEditing({ ...editing, role: e.target.value as CompanyRole })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button
            type="button"
            onClick={() => {
              const e = editing;
              setEditing(null);
              void run(`Company role changed to ${e.role}`, () =>
                changeRole({ variables: { input: { organizationId, accountId: e.accountId, role: e.role } } }),
              );
            }}
          >
            SAVE
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmRemoval
          who={confirming.email}
          consequence="They lose access to the company, and it leaves their list of companies."
          busy={removing.loading}
          onNo={() => setConfirming(null)}
          onYes={() => {
            const c = confirming;
            setConfirming(null);
            void run('Access closed', () =>
              remove({ variables: { input: { organizationId, accountId: c.accountId } } }),
            );
          }}
        />
      )}
    </section>
  );
}

/** The INVITE USER panel: E-MAIL and role, then INVITE; the server's warning (not registered, already invited) beside it. */
function InvitePanel({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<CompanyRole>('DESIGNER');
  const [problem, setProblem] = useState<ShownError | null>(null);
  const [invite, { loading }] = useMutation(INVITE);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await invite({ variables: { input: { organizationId, email, role } } });
      onDone();
    } catch (err) {
      setProblem(showError(err));
    }
  };
  return (
    <form className="inline-form" aria-label="Invite a company user" onSubmit={(e) => void submit(e)}>
      <label htmlFor="company-invite-email">E-MAIL</label>
      <input id="company-invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      {problem?.fields.email && <span className="field-error">{problem.fields.email}</span>}
      <label htmlFor="company-invite-role">Company role</label>
      <select id="company-invite-role" value={role} onChange={(e) => setRole(e.target.value as CompanyRole)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading}>
        {loading ? 'Inviting…' : 'INVITE'}
      </button>
      {problem && (
        <span role="alert" className="error">
          {problem.message}
        </span>
      )}
    </form>
  );
}
