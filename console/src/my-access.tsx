import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { showError } from './errors';
import { graphql } from './gql';
import { DECISIONS } from './guard';
import type { DecisionAction } from './gql/graphql';

export const MY_ACCESS = graphql(`
  query ConsoleMyAccess {
    me {
      id
      name
      email
      memberships {
        id
        role
        legacyLiveChatRole
        organization {
          id
          name
        }
        productRoles {
          product
          role
          active
        }
      }
      portalRoles {
        id
        role
      }
    }
  }
`);

// Actions on an organization a person may ask about (names of the decision catalogue, not rules: the server answers).
const QUESTIONS: ReadonlyArray<readonly [DecisionAction, string]> = [
  ['ADD_ORGANIZATION_MEMBER', 'add a member'],
  ['RENAME_ORGANIZATION', 'rename the organization'],
  ['LEAVE_ORGANIZATION', 'leave the organization'],
  ['LIVECHAT_CREATE_DEPARTMENT', 'create a live-chat department'],
  ['LIVECHAT_CONFIGURE', 'configure live chat'],
  ['LIVECHAT_START_CHAT', 'start a chat'],
  ['LIVECHAT_READ_CHATS', 'read chats'],
  ['LIVECHAT_SEE_PERMISSIONS', 'see operators’ permissions'],
  ['CHATBOT_INVITED_USERS_CREATE', 'invite a chatbot company user'],
  ['CHATBOT_PROJECT_CREATE', 'create a chatbot project'],
  ['CHATBOT_AGENT_IMPORT_ACTION', 'import a chatbot agent'],
  ['CHATBOT_COMPANY_BILLING_PLAN_UPDATE', 'change the chatbot billing plan'],
];

/** "Why can't I …?": one question to the decision query, answered with the grant held or the one missing. */
function WhyCantI({ organizationId }: { organizationId: string }) {
  const [action, setAction] = useState<DecisionAction>(QUESTIONS[0]![0]);
  const [ask, { data, loading, error }] = useLazyQuery(DECISIONS);
  const answer = data?.decisions[0];
  return (
    <section aria-labelledby="why-heading">
      <h3 id="why-heading">Why can&apos;t I …?</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void ask({ variables: { requests: [{ action, resourceId: organizationId }] } });
        }}
      >
        <label htmlFor="why-action">Action</label>
        <select id="why-action" value={action} onChange={(e) => setAction(e.target.value as DecisionAction)}>
          {QUESTIONS.map(([a, label]) => (
            <option key={a} value={a}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={loading}>
          Ask
        </button>
      </form>
      {error && <p role="alert">{showError(error).message}</p>}
      {answer && (
        <p role="status" data-allowed={String(answer.allowed)}>
          {answer.allowed ? 'Yes. ' : 'No. '}
          {(answer.reason ?? '').replace(/\.?$/, '.')}
          {(answer.grants ?? []).length ? ` Through: ${(answer.grants ?? []).join(', ')}.` : ''}
          {(answer.missing ?? []).length ? ` Missing: ${(answer.missing ?? []).join(', ')}.` : ''}
        </p>
      )}
    </section>
  );
}

/** MY ACCESS: the X-1 picture of the signed-in account, read from one query, and "why can't I …?". */
export function MyAccess({ organizationId }: { organizationId: string | null }) {
  const { data, loading, error } = useQuery(MY_ACCESS);
  if (loading) return <p role="status">Loading your access…</p>;
  if (error) return <p role="alert">{showError(error).message}</p>;
  const me = data?.me;
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">My access</h2>
      <p>
        {me?.name} ({me?.email})
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Organization</th>
            <th scope="col">Role</th>
            <th scope="col">Products</th>
            <th scope="col">Live chat (legacy)</th>
          </tr>
        </thead>
        <tbody>
          {(me?.memberships ?? []).map((m) => (
            <tr key={m.id}>
              <td>{m.organization?.name}</td>
              <td>{m.role}</td>
              <td>
                {(m.productRoles ?? [])
                  .map((p) => `${p.product ?? ''}: ${p.role ?? ''}${p.active === false ? ' (deactivated)' : ''}`)
                  .join(', ') || '—'}
              </td>
              <td>{m.legacyLiveChatRole ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {organizationId && <WhyCantI organizationId={organizationId} />}
      <h3>Portal roles</h3>
      <ul>
        {(me?.portalRoles ?? []).map((r) => (
          <li key={r.id}>{r.role}</li>
        ))}
        {(me?.portalRoles ?? []).length === 0 && <li>None</li>}
      </ul>
    </section>
  );
}
