import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { AccountsContext } from '../accounts.context';
import { decideAccountsAction, type AccountsAction } from '../access/membership.access';
import type { MembershipEntity } from './membership.entity';
import { Membership } from './membership.type';

/**
 * X-7 on a membership: what the caller may do to it, by `decideAccountsAction` (the mutations' own rule) over the
 * caller's membership, read once per organization and request through `orgAccess`, and the row's role: a page of
 * members costs one statement more, whatever its length.
 */
export async function viewerCanOnMembership(
  ctx: AccountsContext,
  m: Pick<MembershipEntity, 'organizationId' | 'accountId' | 'role'>,
  action: AccountsAction,
): Promise<boolean> {
  if (!ctx.viewer) return false;
  const actor = await ctx.orgAccess.viewerMembershipByOrganizationId.load(m.organizationId);
  return decideAccountsAction(action, actor, { accountId: m.accountId, primaryRole: m.role }).allowed;
}

const CAN = { nullable: true } as const;

@Resolver(() => Membership)
export class MembershipCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: setPrimaryRole on this member would be allowed.' })
  @RequiresPermission('membership:read')
  viewerCanChangeRole(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCanOnMembership(ctx, m, 'SET_PRIMARY_ROLE');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: grantCustomRole (BILLING_EDITOR) would be allowed.' })
  @RequiresPermission('membership:read')
  viewerCanGrantCustomRole(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCanOnMembership(ctx, m, 'GRANT_CUSTOM_ROLE');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: revokeCustomRole (BILLING_EDITOR) would be allowed.' })
  @RequiresPermission('membership:read')
  viewerCanRevokeCustomRole(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCanOnMembership(ctx, m, 'REVOKE_CUSTOM_ROLE');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: removeOrganizationMember would be allowed (GA-11).' })
  @RequiresPermission('membership:read')
  viewerCanRemove(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCanOnMembership(ctx, m, 'REMOVE_ORGANIZATION_MEMBER');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: transferOwnership to this member would be allowed (GA-5).',
  })
  @RequiresPermission('membership:read')
  viewerCanTransferOwnership(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCanOnMembership(ctx, m, 'TRANSFER_OWNERSHIP');
  }
}
