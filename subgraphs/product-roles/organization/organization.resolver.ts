import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { OrganizationRef } from './organization.ref';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductCustomRoleEntity, ProductUserEntity } from '../product-user/product-user.entity';
import { ProductCustomRole, ProductUser } from '../product-user/product-user.type';
import { ChatbotCompany } from '../chatbot/chatbot.type';
import type { ChatbotCompanyEntity } from '../chatbot/company.entity';
import type { OrganizationProductEntity } from '../product/product.entity';
import { EnabledProduct } from '../product/product.type';

@Resolver(() => OrganizationRef)
export class OrganizationResolver {
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
}
