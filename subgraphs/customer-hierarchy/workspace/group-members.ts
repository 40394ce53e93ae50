import { customerTarget } from '../access/access-facts';
import type { PortalAction } from '../access/portal.matrix';
import { decide } from '../access/reach';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { GroupKind } from './workspace.service';

/**
 * whether the caller may change this group's members: the Edit matrix's row of its kind (Groups, Broadcast
 * Groups) within reach, by the same `decide()` the `portal:edit:<kind>` policy and the in-transaction re-check call.
 */
export async function viewerCanManageMembers(
  ctx: CustomerHierarchyContext,
  kind: GroupKind,
  customerId: string,
): Promise<boolean> {
  const [customer, mine] = await Promise.all([
    ctx.loaders.customerById.load(customerId),
    ctx.loaders.viewerAssignments(),
  ]);
  return customer ? decide(mine, `edit:${kind}` as PortalAction, [customerTarget(customer)]).allowed : false;
}
