import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { viewerCanManageMembers } from './group-members';
import type { CustomerGroupEntity, EndUserEntity } from './workspace.entity';
import { CreateNamedInput, DeleteInput, CustomerGroupMembersInput, RenameInput } from './workspace.input';
import {
  AddCustomerGroupMembersPayload,
  CustomerGroup,
  EndUser,
  RemoveCustomerGroupMembersPayload,
} from './workspace.type';
import { changed, type Changed } from '../../common/payload';
import { CreateCustomerGroupPayload, RenameCustomerGroupPayload } from './customer-group.payload';

const DeleteCustomerGroupPayload = RemovalPayload(
  'DeleteCustomerGroupPayload',
  'deletedCustomerGroupId',
  'The id of the deleted group.',
);

type C = CustomerHierarchyContext;

@Resolver(() => CustomerGroup)
export class CustomerGroupResolver {
  @Mutation(() => CreateCustomerGroupPayload, { nullable: true })
  @RequiresPermission('portal:create:group')
  createCustomerGroup(
    @Arg('input') input: CreateNamedInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerGroup', CustomerGroupEntity>> {
    return changed(
      'customerGroup',
      ctx.services.workspace.createNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>,
    );
  }

  @Mutation(() => RenameCustomerGroupPayload, { nullable: true })
  @RequiresPermission('portal:edit:group')
  renameCustomerGroup(
    @Arg('input') input: RenameInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerGroup', CustomerGroupEntity>> {
    return changed(
      'customerGroup',
      ctx.services.workspace.renameNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>,
    );
  }

  @Mutation(() => DeleteCustomerGroupPayload, { nullable: true })
  @RequiresPermission('portal:delete:group')
  async deleteCustomerGroup(
    @Arg('input') input: DeleteInput,
    @Ctx() ctx: C,
  ): Promise<{ deletedCustomerGroupId: string }> {
    return { deletedCustomerGroupId: await ctx.services.workspace.deleteNamed(ctx.viewer!, 'group', input) };
  }

  @FieldResolver(() => [EndUser], { nullable: true, description: 'Its members: end users of the same customer.' })
  @RequiresPermission('portal:hierarchy:read')
  members(@Root() group: CustomerGroupEntity, @Ctx() ctx: C): Promise<EndUserEntity[]> {
    return ctx.loaders.membersByGroupId.load(group.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Whether the caller may add or remove this group's members (X-7; Edit Groups within reach).",
  })
  @RequiresPermission('portal:hierarchy:read')
  viewerCanManageMembers(@Root() group: CustomerGroupEntity, @Ctx() ctx: C): Promise<boolean> {
    return viewerCanManageMembers(ctx, 'group', group.customerId);
  }

  @Mutation(() => AddCustomerGroupMembersPayload, {
    nullable: true,
    description:
      'Adds end users of the customer to one of its groups (ES-3 Edit Groups: every portal role within reach).',
  })
  @RequiresPermission('portal:edit:group')
  async addCustomerGroupMembers(
    @Arg('input') input: CustomerGroupMembersInput,
    @Ctx() ctx: C,
  ): Promise<AddCustomerGroupMembersPayload> {
    return ctx.services.workspace.addGroupMembers(ctx.viewer!, 'group', input);
  }

  @Mutation(() => RemoveCustomerGroupMembersPayload, {
    nullable: true,
    description: 'Removes end users from a group (ES-3 Edit Groups); ids not in it are ignored.',
  })
  @RequiresPermission('portal:edit:group')
  async removeCustomerGroupMembers(
    @Arg('input') input: CustomerGroupMembersInput,
    @Ctx() ctx: C,
  ): Promise<RemoveCustomerGroupMembersPayload> {
    return ctx.services.workspace.removeGroupMembers(ctx.viewer!, 'group', input);
  }
}
