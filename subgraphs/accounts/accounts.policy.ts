import { DECISION_ANSWER, decisionAnswerPolicy } from '../common/access/decision.type';
import { authenticated, memoDecision, stringProp, type PolicyTable } from '../common/access/policy';
import { organizationPermission } from '../common/organization-access';
import type { AccountsContext } from './accounts.context';

/** The memo key of `account:read` for an account and a viewer (primed where co-membership is already proven). */
export const accountReadKey = (accountId: string, viewerId: string): string => `account:read|${accountId}|${viewerId}`;

const orgRead = organizationPermission<AccountsContext>('organization:read');

const isSelf = (ctx: AccountsContext, accountId: string | undefined) =>
  ctx.viewer !== null && accountId === ctx.viewer.accountId;

/** The accounts subgraph's permission table: every `@requiresPermission` name it uses. */
export const accountsPolicies: PolicyTable<AccountsContext> = {
  authenticated,
  [DECISION_ANSWER]: decisionAnswerPolicy,
  /** The account is the caller. */
  'account:self': ({ ctx, source }) => isSelf(ctx, stringProp(source, 'id')),
  /** The caller is the account or shares an organization with it (a profile is visible to co-members). */
  'account:read': ({ ctx, source }) => {
    const id = stringProp(source, 'id');
    if (!ctx.viewer || !id) return false;
    return (
      isSelf(ctx, id) ||
      memoDecision(ctx, accountReadKey(id, ctx.viewer.accountId), () =>
        ctx.loaders.viewerSharesOrganizationWith.load(id),
      )
    );
  },
  'organization:read': orgRead,
  'organization:administer': organizationPermission<AccountsContext>('organization:administer'),
  'organization:own': organizationPermission<AccountsContext>('organization:own'),
  /** A membership is visible to its own account and to the members of its organization. */
  'membership:read': (input) => isSelf(input.ctx, stringProp(input.source, 'accountId')) || orgRead(input),
};
