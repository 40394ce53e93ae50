import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { MembershipRef } from './membership.ref';
import { deriveLegacyLiveChatRole, LegacyLiveChatRole } from '../legacy/legacy-livechat-role';
import type { ProductRolesContext } from '../product-roles.context';
import type { ProductUserEntity } from '../product-user/product-user.entity';
import { ProductUser } from '../product-user/product-user.type';

@Resolver(() => MembershipRef)
export class MembershipResolver {
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
