import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { byCreated, byJoined, byName, PageArgs, pageOfList, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import { AccountRef } from '../account/account.ref';
import type { ProductRolesContext } from '../product-roles.context';
import { orgProductKey } from '../product-roles.loaders';
import type { ProductUserEntity } from '../product-user/product-user.entity';
import { CompanyRole } from './chatbot.matrix';
import {
  BillingPlanInput,
  ChangeCompanyRoleInput,
  CompanyInput,
  CompanyInvitationInput,
  CompanyInvitationRoleInput,
  CompanyUserInput,
  InviteCompanyUserInput,
  RenameCompanyInput,
} from './chatbot.input';
import {
  ChatbotCompany,
  ChatbotExternalRequestConnection,
  ChatbotIntentConnection,
  ChatbotProjectConnection,
  CompanyInvitationConnection,
  CompanyUserConnection,
  RemoveCompanyUserPayload,
} from './chatbot.type';
import { compositeRawId } from '../../common/federation/global-id';
import type {
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
} from './chatbot-resource.entity';
import type { ChatbotCompanyEntity, ChatbotInvitationEntity } from './company.entity';
import { changed, type Changed } from '../../common/payload';
import {
  AcceptCompanyInvitationPayload,
  CancelChatbotBillingPlanPayload,
  ChangeCompanyInvitationRolePayload,
  ChangeCompanyRolePayload,
  InviteCompanyUserPayload,
  RenameChatbotCompanyPayload,
  RevokeCompanyInvitationPayload,
  SetChatbotBillingPlanPayload,
  TransferCompanyOwnershipPayload,
} from './company.payload';

@Resolver(() => ChatbotCompany)
export class CompanyResolver {
  @FieldResolver(() => AccountRef, { nullable: true, description: 'The one company owner (CB-1).' })
  @RequiresPermission('chatbot:company_owner:read')
  async owner(@Root() c: ChatbotCompanyEntity, @Ctx() ctx: ProductRolesContext): Promise<AccountRef | null> {
    const users = await ctx.loaders.productUsersByOrgProduct.load(orgProductKey(c.organizationId, 'chatbot'));
    const owner = users.find((u) => u.role === String(CompanyRole.OWNER));
    return owner ? { id: owner.accountId } : null;
  }

  @FieldResolver(() => CompanyUserConnection, {
    nullable: true,
    description: 'Company users and their roles, in the order they joined (issue 13: a page).',
  })
  @RequiresPermission('chatbot:invited_users:read')
  async users(
    @Root() c: ChatbotCompanyEntity,
    @Ctx() ctx: ProductRolesContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ProductUserEntity> & { totalCount: number }> {
    const users = await ctx.loaders.productUsersByOrgProduct.load(orgProductKey(c.organizationId, 'chatbot'));
    return pageOfList(users, first, after, byJoined);
  }

  @FieldResolver(() => CompanyInvitationConnection, {
    nullable: true,
    description: 'Pending invitations (CB-3), oldest first (issue 13: a page).',
  })
  @RequiresPermission('chatbot:invited_users:read')
  async invitations(
    @Root() c: ChatbotCompanyEntity,
    @Ctx() ctx: ProductRolesContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ChatbotInvitationEntity> & { totalCount: number }> {
    const invitations = await ctx.loaders.pendingInvitationsByOrganizationId.load(c.organizationId);
    return pageOfList(invitations, first, after, byCreated);
  }

  @FieldResolver(() => ChatbotProjectConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('chatbot:project:read')
  async projects(
    @Root() c: ChatbotCompanyEntity,
    @Ctx() ctx: ProductRolesContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ChatbotProjectEntity>> {
    return pageOfList(await ctx.loaders.projectsByOrganizationId.load(c.organizationId), first, after, byName);
  }

  @FieldResolver(() => ChatbotIntentConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('chatbot:company_intents:read')
  async intents(
    @Root() c: ChatbotCompanyEntity,
    @Ctx() ctx: ProductRolesContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ChatbotIntentEntity>> {
    return pageOfList(await ctx.loaders.intentsByOrganizationId.load(c.organizationId), first, after, byName);
  }

  @FieldResolver(() => ChatbotExternalRequestConnection, {
    nullable: true,
    description: 'By name (issue 13: a page).',
  })
  @RequiresPermission('chatbot:company_external_requests:read')
  async externalRequests(
    @Root() c: ChatbotCompanyEntity,
    @Ctx() ctx: ProductRolesContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ChatbotExternalRequestEntity>> {
    return pageOfList(await ctx.loaders.externalRequestsByOrganizationId.load(c.organizationId), first, after, byName);
  }

  @Mutation(() => InviteCompanyUserPayload, {
    nullable: true,
    description:
      'CB-3: invites a registered account (NOT_REGISTERED, ALREADY_INVITED); a pending invitation whose inviter can no longer invite is replaced.',
  })
  @RequiresPermission('chatbot:invited_users:create')
  inviteCompanyUser(
    @Arg('input') input: InviteCompanyUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'companyInvitation', ChatbotInvitationEntity>> {
    return changed('companyInvitation', ctx.services.companies.invite(ctx.viewer!, input));
  }

  @Mutation(() => ChangeCompanyInvitationRolePayload, { nullable: true })
  @RequiresPermission('chatbot:invited_users:update')
  changeCompanyInvitationRole(
    @Arg('input') input: CompanyInvitationRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'companyInvitation', ChatbotInvitationEntity>> {
    return changed('companyInvitation', ctx.services.companies.changeInvitationRole(ctx.viewer!, input));
  }

  @Mutation(() => RevokeCompanyInvitationPayload, { nullable: true })
  @RequiresPermission('chatbot:invited_users:delete')
  revokeCompanyInvitation(
    @Arg('input') input: CompanyInvitationInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'companyInvitation', ChatbotInvitationEntity>> {
    return changed('companyInvitation', ctx.services.companies.revokeInvitation(ctx.viewer!, input));
  }

  @Mutation(() => AcceptCompanyInvitationPayload, {
    nullable: true,
    description:
      'CB-3: the invitee joins (also by picking the company from `me { chatbotCompanies }`); INVITATION_INVALIDATED once the inviter can no longer invite.',
  })
  @RequiresPermission('authenticated')
  acceptCompanyInvitation(
    @Arg('input') input: CompanyInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.companies.accept(ctx.viewer!, input));
  }

  @Mutation(() => ChangeCompanyRolePayload, {
    nullable: true,
    description: 'CB-4: OWNER/ADMINISTRATOR, only of a user with narrower rights, never their own.',
  })
  @RequiresPermission('chatbot:invited_users:update')
  changeCompanyRole(
    @Arg('input') input: ChangeCompanyRoleInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'productUser', ProductUserEntity>> {
    return changed('productUser', ctx.services.companies.changeRole(ctx.viewer!, input));
  }

  @Mutation(() => RemoveCompanyUserPayload, {
    nullable: true,
    description: 'CB-5: removes an ADMINISTRATOR, MANAGER or DESIGNER; access ends at once.',
  })
  @RequiresPermission('chatbot:invited_users:delete')
  async removeCompanyUser(
    @Arg('input') input: CompanyUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<{ removedProductUserId: string }> {
    await ctx.services.companies.remove(ctx.viewer!, input);
    return { removedProductUserId: compositeRawId([input.organizationId, 'chatbot', input.accountId]) };
  }

  @Mutation(() => TransferCompanyOwnershipPayload, {
    nullable: true,
    description: 'The owner hands the company to another user and becomes ADMINISTRATOR (CB-1).',
  })
  @RequiresPermission('chatbot:company_owner:update')
  transferCompanyOwnership(
    @Arg('input') input: CompanyUserInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'chatbotCompany', ChatbotCompanyEntity>> {
    return changed('chatbotCompany', ctx.services.companies.transferOwnership(ctx.viewer!, input));
  }

  @Mutation(() => RenameChatbotCompanyPayload, { nullable: true })
  @RequiresPermission('chatbot:company_name:update')
  renameChatbotCompany(
    @Arg('input') input: RenameCompanyInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'chatbotCompany', ChatbotCompanyEntity>> {
    return changed('chatbotCompany', ctx.services.companies.rename(ctx.viewer!, input));
  }

  @Mutation(() => SetChatbotBillingPlanPayload, { nullable: true })
  @RequiresPermission('chatbot:company_billing_plan:update')
  setChatbotBillingPlan(
    @Arg('input') input: BillingPlanInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'chatbotCompany', ChatbotCompanyEntity>> {
    return changed('chatbotCompany', ctx.services.companies.setBillingPlan(ctx.viewer!, input));
  }

  @Mutation(() => CancelChatbotBillingPlanPayload, {
    nullable: true,
    description: 'Deletes the paid plan: back to FREE.',
  })
  @RequiresPermission('chatbot:company_billing_plan:delete')
  cancelChatbotBillingPlan(
    @Arg('input') input: CompanyInput,
    @Ctx() ctx: ProductRolesContext,
  ): Promise<Changed<'chatbotCompany', ChatbotCompanyEntity>> {
    return changed(
      'chatbotCompany',
      ctx.services.companies.setBillingPlan(ctx.viewer!, { organizationId: input.organizationId, plan: 'FREE' }, 'D'),
    );
  }
}
