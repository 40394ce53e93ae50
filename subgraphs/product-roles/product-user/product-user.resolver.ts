import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { AccountRef } from '../account/account.ref';
import type { ProductRolesContext } from '../product-roles.context';
import type { ProductCustomRoleEntity, ProductUserEntity } from './product-user.entity';
import {
  AssignProductRoleInput,
  CreateProductRoleInput,
  DeleteProductRoleInput,
  ProductUserInput,
  UpdateProductRoleInput,
  UpdateProductUserInput,
} from './product-user.input';
import {
  DeleteProductRolePayload,
  ProductCustomRole,
  ProductUser,
  RevokeProductRolePayload,
} from './product-user.type';
import { compositeRawId } from '../../common/federation/global-id';
import { changed, type Changed } from '../../common/payload';
import {
  AssignProductRolePayload,
  CreateProductRolePayload,
  DeactivateProductUserPayload,
  ReactivateProductUserPayload,
  UpdateProductRolePayload,
  UpdateProductUserPayload,
} from './product-user.payload';

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

  @Mutation(() => AssignProductRolePayload, {
    nullable: true,
    description: 'GA-9 / LC-1: adds a member to an enabled product with a secondary role.',
  })
  @RequiresPermission('product:users:manage')
  assignProductRole(
    @Arg('input') input: AssignProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.productUsers.assign(ctx.viewer!, input));
  }

  @Mutation(() => UpdateProductUserPayload, {
    nullable: true,
    description: "LC-1: edits a user's secondary or custom role.",
  })
  @RequiresPermission('product:users:manage')
  updateProductUser(
    @Arg('input') input: UpdateProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.productUsers.update(ctx.viewer!, input));
  }

  @Mutation(() => DeactivateProductUserPayload, {
    nullable: true,
    description: 'LC-1: keeps the user and their data; no access to the product from the next request.',
  })
  @RequiresPermission('product:users:manage')
  deactivateProductUser(
    @Arg('input') input: ProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.productUsers.setActive(ctx.viewer!, input, false));
  }

  @Mutation(() => ReactivateProductUserPayload, { nullable: true })
  @RequiresPermission('product:users:manage')
  reactivateProductUser(
    @Arg('input') input: ProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.productUsers.setActive(ctx.viewer!, input, true));
  }

  @Mutation(() => RevokeProductRolePayload, {
    nullable: true,
    description: 'Removes a user from a product (not chatbot: see removeCompanyUser).',
  })
  @RequiresPermission('product:users:manage')
  async revokeProductRole(
    @Arg('input') input: ProductUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<{ removedProductUserId: string }> {
    await ctx.services.productUsers.revoke(ctx.viewer!, input);
    return { removedProductUserId: compositeRawId([input.organizationId, input.product, input.accountId]) };
  }

  @Mutation(() => CreateProductRolePayload, {
    nullable: true,
    description: "LC-2: a role made of the product's permissions.",
  })
  @RequiresPermission('product:roles:manage')
  createProductRole(
    @Arg('input') input: CreateProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productRole', ProductCustomRoleEntity>> {
    return changed('productRole', ctx.services.productUsers.createRole(ctx.viewer!, input));
  }

  @Mutation(() => UpdateProductRolePayload, { nullable: true })
  @RequiresPermission('product:roles:manage')
  updateProductRole(
    @Arg('input') input: UpdateProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productRole', ProductCustomRoleEntity>> {
    return changed('productRole', ctx.services.productUsers.updateRole(ctx.viewer!, input));
  }

  @Mutation(() => DeleteProductRolePayload, {
    nullable: true,
    description: 'LC-3: refused while users hold the role, unless reassignToRoleId.',
  })
  @RequiresPermission('product:roles:manage')
  async deleteProductRole(
    @Arg('input') input: DeleteProductRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<{ deletedProductRoleId: string }> {
    await ctx.services.productUsers.deleteRole(ctx.viewer!, input);
    return { deletedProductRoleId: input.roleId };
  }
}
