import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { OrganizationRef } from './organization.ref';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductCustomRoleEntity, ProductUserEntity } from '../product-user/product-user.entity';
import { ProductCustomRoleConnection, ProductUserConnection } from '../product-user/product-user.type';
import { byJoined, byName, PageArgs, pageOfList, type Page } from '../../common/pagination';
import { ChatbotCompany } from '../chatbot/chatbot.type';
import type { ChatbotCompanyEntity } from '../chatbot/company.entity';
import type { OrganizationProductEntity } from '../product/product.entity';
import { EnabledProduct } from '../product/product.type';
import { decideChatbotCell, decideProductManage, decideProductSwitch } from '../access/product-access.rules';
import type { AccessFacts } from '../access/product-access.facts';

/** X-7 on the organization: the viewer's facts in one product (one loader slot), decided by the mutation's rule. */
async function viewerFacts(
  ctx: ProductRolesContext,
  organizationId: string,
  product: string,
): Promise<AccessFacts | null> {
  if (!ctx.viewer) return null;
  const facts = await ctx.loaders.accessFacts.load(orgProductKey(organizationId, product));
  return facts?.productKnown ? facts : null;
}

@Resolver(() => OrganizationRef)
export class OrganizationResolver {
  @FieldResolver(() => ProductUserConnection, {
    nullable: true,
    description: 'Users of one product (LC-1), in the order they joined (issue 13: a page).',
  })
  @RequiresPermission('product:users:read')
  async productUsers(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ProductUserEntity>> {
    return pageOfList(
      await ctx.loaders.productUsersByOrgProduct.load(orgProductKey(org.id, product)),
      first,
      after,
      byJoined,
    );
  }

  @FieldResolver(() => ProductCustomRoleConnection, {
    nullable: true,
    description: 'Roles of one product (LC-2), by name (issue 13: a page).',
  })
  @RequiresPermission('product:roles:read')
  async productCustomRoles(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ProductCustomRoleEntity>> {
    return pageOfList(
      await ctx.loaders.customRolesByOrgProduct.load(orgProductKey(org.id, product)),
      first,
      after,
      byName,
    );
  }

  @FieldResolver(() => ChatbotCompany, { nullable: true, description: 'The chatbot company, when chatbot is enabled.' })
  @RequiresPermission('chatbot:company_name:read')
  chatbotCompany(@Root() org: OrganizationRef, @Ctx() ctx: ProductRolesContext): Promise<ChatbotCompanyEntity | null> {
    return ctx.loaders.companyByOrganizationId.load(org.id);
  }

  @FieldResolver(() => [EnabledProduct], { nullable: true, description: 'Products enabled in the organization.' })
  @RequiresPermission('organization:read')
  products(@Root() org: OrganizationRef, @Ctx() ctx: ProductRolesContext): Promise<OrganizationProductEntity[]> {
    return ctx.loaders.enabledProductsByOrganizationId.load(org.id);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'X-7: enableProduct / disableProduct of this product would be allowed (GA-6; chatbot: CB-2).',
  })
  @RequiresPermission('organization:read')
  async viewerCanSwitchProduct(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<boolean> {
    const facts = await viewerFacts(ctx, org.id, product);
    return facts ? decideProductSwitch(facts).allowed : false;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'X-7: createProductRole in this product would be allowed (LC-2, roles.manage).',
  })
  @RequiresPermission('organization:read')
  async viewerCanCreateProductRole(
    @Root() org: OrganizationRef,
    @Arg('product') product: string,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<boolean> {
    const facts = await viewerFacts(ctx, org.id, product);
    return facts ? decideProductManage(facts, 'roles.manage').allowed : false;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'X-7: inviteCompanyUser would be allowed (CB-2 invited_users create, CB-3).',
  })
  @RequiresPermission('organization:read')
  async viewerCanInviteCompanyUser(@Root() org: OrganizationRef, @Ctx() ctx: ProductRolesContext): Promise<boolean> {
    const facts = await viewerFacts(ctx, org.id, 'chatbot');
    return facts ? decideChatbotCell(facts, 'invited_users', 'C').allowed : false;
  }
}
