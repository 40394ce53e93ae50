import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import type { AccountsContext } from '../accounts.context';
import { AuthPayload } from '../account/account.type';
import type { AuthResult } from '../account/account.service';
import { signedIn } from '../account/account.resolver';
import { LogOutPayload } from './session.type';

@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Trades a refresh token for a new access token and a new refresh token (X-9: rotation). Send it without an expired `Authorization` header. A refresh token works once: reusing it ends its session (UNAUTHENTICATED).',
  })
  @Public()
  async refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: AccountsContext): Promise<AuthResult> {
    return signedIn(ctx, await ctx.services.sessions.refresh(refreshToken));
  }

  @Mutation(() => LogOutPayload, {
    nullable: true,
    description:
      'Ends this session: its access and refresh tokens stop working on the next request. `allSessions` ends every session of the account.',
  })
  @RequiresPermission('authenticated')
  async logOut(
    @Arg('allSessions', () => Boolean, { defaultValue: false }) allSessions: boolean,
    @Ctx() ctx: AccountsContext,
  ): Promise<LogOutPayload> {
    return { endedSessions: await ctx.services.sessions.logOut(ctx.viewer!, { allSessions }) };
  }
}
