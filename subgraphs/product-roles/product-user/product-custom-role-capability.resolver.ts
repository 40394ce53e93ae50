import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { decideCustomRoleAction } from '../decision/decision.service';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductCustomRoleEntity } from './product-user.entity';
import { ProductCustomRole } from './product-user.type';

const CAN = { nullable: true } as const;

/** X-7 on a custom role: the caller's facts and the role's holders (one statement per page), by `decideRoleChange`. */
async function onRole(
  ctx: ProductRolesContext,
  r: ProductCustomRoleEntity,
  action: 'UPDATE_PRODUCT_ROLE' | 'DELETE_PRODUCT_ROLE',
): Promise<boolean> {
  if (!ctx.viewer) return false;
  const [actor, holders] = await Promise.all([
    ctx.loaders.accessFacts.load(orgProductKey(r.organizationId, r.product)),
    ctx.loaders.roleHolders.load(r.id),
  ]);
  return actor ? decideCustomRoleAction(action, actor, r, holders).allowed : false;
}

@Resolver(() => ProductCustomRole)
export class ProductCustomRoleCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: updateProductRole (its permissions) would be allowed.' })
  @RequiresPermission('product:roles:read')
  viewerCanEdit(@Root() r: ProductCustomRoleEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onRole(ctx, r, 'UPDATE_PRODUCT_ROLE');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: deleteProductRole would be allowed (never the default roles; holders need reassigning, LC-3).',
  })
  @RequiresPermission('product:roles:read')
  viewerCanDelete(@Root() r: ProductCustomRoleEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onRole(ctx, r, 'DELETE_PRODUCT_ROLE');
  }
}
