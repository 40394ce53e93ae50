import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { showError } from './errors';
import { useRunner } from './feedback';
import { GuardedButton, useReasons, type Guarded } from './guard';
import { graphql } from './gql';
import type { BillingState, DecisionAction } from './gql/graphql';

export const PORTAL_CUSTOMER = graphql(`
  fragment ConsolePortalCustomer on Customer {
    id
    name
    billingState
    demoEndsOn
    demoExpired
    conduit {
      id
      name
      server {
        id
        name
      }
    }
    viewerCanActivateDemo
    viewerCanExtendDemo
    viewerCanActivate
    viewerCanDeactivate
    viewerCanArchive
    departmentAssociations(first: 20) {
      totalCount
      edges {
        node {
          id
          kind
          department {
            id
            name
          }
          otherDepartment {
            id
            name
          }
        }
      }
    }
    portalUsers(first: 20) {
      totalCount
      edges {
        node {
          id
          role
          name
          email
        }
      }
    }
  }
`);

export const PORTAL = graphql(`
  query ConsolePortal($after: String, $filter: CustomerFilter) {
    myPortalRoles {
      id
      role
      server {
        id
        name
      }
      conduit {
        id
        name
      }
      customer {
        ...ConsolePortalCustomer
      }
    }
    customers(first: 50, after: $after, filter: $filter, orderBy: NAME) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ConsolePortalCustomer
        }
      }
    }
  }
`);

const ACTIVATE_DEMO = graphql(`
  mutation ConsoleActivateDemo($input: BillingDaysInput!) {
    activateCustomerDemo(input: $input) {
      customer {
        id
        billingState
        demoEndsOn
      }
    }
  }
`);
const EXTEND_DEMO = graphql(`
  mutation ConsoleExtendDemo($input: BillingDaysInput!) {
    extendCustomerDemo(input: $input) {
      customer {
        id
        billingState
        demoEndsOn
      }
    }
  }
`);
const ACTIVATE = graphql(`
  mutation ConsoleActivateCustomer($input: CustomerRefInput!) {
    activateCustomer(input: $input) {
      customer {
        id
        billingState
      }
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation ConsoleDeactivateCustomer($input: CustomerRefInput!) {
    deactivateCustomer(input: $input) {
      customer {
        id
        billingState
      }
    }
  }
`);
const ARCHIVE = graphql(`
  mutation ConsoleArchiveCustomer($input: CustomerRefInput!) {
    archiveCustomer(input: $input) {
      customer {
        id
        billingState
      }
    }
  }
`);

/** A customer's portal users on one line: the first page by role, and how many more there are. */
function portalUserList(page: {
  totalCount: number;
  edges: Array<{ node: { name: string | null; email: string | null; role: string | null } }>;
}): string {
  const shown = page.edges.map(({ node: u }) => `${u.name ?? u.email ?? ''} (${u.role ?? ''})`).join(', ');
  const more = page.totalCount - page.edges.length;
  return (more > 0 ? `${shown} and ${more} more` : shown) || '—';
}

/** A customer's department associations on one line: the first page, and how many more there are. */
function associationList(
  page: {
    totalCount: number;
    edges: Array<{
      node: { department: { name: string | null } | null; otherDepartment: { name: string | null } | null };
    }>;
  } | null,
): string {
  if (!page) return '—';
  const shown = page.edges
    .map(({ node: a }) => `${a.department?.name ?? ''} ↔ ${a.otherDepartment?.name ?? ''}`)
    .join(', ');
  const more = page.totalCount - page.edges.length;
  return (more > 0 ? `${shown} and ${more} more` : shown) || '—';
}

const STATES: BillingState[] = ['DEMO', 'ACTIVE', 'DEACTIVATED', 'ARCHIVED'];
const DEMO_DAYS = 14;

/**
 * PORTAL (seed 004): servers > conduits > customers within my reach (ES-1), the billing lifecycle buttons exactly
 * where the matrices allow (ES-3, ES-4: each is the customer's `viewerCan…`), department associations and portal
 * users.
 */
export function Portal() {
  const [states, setStates] = useState<BillingState[]>([]);
  const [search, setSearch] = useState('');
  const filter = { ...(states.length ? { billingStates: states } : {}), ...(search ? { search } : {}) };
  const { data, loading, error, refetch } = useQuery(PORTAL, { variables: { filter }, errorPolicy: 'all' });
  const { run, feedback } = useRunner(() => refetch());
  const [activateDemo] = useMutation(ACTIVATE_DEMO);
  const [extendDemo] = useMutation(EXTEND_DEMO);
  const [activate] = useMutation(ACTIVATE);
  const [deactivate] = useMutation(DEACTIVATE);
  const [archive] = useMutation(ARCHIVE);
  // Reseller staff list the customers they reach (ES-1); a customer-side role (which may not list customers, ES-3
  // view:customers) sees the customers its own assignments name.
  const assigned = (data?.myPortalRoles ?? []).flatMap((r) => (r.customer ? [r.customer] : []));
  const customers = data?.customers
    ? data.customers.edges.map((e) => e.node)
    : [...new Map(assigned.map((c) => [c.id, c])).values()];

  type Row = (typeof customers)[number];
  const buttons: ReadonlyArray<{
    label: string;
    allowed: (c: Row) => boolean | null | undefined;
    action: DecisionAction;
    go: (c: Row) => Promise<unknown>;
  }> = [
    {
      label: 'Start demo',
      allowed: (c) => c.viewerCanActivateDemo,
      action: 'PORTAL_EDIT_BILLING_ACTIVATE_DEMO',
      go: (c) => activateDemo({ variables: { input: { customerId: c.id } } }),
    },
    {
      label: `Extend demo ${DEMO_DAYS} days`,
      allowed: (c) => c.viewerCanExtendDemo,
      action: 'PORTAL_EDIT_BILLING_EXTEND_DEMO',
      go: (c) => extendDemo({ variables: { input: { customerId: c.id, days: DEMO_DAYS } } }),
    },
    {
      label: 'Activate',
      allowed: (c) => c.viewerCanActivate,
      action: 'PORTAL_EDIT_BILLING_ACTIVATE',
      go: (c) => activate({ variables: { input: { customerId: c.id } } }),
    },
    {
      label: 'Deactivate',
      allowed: (c) => c.viewerCanDeactivate,
      action: 'PORTAL_EDIT_BILLING_DEACTIVATE',
      go: (c) => deactivate({ variables: { input: { customerId: c.id } } }),
    },
    {
      label: 'Archive',
      allowed: (c) => c.viewerCanArchive,
      action: 'PORTAL_EDIT_BILLING_ARCHIVE',
      go: (c) => archive({ variables: { input: { customerId: c.id } } }),
    },
  ];
  const reason = useReasons(
    customers.flatMap((c) =>
      buttons.map((b): Guarded => ({ allowed: b.allowed(c), action: b.action, resourceId: c.id })),
    ),
  );
  if (loading && !data) return <p role="status">Loading the portal…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;

  // Servers > conduits > customers, as reached: grouped from the one page of customers.
  const tree = new Map<string, Map<string, Row[]>>();
  for (const c of customers) {
    const server = c.conduit?.server?.name ?? '—';
    const conduit = c.conduit?.name ?? '—';
    const conduits = tree.get(server) ?? new Map<string, Row[]>();
    conduits.set(conduit, [...(conduits.get(conduit) ?? []), c]);
    tree.set(server, conduits);
  }

  return (
    <section aria-labelledby="portal-heading">
      <h2 id="portal-heading">Portal</h2>
      <p>
        Your portal roles:{' '}
        {(data?.myPortalRoles ?? [])
          .map((r) => `${r.role ?? ''} of ${r.server?.name ?? r.conduit?.name ?? r.customer?.name ?? ''}`)
          .join(', ') || 'none'}
      </p>
      <fieldset className="inline-form">
        <legend>Billing state</legend>
        {STATES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={states.includes(s)}
              onChange={(e) => setStates(e.target.checked ? [...states, s] : states.filter((x) => x !== s))}
            />{' '}
            {s}
          </label>
        ))}
      </fieldset>
      <label htmlFor="customer-search">Find a customer</label>
      <input id="customer-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <p>{data?.customers?.totalCount ?? customers.length} customers within your reach</p>
      {feedback}
      {[...tree].map(([server, conduits]) => (
        <section key={server} aria-label={`Server ${server}`}>
          <h3>Server {server}</h3>
          {[...conduits].map(([conduit, rows]) => (
            <section key={conduit} aria-label={`Conduit ${conduit}`}>
              <h4>Conduit {conduit}</h4>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Customer</th>
                    <th scope="col">Billing</th>
                    <th scope="col">Associations</th>
                    <th scope="col">Portal users</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.id} data-customer={c.name ?? ''}>
                      <td>{c.name}</td>
                      <td data-billing>
                        {c.billingState}
                        {c.demoEndsOn ? ` until ${c.demoEndsOn}` : ''}
                        {c.demoExpired ? ' (expired)' : ''}
                      </td>
                      <td>{associationList(c.departmentAssociations)}</td>
                      <td>{c.portalUsers === null ? 'not yours to see' : portalUserList(c.portalUsers)}</td>
                      <td className="actions">
                        {buttons.map((b) => (
                          <GuardedButton
                            key={b.label}
                            allowed={b.allowed(c)}
                            reason={reason(b.action, c.id)}
                            aria-label={`${b.label}: ${c.name ?? ''}`}
                            onClick={() => void run(`${b.label}: ${c.name ?? ''} done`, () => b.go(c))}
                          >
                            {b.label}
                          </GuardedButton>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
