import { authenticated, organizationIdOf, type Policy, type PolicyTable } from '../common/access/policy';
import type { AccountsContext } from './accounts.context';
import { roleGrants, type OrganizationPermission } from './membership/membership.roles';

function idOf(source: unknown, key: 'id' | 'accountId'): string | undefined {
  const value = (source as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** An organization permission, decided from the caller's primary role there (GA-6 table). */
export const organizationPermission =
  (permission: OrganizationPermission): Policy<AccountsContext> =>
  (input) => {
    const organizationId = organizationIdOf(input);
    if (!input.ctx.viewer || !organizationId) return false;
    return input.ctx.loaders.viewerRoleByOrganizationId.load(organizationId).then((role) => roleGrants(role, permission));
  };

const isSelf = (ctx: AccountsContext, accountId: string | undefined) => ctx.viewer !== null && accountId === ctx.viewer.accountId;

/** The accounts subgraph's permission table: every `@requiresPermission` name it uses. */
export const accountsPolicies: PolicyTable<AccountsContext> = {
  authenticated,
  /** The account is the caller. */
  'account:self': ({ ctx, source }) => isSelf(ctx, idOf(source, 'id')),
  /** The caller is the account or shares an organization with it (a profile is visible to co-members). */
  'account:read': ({ ctx, source }) => {
    const id = idOf(source, 'id');
    if (!ctx.viewer || !id) return false;
    return isSelf(ctx, id) || ctx.loaders.viewerSharesOrganizationWith.load(id);
  },
  'organization:read': organizationPermission('organization:read'),
  'organization:administer': organizationPermission('organization:administer'),
  'organization:own': organizationPermission('organization:own'),
  /** A membership is visible to its own account and to the members of its organization. */
  'membership:read': (input) =>
    isSelf(input.ctx, idOf(input.source, 'accountId')) || organizationPermission('organization:read')(input),
};
