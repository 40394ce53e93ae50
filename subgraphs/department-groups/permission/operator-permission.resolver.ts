import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { RoleEntity } from '../role/role.entity';
import { OperatorRole } from '../role/role.type';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroup } from '../user-group/user-group.type';
import type { SourcedGrant } from '../access/grants';
import { OperatorPermission } from './permission.type';

type Sourced = SourcedGrant & { organizationId: string };

@Resolver(() => OperatorPermission)
export class OperatorPermissionResolver {
  @FieldResolver(() => UserGroup, { nullable: true })
  @RequiresPermission('organization:read')
  userGroup(@Root() p: Sourced, @Ctx() ctx: DepartmentGroupsContext): Promise<UserGroupEntity | null> {
    return ctx.loaders.userGroupById.load(p.userGroupId);
  }

  @FieldResolver(() => OperatorRole, { nullable: true })
  @RequiresPermission('organization:read')
  role(@Root() p: Sourced, @Ctx() ctx: DepartmentGroupsContext): Promise<RoleEntity | null> {
    return ctx.loaders.roleById.load(p.roleId);
  }
}
