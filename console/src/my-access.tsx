import { useQuery } from '@apollo/client/react';
import { showError } from './errors';
import { graphql } from './gql';

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

/** MY ACCESS: the X-1 picture of the signed-in account, read from one query. */
export function MyAccess() {
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
