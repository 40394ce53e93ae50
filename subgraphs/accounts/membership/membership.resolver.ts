import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { AccountEntity } from '../account/account.entity';
import { Account } from '../account/account.type';
import type { AccountsContext } from '../accounts.context';
import type { OrganizationEntity } from '../organization/organization.entity';
import { Organization } from '../organization/organization.type';
import type { MembershipEntity } from './membership.entity';
import {
  AddOrganizationMemberInput,
  CustomRoleInput,
  LeaveOrganizationInput,
  OrganizationMemberInput,
  SetPrimaryRoleInput,
} from './membership.input';
import { CustomRole } from '../../common/organization-access';
import { LeaveOrganizationPayload, Membership, RemoveOrganizationMemberPayload } from './membership.type';
import { changed, type Changed } from '../../common/payload';
import {
  AddOrganizationMemberPayload,
  GrantCustomRolePayload,
  RevokeCustomRolePayload,
  SetPrimaryRolePayload,
  TransferOwnershipPayload,
} from './membership.payload';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Account, { nullable: true })
  @RequiresPermission('membership:read')
  account(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<AccountEntity | null> {
    return ctx.loaders.accountById.load(m.accountId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  @RequiresPermission('membership:read')
  organization(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.organizationById.load(m.organizationId);
  }

  @FieldResolver(() => [CustomRole], { nullable: true })
  @RequiresPermission('membership:read')
  async customRoles(@Root() m: MembershipEntity, @Ctx() ctx: AccountsContext): Promise<CustomRole[]> {
    return (await ctx.loaders.customRolesByMembershipId.load(m.id)).map((r) => r.role);
  }

  @Mutation(() => AddOrganizationMemberPayload, {
    nullable: true,
    description: 'Adds a signed-up account to the organization (owners and administrators).',
  })
  @RequiresPermission('organization:administer')
  addOrganizationMember(
    @Arg('input') input: AddOrganizationMemberInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'membership', MembershipEntity>> {
    return changed('membership', ctx.services.memberships.addMember(ctx.viewer!, input));
  }

  @Mutation(() => SetPrimaryRolePayload, {
    nullable: true,
    description: "Sets a member's primary role to ADMINISTRATOR or MEMBER; the owner's changes only by transfer.",
  })
  @RequiresPermission('organization:administer')
  setPrimaryRole(
    @Arg('input') input: SetPrimaryRoleInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'membership', MembershipEntity>> {
    return changed('membership', ctx.services.memberships.setPrimaryRole(ctx.viewer!, input));
  }

  @Mutation(() => GrantCustomRolePayload, { nullable: true, description: 'Grants a custom role; idempotent.' })
  @RequiresPermission('organization:administer')
  grantCustomRole(
    @Arg('input') input: CustomRoleInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'membership', MembershipEntity>> {
    return changed('membership', ctx.services.memberships.grantCustomRole(ctx.viewer!, input));
  }

  @Mutation(() => RevokeCustomRolePayload, { nullable: true, description: 'Revokes a custom role; idempotent.' })
  @RequiresPermission('organization:administer')
  revokeCustomRole(
    @Arg('input') input: CustomRoleInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'membership', MembershipEntity>> {
    return changed('membership', ctx.services.memberships.revokeCustomRole(ctx.viewer!, input));
  }

  @Mutation(() => TransferOwnershipPayload, {
    nullable: true,
    description: 'The owner makes another member the owner and becomes an administrator (GA-5).',
  })
  @RequiresPermission('organization:own')
  transferOwnership(
    @Arg('input') input: OrganizationMemberInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'organization', OrganizationEntity>> {
    return changed('organization', ctx.services.memberships.transferOwnership(ctx.viewer!, input));
  }

  @Mutation(() => RemoveOrganizationMemberPayload, {
    nullable: true,
    description: 'Removes a member and all their roles in the organization; never the owner (GA-11).',
  })
  @RequiresPermission('organization:administer')
  removeOrganizationMember(
    @Arg('input') input: OrganizationMemberInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<RemoveOrganizationMemberPayload> {
    return ctx.services.memberships.removeMember(ctx.viewer!, input);
  }

  @Mutation(() => LeaveOrganizationPayload, {
    nullable: true,
    description: 'The caller leaves the organization; the owner transfers ownership first.',
  })
  @RequiresPermission('organization:read')
  leaveOrganization(
    @Arg('input') input: LeaveOrganizationInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<LeaveOrganizationPayload> {
    return ctx.services.memberships.leave(ctx.viewer!, input);
  }
}
