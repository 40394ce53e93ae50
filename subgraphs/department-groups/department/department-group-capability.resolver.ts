import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { viewerCan, editDescription } from '../access/capability';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { DepartmentGroup } from './department.type';

const CAN = { nullable: true } as const;

@Resolver(() => DepartmentGroup)
export class DepartmentGroupCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('department group') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() g: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, g.organizationId, 'organization.configure');
  }
}
