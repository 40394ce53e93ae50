import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { AccountRef, MembershipRef, OrganizationRef } from '../federation.type';
import { deriveLegacyLiveChatRole, LegacyLiveChatRole } from '../legacy/legacy-livechat-role';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductCustomRoleEntity, ProductUserEntity } from './product-user.entity';
import {
  AssignProductRoleInput,
  CreateProductRoleInput,
  DeleteProductRoleInput,
  ProductUserInput,
  UpdateProductRoleInput,
  UpdateProductUserInput,
} from './product-user.input';
import { ProductCustomRole, ProductUser } from './product-user.type';

@Resolver(() => ProductUser)
export class ProductUserResolver {
  @FieldResolver(() => AccountRef, { nullable: true })
  @RequiresPermission('product:users:read')
  account(@Root() user: ProductUserEntity): AccountRef {
    return { id: user.accountId };
  }

  @FieldResolver(() => ProductCustomRole, { nullable: true })
  @RequiresPermission('product:users:read')
  customRole(
    @Root() user: ProductUserEntity,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductCustomRoleEntity | null> | null {
    return user.customRoleId ? ctx.loaders.customRoleById.load(user.customRoleId) : null;
  }

  @Mutation(() => ProductUser, {
    nullable: true,
    description: 'GA-9 / LC-1: adds a member to an enabled product with a secondary role.',
  })
  @RequiresPermission('product:users:manage')
  assignProductRole(
    @Arg('input') input: AssignProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity> {
    return ctx.services.productUsers.assign(ctx.viewer!, input);
  }

  @Mutation(() => ProductUser, { nullable: true, description: "LC-1: edits a user's secondary or custom role." })
  @RequiresPermission('product:users:manage')
  updateProductUser(
    @Arg('input') input: UpdateProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity> {
    return ctx.services.productUsers.update(ctx.viewer!, input);
  }

  @Mutation(() => ProductUser, {
    nullable: true,
    description: 'LC-1: keeps the user and their data; no access to the product from the next request.',
  })
  @RequiresPermission('product:users:manage')
  deactivateProductUser(
    @Arg('input') input: ProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity> {
    return ctx.services.productUsers.setActive(ctx.viewer!, input, false);
  }

  @Mutation(() => ProductUser, { nullable: true })
  @RequiresPermission('product:users:manage')
  reactivateProductUser(
    @Arg('input') input: ProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity> {
    return ctx.services.productUsers.setActive(ctx.viewer!, input, true);
  }

  @Mutation(() => Boolean, {
    nullable: true,
    description: 'Removes a user from a product (not chatbot: see removeCompanyUser).',
  })
  @RequiresPermission('product:users:manage')
  revokeProductRole(@Arg('input') input: ProductUserInput, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return ctx.services.productUsers.revoke(ctx.viewer!, input);
  }

  @Mutation(() => ProductCustomRole, { nullable: true, description: "LC-2: a role made of the product's permissions." })
  @RequiresPermission('product:roles:manage')
  createProductRole(
    @Arg('input') input: CreateProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductCustomRoleEntity> {
    return ctx.services.productUsers.createRole(ctx.viewer!, input);
  }

  @Mutation(() => ProductCustomRole, { nullable: true })
  @RequiresPermission('product:roles:manage')
  updateProductRole(
    @Arg('input') input: UpdateProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductCustomRoleEntity> {
    return ctx.services.productUsers.updateRole(ctx.viewer!, input);
  }

  @Mutation(() => Boolean, {
    nullable: true,
    description: 'LC-3: refused while users hold the role, unless reassignToRoleId.',
  })
  @RequiresPermission('product:roles:manage')
  deleteProductRole(@Arg('input') input: DeleteProductRoleInput, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return ctx.services.productUsers.deleteRole(ctx.viewer!, input);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationProductUsersResolver {
  @FieldResolver(() => [ProductUser], { nullable: true, description: 'Users of one product (LC-1).' })
  @RequiresPermission('product:users:read')
  productUsers(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity[]> {
    return ctx.loaders.productUsersByOrgProduct.load(orgProductKey(org.id, product));
  }

  @FieldResolver(() => [ProductCustomRole], { nullable: true, description: 'Roles of one product (LC-2).' })
  @RequiresPermission('product:roles:read')
  productCustomRoles(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductCustomRoleEntity[]> {
    return ctx.loaders.customRolesByOrgProduct.load(orgProductKey(org.id, product));
  }
}

@Resolver(() => MembershipRef)
export class MembershipProductRolesResolver {
  @FieldResolver(() => [ProductUser], {
    nullable: true,
    description: "The member's product roles in this organization.",
  })
  @RequiresPermission('membership:read')
  async productRoles(@Root() m: MembershipRef, @Ctx() ctx: ProductRolesContext): Promise<ProductUserEntity[]> {
    const facts = await ctx.orgAccess.membershipById.load(m.id);
    if (!facts) return [];
    return (await ctx.loaders.productUsersByAccountId.load(facts.accountId)).filter(
      (u) => u.organizationId === facts.organizationId,
    );
  }

  @FieldResolver(() => LegacyLiveChatRole, {
    nullable: true,
    description: 'GA-10, derived from the Accounts roles and the active LiveChat role.',
  })
  @RequiresPermission('membership:read')
  async legacyLiveChatRole(
    @Root() m: MembershipRef,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<LegacyLiveChatRole | null> {
    const facts = await ctx.orgAccess.membershipById.load(m.id);
    if (!facts) return null;
    const liveChat = (await ctx.loaders.productUsersByAccountId.load(facts.accountId)).find(
      (u) => u.organizationId === facts.organizationId && u.product === 'livechat' && u.active,
    );
    return deriveLegacyLiveChatRole(facts.primaryRole, facts.customRoles, liveChat?.role ?? null);
  }
}

@Resolver(() => AccountRef)
export class AccountProductRolesResolver {
  @FieldResolver(() => [ProductUser], {
    nullable: true,
    description: "The caller's product roles in one organization.",
  })
  @RequiresPermission('account:self')
  async productRoles(
    @Root() account: AccountRef,
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<ProductUserEntity[]> {
    return (await ctx.loaders.productUsersByAccountId.load(account.id)).filter(
      (u) => u.organizationId === organizationId,
    );
  }
}
