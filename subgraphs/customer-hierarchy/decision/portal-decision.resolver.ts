import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { PortalRoleAssignment } from '../portal-role/portal-role.type';
import type { PortalDecisionResult } from './portal-decision.service';
import { PortalDecisionInput } from './portal-decision.input';
import { PortalDecisionType } from './portal-decision.type';
import type { AssignmentFacts } from '../access/reach';

@Resolver(() => PortalDecisionType)
export class PortalDecisionResolver {
  @Query(() => PortalDecisionType, {
    nullable: true,
    description:
      'X-2 for the reseller hierarchy. Asked by the account itself or whoever sees portal users there; the reason names only roles and assignments the caller may read.',
  })
  @RequiresPermission('portal:decision')
  async portalDecision(
    @Arg('input') input: PortalDecisionInput,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<PortalDecisionResult> {
    return ctx.services.decisions.decide(ctx.viewer!, await ctx.loaders.viewerAssignments(), input);
  }

  @FieldResolver(() => PortalRoleAssignment, {
    nullable: true,
    description: 'The assignment that allowed it; null when denied or when the caller may not read it (X-2).',
  })
  @RequiresPermission('authenticated')
  decidedBy(@Root() d: PortalDecisionResult): AssignmentFacts | null {
    return d.decidedBy;
  }
}
