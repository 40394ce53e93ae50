import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { showError } from './errors';
import { useRunner } from './feedback';
import { ConfirmDelete, GuardedButton, useReasons } from './guard';
import { MoreThanShown, nodesOf } from './connection';
import { graphql } from './gql';

export const PRODUCTS = graphql(`
  query ConsoleProducts($organizationId: ID!, $product: String!) {
    productCatalogue {
      id
      key
      name
      permissions {
        key
        description
      }
    }
    organization(id: $organizationId) {
      id
      products {
        id
        product {
          id
          key
        }
      }
      viewerCanSwitchProduct(product: $product)
      viewerCanCreateProductRole(product: $product)
      productUsers(product: $product, first: 50) {
        totalCount
        edges {
          node {
            id
            role
            active
            viewerCanDeactivate
            viewerCanReactivate
            customRole {
              id
              name
            }
            account {
              id
              name
              email
            }
          }
        }
      }
      productCustomRoles(product: $product, first: 100) {
        totalCount
        edges {
          node {
            id
            name
            isDefault
            permissions
            viewerCanEdit
            viewerCanDelete
          }
        }
      }
    }
  }
`);

const ENABLE = graphql(`
  mutation ConsoleEnableProduct($input: OrganizationProductInput!) {
    enableProduct(input: $input) {
      enabledProduct {
        id
      }
    }
  }
`);
const DISABLE = graphql(`
  mutation ConsoleDisableProduct($input: OrganizationProductInput!) {
    disableProduct(input: $input) {
      removedEnabledProductId
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation ConsoleDeactivateProductUser($input: ProductUserInput!) {
    deactivateProductUser(input: $input) {
      productUser {
        id
        active
      }
    }
  }
`);
const REACTIVATE = graphql(`
  mutation ConsoleReactivateProductUser($input: ProductUserInput!) {
    reactivateProductUser(input: $input) {
      productUser {
        id
        active
      }
    }
  }
`);
const CREATE_ROLE = graphql(`
  mutation ConsoleCreateProductRole($input: CreateProductRoleInput!) {
    createProductRole(input: $input) {
      productRole {
        id
      }
    }
  }
`);
const UPDATE_ROLE = graphql(`
  mutation ConsoleUpdateProductRole($input: UpdateProductRoleInput!) {
    updateProductRole(input: $input) {
      productRole {
        id
        name
        permissions
      }
    }
  }
`);
const DELETE_ROLE = graphql(`
  mutation ConsoleDeleteProductRole($input: DeleteProductRoleInput!) {
    deleteProductRole(input: $input) {
      deletedProductRoleId
    }
  }
`);

interface RoleDraft {
  id: string | null;
  name: string;
  permissions: string[];
}

/**
 * PRODUCTS AND ROLES (seed 003): the catalogue with enable/disable, the product's users (deactivate and reactivate:
 * the Users page), and its Roles page (add, edit, delete with reassignment; the default roles protected). Every
 * button is the server's `viewerCan…`; a refused one shows the server's reason on hover.
 */
export function Products({ organizationId }: { organizationId: string }) {
  const [product, setProduct] = useState('livechat');
  const { data, loading, error, refetch } = useQuery(PRODUCTS, {
    variables: { organizationId, product },
    errorPolicy: 'all',
  });
  const { run, problem, feedback } = useRunner(() => refetch());
  const [enable] = useMutation(ENABLE);
  const [disable] = useMutation(DISABLE);
  const [deactivate] = useMutation(DEACTIVATE);
  const [reactivate] = useMutation(REACTIVATE);
  const [createRole] = useMutation(CREATE_ROLE);
  const [updateRole] = useMutation(UPDATE_ROLE);
  const [deleteRole] = useMutation(DELETE_ROLE);
  const [draft, setDraft] = useState<RoleDraft | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const org = data?.organization;
  const users = nodesOf(org?.productUsers) ?? [];
  const roles = nodesOf(org?.productCustomRoles) ?? [];
  // The product of this organization the product-level answers are about (`organizationId:product`).
  const productResource = `${organizationId}:${product}`;
  const reason = useReasons([
    ...users.flatMap((u) => [
      { allowed: u.viewerCanDeactivate, action: 'DEACTIVATE_PRODUCT_USER' as const, resourceId: u.id },
      { allowed: u.viewerCanReactivate, action: 'REACTIVATE_PRODUCT_USER' as const, resourceId: u.id },
    ]),
    ...roles.flatMap((r) => [
      { allowed: r.viewerCanEdit, action: 'UPDATE_PRODUCT_ROLE' as const, resourceId: r.id },
      { allowed: r.viewerCanDelete, action: 'DELETE_PRODUCT_ROLE' as const, resourceId: r.id },
    ]),
    { allowed: org?.viewerCanSwitchProduct, action: 'SWITCH_PRODUCT' as const, resourceId: productResource },
    { allowed: org?.viewerCanCreateProductRole, action: 'CREATE_PRODUCT_ROLE' as const, resourceId: productResource },
  ]);
  if (loading && !data) return <p role="status">Loading products…</p>;
  if (error && !data) return <p role="alert">{showError(error).message}</p>;

  const catalogue = data?.productCatalogue ?? [];
  const enabled = new Set((org?.products ?? []).map((p) => p.product?.key));
  const permissions = catalogue.find((p) => p.key === product)?.permissions ?? [];
  const input = { organizationId, product };

  const saveRole = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    const ok = draft.id
      ? await run(`Role ${draft.name} saved`, () =>
          updateRole({
            variables: { input: { ...input, roleId: draft.id!, name: draft.name, permissions: draft.permissions } },
          }),
        )
      : await run(`Role ${draft.name} added`, () =>
          createRole({ variables: { input: { ...input, name: draft.name, permissions: draft.permissions } } }),
        );
    if (ok) setDraft(null);
  };

  return (
    <section aria-labelledby="products-heading">
      <h2 id="products-heading">Products and roles</h2>
      <label htmlFor="product">Product</label>
      <select id="product" value={product} onChange={(e) => setProduct(e.target.value)}>
        {catalogue.map((p) => (
          <option key={p.key} value={p.key}>
            {p.name ?? p.key}
          </option>
        ))}
      </select>{' '}
      <span data-testid="product-state">{enabled.has(product) ? 'Enabled' : 'Not enabled'}</span>{' '}
      <GuardedButton
        allowed={org?.viewerCanSwitchProduct}
        reason={reason('SWITCH_PRODUCT', productResource)}
        onClick={() =>
          void run(enabled.has(product) ? `${product} disabled` : `${product} enabled`, () =>
            (enabled.has(product) ? disable : enable)({ variables: { input } }),
          )
        }
      >
        {enabled.has(product) ? 'Disable' : 'Enable'}
      </GuardedButton>
      {feedback}
      <h3>Users</h3>
      <table aria-label="Product users">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-product-user={u.account?.email ?? ''}>
              <td>{u.account?.name}</td>
              <td>{u.account?.email}</td>
              <td>
                {u.role}
                {u.customRole ? ` · ${u.customRole.name ?? ''}` : ''}
              </td>
              <td>{u.active ? 'Active' : 'Deactivated'}</td>
              <td className="actions">
                {u.active ? (
                  <GuardedButton
                    allowed={u.viewerCanDeactivate}
                    reason={reason('DEACTIVATE_PRODUCT_USER', u.id)}
                    aria-label={`Deactivate ${u.account?.email ?? ''}`}
                    onClick={() =>
                      void run(`${u.account?.email ?? ''} deactivated`, () =>
                        deactivate({ variables: { input: { ...input, accountId: u.account!.id } } }),
                      )
                    }
                  >
                    Deactivate
                  </GuardedButton>
                ) : (
                  <GuardedButton
                    allowed={u.viewerCanReactivate}
                    reason={reason('REACTIVATE_PRODUCT_USER', u.id)}
                    aria-label={`Reactivate ${u.account?.email ?? ''}`}
                    onClick={() =>
                      void run(`${u.account?.email ?? ''} reactivated`, () =>
                        reactivate({ variables: { input: { ...input, accountId: u.account!.id } } }),
                      )
                    }
                  >
                    Reactivate
                  </GuardedButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {org && org.productUsers === null && <p>You may not see this product&apos;s users.</p>}
      <MoreThanShown page={org?.productUsers} noun="users" />
      <h3>Roles</h3>
      <GuardedButton
        allowed={org?.viewerCanCreateProductRole}
        reason={reason('CREATE_PRODUCT_ROLE', productResource)}
        onClick={() => setDraft({ id: null, name: '', permissions: [] })}
      >
        Add role
      </GuardedButton>
      {draft && (
        <form className="role-form" aria-label={draft.id ? 'Edit role' : 'Add role'} onSubmit={(e) => void saveRole(e)}>
          <label htmlFor="role-name">Role name</label>
          <input
            id="role-name"
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
          {problem?.fields.name && <span className="field-error">{problem.fields.name}</span>}
          <fieldset>
            <legend>Permissions</legend>
            {permissions.map((p) => (
              <label key={p.key}>
                <input
                  type="checkbox"
                  checked={draft.permissions.includes(p.key)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      permissions: e.target.checked
                        ? [...draft.permissions, p.key]
                        : draft.permissions.filter((k) => k !== p.key),
                    })
                  }
                />{' '}
                {p.key}: {p.description}
              </label>
            ))}
          </fieldset>
          <button type="submit">SAVE</button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
      <table aria-label="Roles">
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Permissions</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.id} data-role={r.name ?? ''}>
              <td>
                {r.name}
                {r.isDefault ? ' (default)' : ''}
              </td>
              <td>{(r.permissions ?? []).join(', ') || '—'}</td>
              <td className="actions">
                <GuardedButton
                  allowed={r.viewerCanEdit}
                  reason={reason('UPDATE_PRODUCT_ROLE', r.id)}
                  aria-label={`Edit role ${r.name ?? ''}`}
                  onClick={() => setDraft({ id: r.id, name: r.name ?? '', permissions: [...(r.permissions ?? [])] })}
                >
                  ✎
                </GuardedButton>
                <GuardedButton
                  allowed={r.viewerCanDelete}
                  reason={reason('DELETE_PRODUCT_ROLE', r.id)}
                  aria-label={`Delete role ${r.name ?? ''}`}
                  onClick={() => setDeleting({ id: r.id, name: r.name ?? '' })}
                >
                  Delete
                </GuardedButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreThanShown page={org?.productCustomRoles} noun="roles" />
      {deleting && (
        <ConfirmDelete
          what={`role ${deleting.name}`}
          moveLabel="Move its users to"
          noneLabel="(nobody holds it)"
          options={roles.filter((r) => r.id !== deleting.id)}
          onKeep={() => setDeleting(null)}
          onDelete={(reassignToRoleId) => {
            const d = deleting;
            setDeleting(null);
            void run(`Role ${d.name} deleted`, () =>
              deleteRole({ variables: { input: { ...input, roleId: d.id, reassignToRoleId } } }),
            );
          }}
        />
      )}
    </section>
  );
}
