import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { organizationDecision } from '../../common/organization-access';
import type { AccountsContext } from '../accounts.context';
import { decideAccountsAction, type AccountsAction } from '../access/membership.access';
import type { OrganizationEntity } from './organization.entity';
import { Organization } from './organization.type';

const CAN = { nullable: true } as const;

/** X-7 on an organization: the caller's membership (one loader read per request) given to the mutations' rule. */
async function viewerCan(ctx: AccountsContext, org: OrganizationEntity, action: AccountsAction): Promise<boolean> {
  if (!ctx.viewer) return false;
  const actor = await ctx.orgAccess.viewerMembershipByOrganizationId.load(org.id);
  return decideAccountsAction(action, actor, actor).allowed;
}

@Resolver(() => Organization)
export class OrganizationCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: addOrganizationMember would be allowed (GA-6).' })
  @RequiresPermission('organization:read')
  viewerCanAddMember(@Root() org: OrganizationEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCan(ctx, org, 'ADD_ORGANIZATION_MEMBER');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: renameOrganization would be allowed (GA-6).' })
  @RequiresPermission('organization:read')
  viewerCanRename(@Root() org: OrganizationEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCan(ctx, org, 'RENAME_ORGANIZATION');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: leaveOrganization would be allowed (not for the owner, who transfers first).',
  })
  @RequiresPermission('organization:read')
  viewerCanLeave(@Root() org: OrganizationEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return viewerCan(ctx, org, 'LEAVE_ORGANIZATION');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: the caller owns the organization and may transfer ownership to another member (GA-5).',
  })
  @RequiresPermission('organization:read')
  async viewerCanTransferOwnership(@Root() org: OrganizationEntity, @Ctx() ctx: AccountsContext): Promise<boolean> {
    if (!ctx.viewer) return false;
    const actor = await ctx.orgAccess.viewerMembershipByOrganizationId.load(org.id);
    return organizationDecision(actor?.primaryRole, 'organization:own').allowed;
  }
}
