import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductUserEntity } from './product-user.entity';
import { ProductUser } from './product-user.type';
import { decideProductUserAction, type ProductUserAction } from '../decision/decision.service';

const CAN = { nullable: true } as const;

/**
 * X-7 on a product user: the caller's facts (one per organization and product) and the row's account's facts
 * (one statement for the whole page) given to the mutations' own rules.
 */
async function onUser(ctx: ProductRolesContext, u: ProductUserEntity, action: ProductUserAction): Promise<boolean> {
  if (!ctx.viewer) return false;
  const [actor, target] = await Promise.all([
    ctx.loaders.accessFacts.load(orgProductKey(u.organizationId, u.product)),
    ctx.loaders.accountAccessFacts.load(`${u.accountId}|${u.organizationId}|${u.product}`),
  ]);
  return actor ? decideProductUserAction(action, actor, target).allowed : false;
}

@Resolver(() => ProductUser)
export class ProductUserCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: updateProductUser would be allowed (LC-1).' })
  @RequiresPermission('product:users:read')
  viewerCanEdit(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'UPDATE_PRODUCT_USER');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: deactivateProductUser would be allowed (LC-1).' })
  @RequiresPermission('product:users:read')
  viewerCanDeactivate(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'DEACTIVATE_PRODUCT_USER');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: reactivateProductUser would be allowed (LC-1).' })
  @RequiresPermission('product:users:read')
  viewerCanReactivate(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'REACTIVATE_PRODUCT_USER');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: revokeProductRole would be allowed (not chatbot: see viewerCanRemove).',
  })
  @RequiresPermission('product:users:read')
  viewerCanRevoke(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'REVOKE_PRODUCT_ROLE');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7 (chatbot company users): changeCompanyRole to a role below the caller would be allowed (CB-4).',
  })
  @RequiresPermission('product:users:read')
  viewerCanChangeRole(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'CHANGE_COMPANY_ROLE');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7 (chatbot company users): removeCompanyUser would be allowed (CB-5).',
  })
  @RequiresPermission('product:users:read')
  viewerCanRemove(@Root() u: ProductUserEntity, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    return onUser(ctx, u, 'REMOVE_COMPANY_USER');
  }
}
