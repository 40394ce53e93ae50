import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { pageOfList, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { viewerCanManageMembers } from './group-members';
import type { CustomerGroupEntity, EndUserEntity } from './workspace.entity';
import { CreateNamedInput, DeleteInput, CustomerGroupMembersInput, RenameInput } from './workspace.input';
import {
  AddCustomerGroupMembersPayload,
  CustomerGroup,
  EndUserConnection,
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

  @FieldResolver(() => EndUserConnection, {
    nullable: true,
    description: 'Its members: end users of the same customer, by e-mail (issue 13: a page).',
  })
  @RequiresPermission('portal:hierarchy:read')
  async members(
    @Root() group: CustomerGroupEntity,
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EndUserEntity> & { totalCount: number }> {
    const members = await ctx.loaders.membersByGroupId.load(group.id);
    return pageOfList(members, first, after, (u) => [u.email, u.id]);
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
