import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { RoleEntity, RoleGrantEntity } from './role.entity';
import { CreateOperatorRoleInput, SetOperatorRoleGrantsInput } from './role.input';
import { OperatorRole, OperatorRoleGrant } from './role.type';

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

  @Mutation(() => OperatorRole, {
    nullable: true,
    description: 'Creates a role of catalogued grants (owners and administrators).',
  })
  @RequiresPermission('livechat:configure')
  createOperatorRole(
    @Arg('input') input: CreateOperatorRoleInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RoleEntity> {
    return ctx.services.roles.createRole(ctx.viewer!, input);
  }

  @Mutation(() => OperatorRole, { nullable: true, description: "Replaces a role's grants." })
  @RequiresPermission('livechat:configure')
  setOperatorRoleGrants(
    @Arg('input') input: SetOperatorRoleGrantsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RoleEntity> {
    return ctx.services.roles.setRoleGrants(ctx.viewer!, input);
  }
}
