import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { pageOfList, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { OperatorRef } from '../operator/operator.model';
import { OperatorConnection } from '../operator/operator.type';
import type { RoleEntity } from '../role/role.entity';
import { OperatorRole } from '../role/role.type';
import type { UserGroupEntity } from './user-group.entity';
import { viewerCanConfigure } from '../access/viewer-can';
import { DeleteUserGroupPayload } from './user-group.type';
import {
  CreateUserGroupInput,
  DeleteUserGroupInput,
  SetUserGroupRolesInput,
  SetUserGroupWorkWithInput,
  UpdateUserGroupInput,
} from './user-group.input';
import { UserGroup } from './user-group.type';
import { changed, type Changed } from '../../common/payload';
import {
  CreateUserGroupPayload,
  SetUserGroupRolesPayload,
  SetUserGroupWorkWithPayload,
  UpdateUserGroupPayload,
} from './user-group.payload';

@Resolver(() => UserGroup)
export class UserGroupResolver {
  @FieldResolver(() => [UserGroup], {
    nullable: true,
    description: "Groups whose users this group's members can work with (LHC-2, LHC-6).",
  })
  @RequiresPermission('organization:read')
  workWith(@Root() group: UserGroupEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<UserGroupEntity[]> {
    return ctx.loaders.workWithByGroupId.load(group.id);
  }

  @FieldResolver(() => [OperatorRole], { nullable: true })
  @RequiresPermission('organization:read')
  roles(@Root() group: UserGroupEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<RoleEntity[]> {
    return ctx.loaders.rolesByGroupId.load(group.id);
  }

  @FieldResolver(() => OperatorConnection, { nullable: true, description: 'Its members (a page, by account id).' })
  @RequiresPermission('organization:read')
  async operators(
    @Root() group: UserGroupEntity,
    @Ctx() ctx: DepartmentGroupsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<OperatorRef> & { totalCount: number }> {
    const operators = await ctx.loaders.operatorsByGroupId.load(group.id);
    return pageOfList(operators, first, after, (o) => [o.accountId, o.accountId]);
  }

  @Mutation(() => CreateUserGroupPayload, {
    nullable: true,
    description: 'Creates a user group (owners and administrators).',
  })
  @RequiresPermission('livechat:configure')
  createUserGroup(
    @Arg('input') input: CreateUserGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'userGroup', UserGroupEntity>> {
    return changed('userGroup', ctx.services.userGroups.createUserGroup(ctx.viewer!, input));
  }

  @Mutation(() => UpdateUserGroupPayload, {
    nullable: true,
    description: 'Renames a group or changes `required`; never strands a member without a required group.',
  })
  @RequiresPermission('livechat:configure')
  updateUserGroup(
    @Arg('input') input: UpdateUserGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'userGroup', UserGroupEntity>> {
    return changed('userGroup', ctx.services.userGroups.updateUserGroup(ctx.viewer!, input));
  }

  @Mutation(() => SetUserGroupWorkWithPayload, { nullable: true })
  @RequiresPermission('livechat:configure')
  setUserGroupWorkWith(
    @Arg('input') input: SetUserGroupWorkWithInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'userGroup', UserGroupEntity>> {
    return changed('userGroup', ctx.services.userGroups.setUserGroupWorkWith(ctx.viewer!, input));
  }

  @Mutation(() => SetUserGroupRolesPayload, { nullable: true })
  @RequiresPermission('livechat:configure')
  setUserGroupRoles(
    @Arg('input') input: SetUserGroupRolesInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'userGroup', UserGroupEntity>> {
    return changed('userGroup', ctx.services.userGroups.setUserGroupRoles(ctx.viewer!, input));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the caller may rename or edit this group and delete it (X-7); deleting is refused while operators are in it.',
  })
  @RequiresPermission('organization:read')
  viewerCanDelete(@Root() group: UserGroupEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanConfigure(ctx, group.organizationId);
  }

  @Mutation(() => DeleteUserGroupPayload, {
    nullable: true,
    description: 'Deletes a user group (owners and administrators); CONFLICT while operators are in it.',
  })
  @RequiresPermission('livechat:configure')
  deleteUserGroup(
    @Arg('input') input: DeleteUserGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DeleteUserGroupPayload> {
    return ctx.services.userGroups.deleteUserGroup(ctx.viewer!, input);
  }
}
