import type { DepartmentGroupsContext } from '../department-groups.context';
import { decide, decideOperatorRemoval } from './decide';
import { pairKey } from './access-facts';

/**
 * whether the caller may configure this organization's live chat (department groups, user groups, roles),
 * by the same `decide(…, 'organization.configure')` the `livechat:configure` policy and the kernel's re-check call.
 * Facts come from the request's loaders, so a page of rows costs the statements of one.
 */
export async function viewerCanConfigure(ctx: DepartmentGroupsContext, organizationId: string): Promise<boolean> {
  const facts = await ctx.loaders.viewerFacts(organizationId);
  return facts ? decide(facts, 'organization.configure').allowed : false;
}

/** whether the caller may remove this operator, by `decideOperatorRemoval` (removeOperator's re-check). */
export async function viewerCanRemoveOperator(
  ctx: DepartmentGroupsContext,
  organizationId: string,
  accountId: string,
): Promise<boolean> {
  const [facts, target] = await Promise.all([
    ctx.loaders.viewerFacts(organizationId),
    ctx.loaders.accessFacts.load(pairKey(organizationId, accountId)),
  ]);
  return facts ? decideOperatorRemoval(facts, target).allowed : false;
}
