import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import type { AccountsContext } from '../accounts.context';
import { Membership } from '../membership/membership.type';
import type { MembershipEntity } from '../membership/membership.entity';
import type { AccountEntity } from './account.entity';
import { DeleteAccountInput, LogInInput, SignUpInput, UpdateMeInput } from './account.input';
import { Account, AuthPayload } from './account.type';
import type { AuthResult } from './account.service';
import { changed, type Changed } from '../../common/payload';
import { DeleteAccountPayload, UpdateMePayload } from './account.payload';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: 'The signed-in account.' })
  @RequiresPermission('authenticated')
  me(@Ctx() ctx: AccountsContext): Promise<AccountEntity | null> {
    return ctx.loaders.accountById.load(ctx.viewer!.accountId);
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  @Public()
  async signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: AccountsContext): Promise<AuthResult> {
    return signedIn(ctx, await ctx.services.accounts.signUp(input));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password.' })
  @Public()
  async logIn(@Arg('input') input: LogInInput, @Ctx() ctx: AccountsContext): Promise<AuthResult> {
    return signedIn(ctx, await ctx.services.accounts.logIn(input, { address: ctx.clientAddress }));
  }

  @Mutation(() => UpdateMePayload, {
    nullable: true,
    description: 'Changes the signed-in account (GA-6: a member manages itself).',
  })
  @RequiresPermission('authenticated')
  updateMe(
    @Arg('input') input: UpdateMeInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'account', AccountEntity>> {
    return changed('account', ctx.services.accounts.updateMe(ctx.viewer!, input, { address: ctx.clientAddress }));
  }

  @Mutation(() => DeleteAccountPayload, {
    nullable: true,
    description:
      'Deletes the signed-in account, given its password (X-9): every membership ends as leaveOrganization would, with every grant in every domain (X-6), the portal roles, and every session. Refused while it owns an organization (OWNER_CANNOT_BE_REMOVED: transfer ownership first) or holds ROOT (FORBIDDEN).',
  })
  @RequiresPermission('authenticated')
  deleteAccount(
    @Arg('input') input: DeleteAccountInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<{ deletedAccountId: string }> {
    return ctx.services.accounts.deleteAccount(ctx.viewer!, input, { address: ctx.clientAddress });
  }

  @FieldResolver(() => [Membership], { nullable: true, description: "The account's organizations and roles there." })
  @RequiresPermission('account:self')
  memberships(@Root() account: AccountEntity, @Ctx() ctx: AccountsContext): Promise<MembershipEntity[]> {
    return ctx.loaders.membershipsByAccountId.load(account.id);
  }
}

/** The rest of a sign-up, log-in or refresh response is read as the account that just signed in. */
export function signedIn(ctx: AccountsContext, result: AuthResult): AuthResult {
  ctx.viewer = { accountId: result.account.id, sessionId: result.sessionId };
  return result;
}
