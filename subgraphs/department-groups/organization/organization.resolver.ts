import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ChatEntity } from '../chat/chat.entity';
import { ChatConnection } from '../chat/chat.type';
import { ChatFilter } from '../chat/chat.input';
import { pageOfList, pageSize, type Page } from '../../common/pagination';
import { optional, requireIds, validateInput } from '../../common/validation';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity, DepartmentGroupEntity } from '../department/department.entity';
import { Department, DepartmentGroup } from '../department/department.type';
import type { OperatorRef } from '../operator/operator.model';
import { OperatorConnection } from '../operator/operator.type';
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

  @FieldResolver(() => OperatorConnection, {
    nullable: true,
    description: 'Members placed in at least one user group (issue 13: a page, by account id).',
  })
  @RequiresPermission('organization:read')
  async operators(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<OperatorRef> & { totalCount: number }> {
    const operators = await ctx.loaders.operatorsByOrganizationId.load(org.id);
    return pageOfList(operators, first, after, (o) => [o.accountId, o.accountId]);
  }

  @FieldResolver(() => ChatConnection, {
    nullable: true,
    description:
      'The chats of the departments the caller sees (LHC-5), oldest first, for users of the LiveChat product (GA-9, LC-1) whose role grants conversations.live, inbox.use or history.view.',
  })
  @RequiresPermission('livechat:chats')
  async chats(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ChatFilter, { nullable: true }) filter?: ChatFilter,
  ): Promise<Page<ChatEntity> & { organizationId: string; departmentIds: string[] }> {
    const request = validateInput({
      first: () => pageSize(first),
      departmentIds: () => optional(filter?.departmentIds, (v) => requireIds('filter.departmentIds', v)),
    });
    const visible = await ctx.loaders.viewerVisibleDepartments(org.id);
    // LHC-5 inside the statement: only departments the caller sees; a filter narrows them, never widens.
    const departmentIds = [...visible]
      .filter((id) => !request.departmentIds || request.departmentIds.includes(id))
      .sort();
    const page = await ctx.loaders.chatsPage.load({
      parentId: org.id,
      first: request.first,
      after: after ?? null,
      filter: { departmentIds },
    });
    for (const { node } of page.edges) ctx.loaders.chatById.prime(node.id, node);
    return { ...page, organizationId: org.id, departmentIds };
  }
}
