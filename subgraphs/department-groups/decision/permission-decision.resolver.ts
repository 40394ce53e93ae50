import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { requireId } from '../../common/validation';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { pairKey } from '../access/access-facts';
import { decidePermission, type PermissionDecisionResult } from '../access/permission.decision';
import type { SourcedGrant } from '../access/grants';
import { OperatorPermissionDecision } from '../permission/permission.type';
import { OperatorPermissionDecisionInput } from '../permission/permission.input';

type Sourced = SourcedGrant & { organizationId: string };

@Resolver(() => OperatorPermissionDecision)
export class PermissionDecisionResolver {
  @Query(() => OperatorPermissionDecision, {
    nullable: true,
    description: 'X-2: may this account use module/function (on this department)?',
  })
  @RequiresPermission('lhpermission:see_permissions')
  async operatorPermissionDecision(
    @Arg('input') input: OperatorPermissionDecisionInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<PermissionDecisionResult & { organizationId: string; decidedBy: Sourced[] }> {
    const organizationId = requireId('organizationId', input.organizationId);
    const accountId = requireId('accountId', input.accountId);
    const departmentId = input.departmentId ? requireId('departmentId', input.departmentId) : null;
    const [facts, layout] = await Promise.all([
      ctx.loaders.accessFacts.load(pairKey(organizationId, accountId)),
      ctx.loaders.layoutByOrganizationId.load(organizationId),
    ]);
    const result = decidePermission(facts!, layout, { module: input.module, function: input.function, departmentId });
    return { ...result, organizationId, decidedBy: result.decidedBy.map((g) => ({ ...g, organizationId })) };
  }
}
