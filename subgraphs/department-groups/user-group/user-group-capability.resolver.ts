import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { viewerCan, editDescription } from '../access/capability';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { UserGroup } from './user-group.type';

const CAN = { nullable: true } as const;

@Resolver(() => UserGroup)
export class UserGroupCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('user group') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() g: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, g.organizationId, 'organization.configure');
  }
}
