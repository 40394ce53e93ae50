import { decide, type Operation } from './decide';
import type { DepartmentGroupsContext } from '../department-groups.context';

/**
 * X-7 for live chat: the caller's facts in the organization (one loader read per organization and request)
 * given to the operation's own `decide()`, the rule its field policy and in-transaction re-check use.
 */
export async function viewerCan(ctx: DepartmentGroupsContext, organizationId: string, op: Operation): Promise<boolean> {
  const facts = await ctx.loaders.viewerFacts(organizationId);
  return facts ? decide(facts, op).allowed : false;
}

/** Editing a department group, user group or operator role is configuring live chat (`livechat:configure`). */
export const editDescription = (what: string): string =>
  `X-7: changing this ${what} would be allowed (owners and administrators).`;
