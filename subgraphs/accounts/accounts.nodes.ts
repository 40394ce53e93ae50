import type { NodeSpec } from '../common/federation/node';
import type { AccountsContext } from './accounts.context';

/**
 * The Node types accounts owns (issue 13) and how each loads by raw id. Audit events carry a global id too but are
 * not listed: the cross-domain audit contract reads them by page only, so `node(id:)` answers null for one.
 */
export const accountsNodes: Record<string, NodeSpec<AccountsContext>> = {
  Account: { load: (ctx) => ctx.loaders.accountById },
  Organization: { load: (ctx) => ctx.loaders.organizationById },
  Membership: { load: (ctx) => ctx.loaders.membershipById },
};
