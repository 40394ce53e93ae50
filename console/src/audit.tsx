import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { showError } from './errors';
import { graphql } from './gql';
import type { AuditDomain } from './gql/graphql';

export const AUDIT = graphql(`
  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {
    organization(id: $organizationId) {
      id
      auditLog(first: 20, after: $after, filter: $filter) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            createdAt
            domain
            action
            targetType
            actor {
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

const DOMAINS: AuditDomain[] = ['ACCOUNTS', 'PRODUCT_ROLES', 'DEPARTMENT_GROUPS', 'CUSTOMER_HIERARCHY'];

/** AUDIT: the organization's access changes across every domain, newest first, paged and filtered. */
export function Audit({ organizationId }: { organizationId: string }) {
  const [domain, setDomain] = useState<AuditDomain | ''>('');
  const filter = domain ? { domains: [domain] } : null;
  const { data, loading, error, fetchMore } = useQuery(AUDIT, { variables: { organizationId, filter } });
  const page = data?.organization?.auditLog;

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit</h2>
      <label htmlFor="audit-domain">Domain</label>
      <select id="audit-domain" value={domain} onChange={(e) => setDomain(e.target.value as AuditDomain | '')}>
        <option value="">All domains</option>
        {DOMAINS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      {loading && <p role="status">Loading events…</p>}
      {error && <p role="alert">{showError(error).message}</p>}
      {page && (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Domain</th>
              <th scope="col">Action</th>
              <th scope="col">Target</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }) => (
              <tr key={node.id} data-action={node.action ?? ''}>
                <td>{node.createdAt ? new Date(node.createdAt).toLocaleString() : ''}</td>
                <td>{node.domain}</td>
                <td>{node.action}</td>
                <td>{node.targetType}</td>
                <td>{node.actor?.email ?? node.actor?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page?.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => {
                const older = fetchMoreResult?.organization?.auditLog;
                const current = prev.organization?.auditLog;
                if (!older || !current || !prev.organization) return prev;
                return {
                  ...prev,
                  organization: {
                    ...prev.organization,
                    auditLog: { ...older, edges: [...current.edges, ...older.edges] },
                  },
                };
              },
            })
          }
        >
          Older events
        </button>
      )}
    </section>
  );
}
