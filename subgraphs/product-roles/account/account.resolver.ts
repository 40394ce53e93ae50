import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { AccountRef } from './account.ref';
import type { ProductRolesContext } from '../product-roles.context';
import type { ProductUserEntity } from '../product-user/product-user.entity';
import { ProductUser } from '../product-user/product-user.type';
import { CompanyListing } from '../chatbot/chatbot.type';
import type { CompanyListing as Listing } from '../chatbot/company.service';

@Resolver(() => AccountRef)
export class AccountResolver {
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

  @FieldResolver(() => [CompanyListing], {
    nullable: true,
    description:
      'CB-3/CB-5: companies the caller belongs to or is invited to (an invitation only while its inviter could still issue it).',
  })
  @RequiresPermission('account:self')
  chatbotCompanies(@Root() account: AccountRef, @Ctx() ctx: ProductRolesContext): Promise<Listing[]> {
    return ctx.loaders.companyListingsByAccountId.load(account.id);
  }
}
