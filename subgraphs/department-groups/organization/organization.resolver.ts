import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ChatEntity } from '../chat/chat.entity';
import { Chat } from '../chat/chat.type';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity, DepartmentGroupEntity } from '../department/department.entity';
import { Department, DepartmentGroup } from '../department/department.type';
import type { OperatorRef } from '../operator/operator.model';
import { Operator } from '../operator/operator.type';
import type { RoleEntity } from '../role/role.entity';
import { OperatorRole } from '../role/role.type';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroup } from '../user-group/user-group.type';
import { OrganizationRef } from './organization.ref';

@Resolver(() => OrganizationRef)
export class OrganizationResolver {
  @FieldResolver(() => [Department], {
    nullable: true,
    description: 'The departments the caller sees (LHC-5); all for owners and administrators.',
  })
  @RequiresPermission('organization:read')
  async departments(@Root() org: OrganizationRef, @Ctx() ctx: DepartmentGroupsContext): Promise<DepartmentEntity[]> {
    const [all, visible] = await Promise.all([
      ctx.loaders.departmentsByOrganizationId.load(org.id),
      ctx.loaders.viewerVisibleDepartments(org.id),
    ]);
    return all.filter((d) => visible.has(d.id));
  }

  @FieldResolver(() => [DepartmentGroup], { nullable: true })
  @RequiresPermission('organization:read')
  departmentGroups(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DepartmentGroupEntity[]> {
    return ctx.loaders.departmentGroupsByOrganizationId.load(org.id);
  }

  @FieldResolver(() => [UserGroup], { nullable: true })
  @RequiresPermission('organization:read')
  userGroups(@Root() org: OrganizationRef, @Ctx() ctx: DepartmentGroupsContext): Promise<UserGroupEntity[]> {
    return ctx.loaders.userGroupsByOrganizationId.load(org.id);
  }

  @FieldResolver(() => [OperatorRole], { nullable: true })
  @RequiresPermission('organization:read')
  operatorRoles(@Root() org: OrganizationRef, @Ctx() ctx: DepartmentGroupsContext): Promise<RoleEntity[]> {
    return ctx.loaders.rolesByOrganizationId.load(org.id);
  }

  @FieldResolver(() => [Operator], { nullable: true, description: 'Members placed in at least one user group.' })
  @RequiresPermission('organization:read')
  operators(@Root() org: OrganizationRef, @Ctx() ctx: DepartmentGroupsContext): Promise<OperatorRef[]> {
    return ctx.loaders.operatorsByOrganizationId.load(org.id);
  }

  @FieldResolver(() => [Chat], {
    nullable: true,
    description:
      'The chats of the departments the caller sees (LHC-5), for users of the LiveChat product (GA-9, LC-1) whose role grants conversations.live, inbox.use or history.view.',
  })
  @RequiresPermission('livechat:chats')
  async chats(@Root() org: OrganizationRef, @Ctx() ctx: DepartmentGroupsContext): Promise<ChatEntity[]> {
    const [all, visible] = await Promise.all([
      ctx.loaders.chatsByOrganizationId.load(org.id),
      ctx.loaders.viewerVisibleDepartments(org.id),
    ]);
    return all.filter((c) => visible.has(c.departmentId));
  }
}
