import { authenticated, type PolicyTable } from '../common/access/policy';
import { organizationPermission } from '../common/organization-access';
import type { AccountsContext } from './accounts.context';

function idOf(source: unknown, key: 'id' | 'accountId'): string | undefined {
  const value = (source as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : undefined;
}

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
  'organization:read': organizationPermission<AccountsContext>('organization:read'),
  'organization:administer': organizationPermission<AccountsContext>('organization:administer'),
  'organization:own': organizationPermission<AccountsContext>('organization:own'),
  /** A membership is visible to its own account and to the members of its organization. */
  'membership:read': (input) =>
    isSelf(input.ctx, idOf(input.source, 'accountId')) || organizationPermission<AccountsContext>('organization:read')(input),
};
