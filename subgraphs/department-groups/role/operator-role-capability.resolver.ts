import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { viewerCan, editDescription } from '../access/capability';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { OperatorRole } from './role.type';

const CAN = { nullable: true } as const;

@Resolver(() => OperatorRole)
export class OperatorRoleCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('operator role') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() r: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, r.organizationId, 'organization.configure');
  }
}
