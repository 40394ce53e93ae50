import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ChatEntity } from '../chat/chat.entity';
import { ChatConnection } from '../chat/chat.type';
import { ChatFilter } from '../chat/chat.input';
import { byName, byNumber, PageArgs, pageOfList, pageSize, type Page } from '../../common/pagination';
import { optional, requireIds, validateInput } from '../../common/validation';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity, DepartmentGroupEntity } from '../department/department.entity';
import { DepartmentConnection, DepartmentGroupConnection } from '../department/department.type';
import type { OperatorRef } from '../operator/operator.model';
import { OperatorConnection } from '../operator/operator.type';
import type { RoleEntity } from '../role/role.entity';
import { OperatorRoleConnection } from '../role/role.type';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroupConnection } from '../user-group/user-group.type';
import { OrganizationRef } from './organization.ref';

@Resolver(() => OrganizationRef)
export class OrganizationResolver {
  @FieldResolver(() => DepartmentConnection, {
    nullable: true,
    description:
      'The departments the caller sees (LHC-5); all for owners and administrators. By number (issue 13: a page); totalCount counts only those.',
  })
  @RequiresPermission('organization:read')
  async departments(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<DepartmentEntity>> {
    const [all, visible] = await Promise.all([
      ctx.loaders.departmentsByOrganizationId.load(org.id),
      ctx.loaders.viewerVisibleDepartments(org.id),
    ]);
    return pageOfList(
      all.filter((d) => visible.has(d.id)),
      first,
      after,
      byNumber,
    );
  }

  @FieldResolver(() => DepartmentGroupConnection, { nullable: true, description: 'By number (issue 13: a page).' })
  @RequiresPermission('organization:read')
  async departmentGroups(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<DepartmentGroupEntity>> {
    return pageOfList(await ctx.loaders.departmentGroupsByOrganizationId.load(org.id), first, after, byNumber);
  }

  @FieldResolver(() => UserGroupConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('organization:read')
  async userGroups(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<UserGroupEntity>> {
    return pageOfList(await ctx.loaders.userGroupsByOrganizationId.load(org.id), first, after, byName);
  }

  @FieldResolver(() => OperatorRoleConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('organization:read')
  async operatorRoles(
    @Root() org: OrganizationRef,
    @Ctx() ctx: DepartmentGroupsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<RoleEntity>> {
    return pageOfList(await ctx.loaders.rolesByOrganizationId.load(org.id), first, after, byName);
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
