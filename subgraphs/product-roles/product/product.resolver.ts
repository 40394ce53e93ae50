import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import type { OrganizationProductEntity, ProductEntity } from './product.entity';
import { OrganizationProductInput } from './product.input';
import { DisableProductPayload, Product, ProductPermission } from './product.type';
import { compositeRawId } from '../../common/federation/global-id';
import { changed, type Changed } from '../../common/payload';
import { EnableProductPayload } from './product.payload';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => [Product], { nullable: true, description: 'Every product and its roles (GA-8).' })
  @RequiresPermission('authenticated')
  productCatalogue(@Ctx() ctx: ProductRolesContext): Promise<ProductEntity[]> {
    return ctx.services.products.catalogue();
  }

  @FieldResolver(() => [ProductPermission], { nullable: true, description: 'What its roles can grant (LC-2).' })
  @RequiresPermission('authenticated')
  permissions(@Root() product: ProductEntity): ProductPermission[] {
    return Object.entries(product.permissions).map(([key, description]) => ({ key, description }));
  }

  @Query(() => Boolean, {
    nullable: true,
    description: 'GA-9: whether the caller may launch the product in the organization.',
  })
  @RequiresPermission('authenticated')
  canLaunch(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<boolean> {
    return ctx.services.products.canLaunch(ctx.viewer!, organizationId, product);
  }

  @Mutation(() => EnableProductPayload, {
    nullable: true,
    description:
      'Enables a product once (GA-8), with default roles Admin and Operator; enabling a disabled product restores it. Organization owners and administrators; chatbot once its company exists: the company OWNER (CB-2).',
  })
  @RequiresPermission('product:switch')
  enableProduct(
    @Arg('input') input: OrganizationProductInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'enabledProduct', OrganizationProductEntity>> {
    return changed('enabledProduct', ctx.services.products.enable(ctx.viewer!, input));
  }

  @Mutation(() => DisableProductPayload, {
    nullable: true,
    description:
      'Disables a product, deleting nothing: its users, roles and chatbot company stay, access ends on the next request, enableProduct restores them (CB-2). Organization owners and administrators; chatbot: the company OWNER.',
  })
  @RequiresPermission('product:switch')
  async disableProduct(
    @Arg('input') input: OrganizationProductInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<{ removedEnabledProductId: string }> {
    await ctx.services.products.disable(ctx.viewer!, input);
    return { removedEnabledProductId: compositeRawId([input.organizationId, input.product]) };
  }
}
