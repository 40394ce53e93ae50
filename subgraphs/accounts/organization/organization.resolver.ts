import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { primeDecision } from '../../common/access/policy';
import { accountReadKey } from '../accounts.policy';
import type { Page } from '../../common/pagination';
import { requireEmail } from '../../common/validation';
import type { AccountsContext } from '../accounts.context';
import { AuditEventConnection, type AuditEvent } from '../../common/audit/audit-event.type';
import { AuditLogFilter } from '../../common/audit/audit-event.input';
import { auditLogRequest } from '../../common/audit/audit-log';
import type { MembershipEntity } from '../membership/membership.entity';
import { MemberFilter } from '../membership/membership.input';
import { memberListRequest } from '../membership/member-list';
import { Membership, MembershipConnection, MemberOrder, type MemberListFilter } from '../membership/membership.type';
import type { OrganizationEntity } from './organization.entity';
import { CreateOrganizationInput, RenameOrganizationInput } from './organization.input';
import { Organization } from './organization.type';
import { changed, type Changed } from '../../common/payload';
import { CreateOrganizationPayload, RenameOrganizationPayload } from './organization.payload';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'An organization the caller is a member of.' })
  @RequiresPermission('organization:read')
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<OrganizationEntity | null> {
    return ctx.loaders.organizationById.load(id);
  }

  @Mutation(() => CreateOrganizationPayload, {
    nullable: true,
    description: 'Creates an organization; the caller becomes its owner (GA-5).',
  })
  @RequiresPermission('authenticated')
  createOrganization(
    @Arg('input') input: CreateOrganizationInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'organization', OrganizationEntity>> {
    return changed('organization', ctx.services.organizations.create(ctx.viewer!, input));
  }

  @Mutation(() => RenameOrganizationPayload, {
    nullable: true,
    description:
      'Renames the organization: its one name, shown as its chatbot company and its customer too (GA-2, GA-6: ' +
      'owners and administrators). Trimmed, 1 to 100 characters, no control characters. Audited.',
  })
  @RequiresPermission('organization:administer')
  renameOrganization(
    @Arg('input') input: RenameOrganizationInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<Changed<'organization', OrganizationEntity>> {
    return changed('organization', ctx.services.organizations.rename(ctx.viewer!, input));
  }

  @FieldResolver(() => MembershipConnection, { nullable: true })
  @RequiresPermission('organization:read')
  async members(
    @Root() org: OrganizationEntity,
    @Ctx() ctx: AccountsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('orderBy', () => MemberOrder, { nullable: true, description: 'JOINED when omitted.' }) orderBy?: MemberOrder,
  ): Promise<Page<MembershipEntity> & { organizationId: string; filter: MemberListFilter }> {
    const request = memberListRequest(first, after, filter, orderBy);
    const page = await ctx.loaders.membersPage.load({ parentId: org.id, ...request });
    // This field required organization:read, so every member listed shares this organization with the caller.
    for (const { node } of page.edges) primeDecision(ctx, accountReadKey(node.accountId, ctx.viewer!.accountId), true);
    return { ...page, organizationId: org.id, filter: request.filter };
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description:
      'The member with this e-mail (any letter case), or null: finds the account id a member mutation takes (GA-1).',
  })
  @RequiresPermission('organization:read')
  async memberByEmail(
    @Root() org: OrganizationEntity,
    @Ctx() ctx: AccountsContext,
    @Arg('email', () => String) email: string,
  ): Promise<MembershipEntity | null> {
    const request = memberListRequest(1, null, { email: requireEmail('email', email) }, null);
    const page = await ctx.loaders.membersPage.load({ parentId: org.id, ...request });
    const node = page.edges[0]?.node ?? null;
    if (node) primeDecision(ctx, accountReadKey(node.accountId, ctx.viewer!.accountId), true);
    return node;
  }

  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description:
      'Access changes in this organization across every domain (accounts, product roles, department groups, ' +
      'customer hierarchy), newest first (X-3). Owners and administrators.',
  })
  @RequiresPermission('organization:administer')
  auditLog(
    @Root() org: OrganizationEntity,
    @Ctx() ctx: AccountsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ): Promise<Page<AuditEvent>> {
    return ctx.loaders.auditLog.load(auditLogRequest(org.id, first, after, filter));
  }
}
