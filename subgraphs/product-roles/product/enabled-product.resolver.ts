import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import type { OrganizationProductEntity, ProductEntity } from './product.entity';
import { EnabledProduct, Product } from './product.type';

@Resolver(() => EnabledProduct)
export class EnabledProductResolver {
  @FieldResolver(() => Product, { nullable: true })
  @RequiresPermission('organization:read')
  product(@Root() enabled: OrganizationProductEntity, @Ctx() ctx: ProductRolesContext): Promise<ProductEntity | null> {
    return ctx.loaders.productByKey.load(enabled.product);
  }
}
