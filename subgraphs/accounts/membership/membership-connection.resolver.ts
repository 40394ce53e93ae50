import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../accounts.context';
import { MembershipConnection } from './membership.type';

@Resolver(() => MembershipConnection)
export class MembershipConnectionResolver {
  @FieldResolver(() => Number)
  totalCount(@Root() page: MembershipConnection, @Ctx() ctx: AccountsContext): Promise<number> {
    return ctx.loaders.memberCountByOrganizationId.load(page.organizationId);
  }
}
