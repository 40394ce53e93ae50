import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { RoleEntity, RoleGrantEntity } from './role.entity';
import { viewerCanConfigure } from '../access/viewer-can';
import {
  CreateOperatorRoleInput,
  DeleteOperatorRoleInput,
  RenameOperatorRoleInput,
  SetOperatorRoleGrantsInput,
} from './role.input';
import { DeleteOperatorRolePayload, OperatorRole, OperatorRoleGrant, RenameOperatorRolePayload } from './role.type';
import { changed, type Changed } from '../../common/payload';
import { CreateOperatorRolePayload, SetOperatorRoleGrantsPayload } from './role.payload';

@Resolver(() => OperatorRole)
export class RoleResolver {
  @FieldResolver(() => [OperatorRoleGrant], { nullable: true, description: 'In the order they were given.' })
  @RequiresPermission('organization:read')
  async grants(
    @Root() role: RoleEntity,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Array<RoleGrantEntity & { organizationId: string }>> {
    // Grants carry the role's organization, so their own fields find it by the shared convention.
    return (await ctx.loaders.grantsByRoleId.load(role.id)).map((g) =>
      Object.assign(g, { organizationId: role.organizationId }),
    );
  }

  @Mutation(() => CreateOperatorRolePayload, {
    nullable: true,
    description: 'Creates a role of catalogued grants (owners and administrators).',
  })
  @RequiresPermission('livechat:configure')
  createOperatorRole(
    @Arg('input') input: CreateOperatorRoleInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'operatorRole', RoleEntity>> {
    return changed('operatorRole', ctx.services.roles.createRole(ctx.viewer!, input));
  }

  @Mutation(() => SetOperatorRoleGrantsPayload, { nullable: true, description: "Replaces a role's grants." })
  @RequiresPermission('livechat:configure')
  setOperatorRoleGrants(
    @Arg('input') input: SetOperatorRoleGrantsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'operatorRole', RoleEntity>> {
    return changed('operatorRole', ctx.services.roles.setRoleGrants(ctx.viewer!, input));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may rename this role (X-7; owners and administrators).',
  })
  @RequiresPermission('organization:read')
  viewerCanRename(@Root() role: RoleEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanConfigure(ctx, role.organizationId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the caller may delete this role (X-7); while user groups hold it, deleting needs reassignToRoleId.',
  })
  @RequiresPermission('organization:read')
  viewerCanDelete(@Root() role: RoleEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanConfigure(ctx, role.organizationId);
  }

  @Mutation(() => RenameOperatorRolePayload, {
    nullable: true,
    description: 'Renames a role; grants and holders stay.',
  })
  @RequiresPermission('livechat:configure')
  async renameOperatorRole(
    @Arg('input') input: RenameOperatorRoleInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RenameOperatorRolePayload> {
    return { operatorRole: await ctx.services.roles.renameRole(ctx.viewer!, input) };
  }

  @Mutation(() => DeleteOperatorRolePayload, {
    nullable: true,
    description:
      'Deletes a role; CONFLICT while user groups hold it unless reassignToRoleId gives them another role (LC-3).',
  })
  @RequiresPermission('livechat:configure')
  async deleteOperatorRole(
    @Arg('input') input: DeleteOperatorRoleInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DeleteOperatorRolePayload> {
    const { deletedRoleId } = await ctx.services.roles.deleteRole(ctx.viewer!, input);
    return { deletedOperatorRoleId: deletedRoleId };
  }
}
