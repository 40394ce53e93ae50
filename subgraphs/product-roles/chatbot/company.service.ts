import type { DataSource, EntityManager } from 'typeorm';
import { requireAllowed, runAccessChange } from '../../common/access/kernel';
import { ACCOUNTS_VIEWS, accountByEmail, joinOrganization, renameOrganization } from '../../common/contracts/accounts';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { requireEmail, requireId, requireName, requireOneOf, validateInput } from '../../common/validation';
import { accessFactsOf, readAccessFactsFor, type AccessFacts } from '../access/product-access.facts';
import { decideChatbotCell, decideCompanyChange } from '../access/product-access.rules';
import { chatbotChange, productChange } from '../access/product-roles.tx';
import { ProductUserEntity } from '../product-user/product-user.entity';
import { CompanyRole, type Operation } from './chatbot.matrix';
import { ChatbotCompanyEntity, ChatbotInvitationEntity, OutboxEntity, withNames } from './company.entity';
import { ProductRolesError, ProductRolesErrorCode } from '../product-roles.errors';

const INVITABLE = [CompanyRole.ADMINISTRATOR, CompanyRole.MANAGER, CompanyRole.DESIGNER] as const;
export const BILLING_PLANS = ['FREE', 'STARTER', 'BUSINESS', 'ENTERPRISE'] as const;

/** A company in the caller's list (CB-3, CB-5): where they hold a role, or are invited. */
export interface CompanyListing {
  organizationId: string;
  accountId: string;
  name: string;
  role: CompanyRole | null;
  invitedRole: CompanyRole | null;
  active: boolean;
}

/**
 * CB-3 × X-6: an invitation carries its inviter's authority, so it holds only while the inviter could still issue
 * it (an active company OWNER or ADMINISTRATOR of an enabled chatbot, still a member): removing, demoting or
 * deactivating the inviter, in accounts or here, ends what they had extended. The inviter's company row is locked
 * first, so a change to the inviter committing meanwhile is seen whole.
 */
async function inviterStillCan(manager: EntityManager, invitation: ChatbotInvitationEntity): Promise<boolean> {
  await manager.query(
    `SELECT 1 FROM product_roles.product_users WHERE organization_id = $1 AND product = 'chatbot' AND account_id = $2
     FOR UPDATE`,
    [invitation.organizationId, invitation.invitedBy],
  );
  return invitationHolds(await accessFactsOf(manager, invitation.invitedBy, invitation.organizationId, 'chatbot'));
}

/** The rule of {@link inviterStillCan} on the inviter's facts: it may still create invitations (CB-2, CB-3). */
const invitationHolds = (inviter: AccessFacts): boolean => decideChatbotCell(inviter, 'invited_users', 'C').allowed;

/** Company users of the chatbot product: invitations, role edits, removal, ownership (CB-1, CB-3…CB-5). */
export class CompanyService {
  constructor(private readonly db: DataSource) {}

  /** The company with its name, which is the organization's (issue 13). */
  private async company(manager: EntityManager, organizationId: string): Promise<ChatbotCompanyEntity> {
    const [company] = await withNames(manager, [
      await manager.findOneByOrFail(ChatbotCompanyEntity, { organizationId }),
    ]);
    return company!;
  }

  private async pendingInvitation(manager: EntityManager, organizationId: string, invitationId: string) {
    const invitation = isUuid(invitationId)
      ? await manager.findOneBy(ChatbotInvitationEntity, { id: invitationId, organizationId, status: 'PENDING' })
      : null;
    if (!invitation)
      throw new DomainError(ErrorCode.NOT_FOUND, 'No pending invitation with that id here', { field: 'invitationId' });
    return invitation;
  }

  /**
   * CB-3: OWNER and ADMINISTRATOR (the matrix's `invited_users` C) invite registered accounts (NOT_REGISTERED
   * otherwise), once (ALREADY_INVITED for a pending invitation or a company user); an e-mail "Invitation to
   * <company name>" goes to the outbox.
   */
  async invite(
    viewer: Viewer,
    input: { organizationId: string; email: string; role: CompanyRole },
  ): Promise<ChatbotInvitationEntity> {
    const { organizationId, email, role } = validateInput({
      organizationId: () => requireId('organizationId', input.organizationId),
      email: () => requireEmail('email', input.email),
      role: () => requireOneOf('role', input.role, INVITABLE),
    });
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'invited_users', 'C'),
      async ({ manager, audit }) => {
        const company = await this.company(manager, organizationId);
        const account = await accountByEmail(manager, email);
        if (!account)
          throw new DomainError(ErrorCode.NOT_REGISTERED, 'No account is registered with this e-mail', {
            field: 'email',
          });
        const accountId = account.accountId;
        let already: object | null = await manager.findOneBy(ProductUserEntity, {
          organizationId,
          product: 'chatbot',
          accountId,
        });
        const pending = await manager.findOneBy(ChatbotInvitationEntity, {
          organizationId,
          accountId,
          status: 'PENDING',
        });
        if (pending && !(await inviterStillCan(manager, pending))) {
          // A stale invitation (its inviter can no longer issue it) gives way to the new one, audited.
          await manager.update(ChatbotInvitationEntity, { id: pending.id }, { status: 'REVOKED' });
          await audit(
            'company_invitation.revoked',
            'CompanyInvitation',
            pending.id,
            { status: 'PENDING', email: pending.email, role: pending.role, invitedBy: pending.invitedBy },
            { status: 'REVOKED', reason: 'its inviter can no longer invite; invited again' },
          );
        } else already ??= pending;
        if (already)
          throw new ProductRolesError(
            ProductRolesErrorCode.ALREADY_INVITED,
            'This user is already invited to or in the company',
            {
              field: 'email',
            },
          );
        const { identifiers } = await manager.insert(ChatbotInvitationEntity, {
          organizationId,
          accountId,
          email,
          role,
          status: 'PENDING',
          invitedBy: viewer.accountId,
        });
        const id = identifiers[0]!.id as string;
        await manager.insert(OutboxEntity, {
          recipient: email,
          subject: `Invitation to ${company.name}`,
          body: `You are invited to join ${company.name} as ${role.toLowerCase()}. Accept the invitation, or pick the company from your list of companies.`,
        });
        await audit('company_invitation.created', 'CompanyInvitation', id, null, { accountId, email, role });
        return manager.findOneByOrFail(ChatbotInvitationEntity, { id });
      },
    );
  }

  /** Changes the role of a pending invitation (invited users: update). */
  async changeInvitationRole(
    viewer: Viewer,
    input: { organizationId: string; invitationId: string; role: CompanyRole },
  ): Promise<ChatbotInvitationEntity> {
    const { organizationId, role } = validateInput({
      organizationId: () => requireId('organizationId', input.organizationId),
      role: () => requireOneOf('role', input.role, INVITABLE),
    });
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'invited_users', 'U'),
      async ({ manager, audit }) => {
        const invitation = await this.pendingInvitation(manager, organizationId, input.invitationId);
        await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { role });
        await audit(
          'company_invitation.role_changed',
          'CompanyInvitation',
          invitation.id,
          { role: invitation.role, email: invitation.email },
          { role, email: invitation.email },
        );
        return { ...invitation, role };
      },
    );
  }

  /** Revokes a pending invitation (invited users: delete). */
  async revokeInvitation(
    viewer: Viewer,
    input: { organizationId: string; invitationId: string },
  ): Promise<ChatbotInvitationEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'invited_users', 'D'),
      async ({ manager, audit }) => {
        const invitation = await this.pendingInvitation(manager, organizationId, input.invitationId);
        await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { status: 'REVOKED' });
        await audit(
          'company_invitation.revoked',
          'CompanyInvitation',
          invitation.id,
          { status: 'PENDING', email: invitation.email, role: invitation.role },
          { status: 'REVOKED' },
        );
        return { ...invitation, status: 'REVOKED' };
      },
    );
  }

  /**
   * CB-3: the invitee accepts (from the e-mail or by picking the company from their list): they join the
   * organization as an Accounts MEMBER if not one yet (through the accounts' published function) and the
   * company with the invited role. The invitation names the caller; it holds while its inviter could still issue it.
   */
  async accept(viewer: Viewer, input: { organizationId: string }): Promise<ProductUserEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    return runAccessChange(this.db, productChange(viewer, organizationId, 'chatbot'), async ({ manager, audit }) => {
      const invitation = await manager.findOneBy(ChatbotInvitationEntity, {
        organizationId,
        accountId: viewer.accountId,
        status: 'PENDING',
      });
      if (!invitation)
        throw new DomainError(ErrorCode.NOT_FOUND, 'You have no pending invitation to this company', {
          field: 'organizationId',
        });
      if (!(await inviterStillCan(manager, invitation)))
        throw new ProductRolesError(
          ProductRolesErrorCode.INVITATION_INVALIDATED,
          'Whoever invited you can no longer invite to this company: ask its OWNER or an ADMINISTRATOR to invite you again',
          { field: 'organizationId' },
        );
      await joinOrganization(manager, {
        organizationId,
        accountId: viewer.accountId,
        actorAccountId: invitation.invitedBy,
        reason: 'chatbot invitation accepted',
      });
      await manager.insert(ProductUserEntity, {
        organizationId,
        product: 'chatbot',
        accountId: viewer.accountId,
        role: invitation.role,
        customRoleId: null,
        active: true,
      });
      await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { status: 'ACCEPTED' });
      await audit('company_user.joined', 'CompanyUser', viewer.accountId, null, {
        accountId: viewer.accountId,
        role: invitation.role,
        invitationId: invitation.id,
      });
      return manager.findOneByOrFail(ProductUserEntity, {
        organizationId,
        product: 'chatbot',
        accountId: viewer.accountId,
      });
    });
  }

  /**
   * CB-4: only OWNER and ADMINISTRATOR edit roles; only of a user with narrower rights than their own, never
   * their own, and never to a role as broad as their own. OWNER changes only by transferCompanyOwnership.
   */
  async changeRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: CompanyRole },
  ): Promise<ProductUserEntity> {
    const { organizationId, role } = validateInput({
      organizationId: () => requireId('organizationId', input.organizationId),
      role: () => requireOneOf('role', input.role, Object.values(CompanyRole)),
    });
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'invited_users', 'U'),
      async ({ manager, facts, audit }) => {
        const target = await accessFactsOf(manager, String(input.accountId), organizationId, 'chatbot');
        requireAllowed(decideCompanyChange(facts, target, { kind: 'role', role }));
        const before = target.user!.role;
        if (before !== String(role)) {
          await manager.update(
            ProductUserEntity,
            { organizationId, product: 'chatbot', accountId: target.accountId },
            { role },
          );
          await audit('company_user.role_changed', 'CompanyUser', target.accountId, { role: before }, { role });
        }
        return manager.findOneByOrFail(ProductUserEntity, {
          organizationId,
          product: 'chatbot',
          accountId: target.accountId,
        });
      },
    );
  }

  /** CB-5: OWNER and ADMINISTRATOR remove ADMINISTRATOR, MANAGER or DESIGNER users; access ends at once. */
  async remove(viewer: Viewer, input: { organizationId: string; accountId: string }): Promise<boolean> {
    const organizationId = requireId('organizationId', input.organizationId);
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'invited_users', 'D'),
      async ({ manager, facts, audit }) => {
        const target = await accessFactsOf(manager, String(input.accountId), organizationId, 'chatbot');
        requireAllowed(decideCompanyChange(facts, target, { kind: 'remove' }));
        await manager.delete(ProductUserEntity, { organizationId, product: 'chatbot', accountId: target.accountId });
        await audit(
          'company_user.removed',
          'CompanyUser',
          target.accountId,
          { role: target.user!.role, active: target.user!.active },
          null,
        );
        return true;
      },
    );
  }

  /** Company owner: update (CB-1: exactly one; the old owner becomes ADMINISTRATOR). */
  async transferOwnership(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<ChatbotCompanyEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'company_owner', 'U'),
      async ({ manager, audit }) => {
        const company = await this.company(manager, organizationId);
        const target = await accessFactsOf(manager, String(input.accountId), organizationId, 'chatbot');
        if (!target.user)
          throw new ProductRolesError(
            ProductRolesErrorCode.NOT_A_COMPANY_USER,
            'That account is not a user of this company',
            {
              field: 'accountId',
            },
          );
        if (target.accountId === viewer.accountId)
          throw new ValidationError('accountId', 'You already own this company');
        if (!target.user.active) throw new ValidationError('accountId', 'A deactivated user cannot own the company');
        const key = { organizationId, product: 'chatbot' };
        await manager.update(
          ProductUserEntity,
          { ...key, accountId: viewer.accountId },
          { role: CompanyRole.ADMINISTRATOR },
        );
        await manager.update(ProductUserEntity, { ...key, accountId: target.accountId }, { role: CompanyRole.OWNER });
        await audit(
          'company_user.ownership_transferred',
          'CompanyUser',
          target.accountId,
          { owner: viewer.accountId, role: target.user.role },
          { owner: target.accountId, previousOwnerRole: CompanyRole.ADMINISTRATOR },
        );
        return company;
      },
    );
  }

  /**
   * Company name: update (CB-2: the company OWNER only, the matrix's cell). The company's name IS the organization's
   * name (issue 13), so this renames the organization through accounts' published `rename_organization` (its row
   * lock and its `organization.renamed` event) and records `company.renamed` here: audited in both domains.
   */
  async rename(viewer: Viewer, input: { organizationId: string; name: string }): Promise<ChatbotCompanyEntity> {
    const { organizationId, name } = validateInput({
      organizationId: () => requireId('organizationId', input.organizationId),
      name: () => requireName('name', input.name),
    });
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'company_name', 'U'),
      async ({ manager, audit }) => {
        const company = await this.company(manager, organizationId);
        if (company.name === name) return company;
        await renameOrganization(manager, {
          organizationId,
          name,
          actorAccountId: viewer.accountId,
          reason: 'renameChatbotCompany',
        });
        await audit('company.renamed', 'ChatbotCompany', organizationId, { name: company.name }, { name });
        return Object.assign(company, { name });
      },
    );
  }

  /** Company billing plan: update (U), or delete back to FREE (D) (OWNER); audited. */
  async setBillingPlan(
    viewer: Viewer,
    input: { organizationId: string; plan: string },
    op: Extract<Operation, 'U' | 'D'> = 'U',
  ): Promise<ChatbotCompanyEntity> {
    const { organizationId, plan } = validateInput({
      organizationId: () => requireId('organizationId', input.organizationId),
      plan: () => requireOneOf('plan', input.plan, BILLING_PLANS),
    });
    return runAccessChange(
      this.db,
      chatbotChange(viewer, organizationId, 'company_billing_plan', op),
      async ({ manager, audit }) => {
        const company = await this.company(manager, organizationId);
        if (company.billingPlan === plan) return company;
        await manager.update(ChatbotCompanyEntity, { organizationId }, { billingPlan: plan });
        await audit(
          'company.billing_plan_changed',
          'ChatbotCompany',
          organizationId,
          { companyName: company.name, billingPlan: company.billingPlan },
          { companyName: company.name, billingPlan: plan },
        );
        return { ...company, billingPlan: plan };
      },
    );
  }

  /**
   * CB-3/CB-5: the companies in an account's list: active or deactivated company roles, and pending invitations,
   * of enabled chatbot products only (a disabled company is in no one's list until it is enabled again).
   */
  async listFor(accountIds: readonly string[]): Promise<CompanyListing[]> {
    const valid = accountIds.filter(isUuid);
    if (!valid.length) return [];
    const rows: Array<CompanyListing & { invitedBy: string | null }> = await this.db.query(
      `SELECT c.organization_id AS "organizationId", x.account_id AS "accountId", o.name, x.role, x.invited_role AS "invitedRole", x.active,
              x.invited_by AS "invitedBy"
       FROM (
         SELECT organization_id, account_id, role, NULL AS invited_role, active, NULL::uuid AS invited_by
           FROM product_roles.product_users
           WHERE product = 'chatbot' AND account_id = ANY($1::uuid[])
         UNION ALL
         SELECT organization_id, account_id, NULL, role, false, invited_by FROM product_roles.chatbot_invitations
           WHERE status = 'PENDING' AND account_id = ANY($1::uuid[])
       ) x JOIN product_roles.chatbot_companies c ON c.organization_id = x.organization_id
       JOIN ${ACCOUNTS_VIEWS.organizationDirectory} o ON o.organization_id = c.organization_id
       JOIN product_roles.organization_products p
         ON p.organization_id = c.organization_id AND p.product = 'chatbot' AND p.disabled_at IS NULL
       ORDER BY o.name, c.organization_id`,
      [valid],
    );
    // An invitation whose inviter could no longer issue it is not offered (accepting it answers
    // INVITATION_INVALIDATED): the inviters' facts in one statement, the same rule as the acceptance.
    const invited = rows.filter((r) => r.invitedBy !== null);
    const inviters = await readAccessFactsFor(
      this.db,
      invited.map((r) => ({ accountId: r.invitedBy!, organizationId: r.organizationId, product: 'chatbot' })),
    );
    const stale = new Set(invited.filter((_, i) => !invitationHolds(inviters[i]!)));
    return rows.filter((r) => !stale.has(r)).map(({ invitedBy: _, ...listing }) => listing);
  }
}
