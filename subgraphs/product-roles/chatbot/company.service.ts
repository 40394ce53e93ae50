import type { DataSource, EntityManager } from 'typeorm';
import { auditorFor, recordAudit } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { requireEmail, requireId, requireName, requireOneOf } from '../../common/validation';
import { lockEnabledProduct } from '../product/product.service';
import { ProductErrorCode } from '../product-roles.errors';
import { ProductUserEntity } from '../product-user/product-user.entity';
import { COMPANY_ROLE_RANK, CompanyRole } from './chatbot.matrix';
import { ChatbotCompanyEntity, ChatbotInvitationEntity, OutboxEntity } from './company.entity';

const INVITABLE = [CompanyRole.ADMINISTRATOR, CompanyRole.MANAGER, CompanyRole.DESIGNER] as const;
const MANAGERS: ReadonlySet<string> = new Set([CompanyRole.OWNER, CompanyRole.ADMINISTRATOR]);
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

interface Locked {
  manager: EntityManager;
  company: ChatbotCompanyEntity;
  actor: ProductUserEntity;
  audit: (action: string, targetId: string, before: object | null, after: object | null) => Promise<void>;
}

/** Company users of the chatbot product: invitations, role edits, removal, ownership (CB-1, CB-3…CB-5). */
export class CompanyService {
  constructor(private readonly db: DataSource) {}

  /** Runs a change under the company's lock, with the caller's active company role re-read in the transaction. */
  private inCompany<T>(
    viewer: Viewer,
    organizationId: string,
    allowed: ReadonlySet<string>,
    work: (l: Locked) => Promise<T>,
  ): Promise<T> {
    const orgId = requireId('organizationId', organizationId);
    return this.db.transaction(async (manager) => {
      await lockEnabledProduct(manager, orgId, 'chatbot');
      const company = await manager.findOneByOrFail(ChatbotCompanyEntity, { organizationId: orgId });
      const actor = await manager.findOneBy(ProductUserEntity, {
        organizationId: orgId,
        product: 'chatbot',
        accountId: viewer.accountId,
        active: true,
      });
      if (!actor || !allowed.has(actor.role))
        throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed: your company role cannot do this');
      const auditor = auditorFor(manager, orgId, viewer.accountId);
      const audit: Locked['audit'] = (action, targetId, before, after) =>
        auditor(
          action,
          action.startsWith('company_invitation') ? 'CompanyInvitation' : 'CompanyUser',
          targetId,
          before,
          after,
        );
      return work({ manager, company, actor, audit });
    });
  }

  private async companyUser(manager: EntityManager, organizationId: string, accountId: string) {
    const user = isUuid(accountId)
      ? await manager.findOneBy(ProductUserEntity, { organizationId, product: 'chatbot', accountId })
      : null;
    if (!user)
      throw new DomainError(ProductErrorCode.NOT_A_COMPANY_USER, 'That account is not a user of this company', {
        field: 'accountId',
      });
    return user;
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
   * CB-3: OWNER and ADMINISTRATOR invite registered accounts (NOT_REGISTERED otherwise), once (ALREADY_INVITED
   * for a pending invitation or a company user); an e-mail "Invitation to <company name>" goes to the outbox.
   */
  async invite(
    viewer: Viewer,
    input: { organizationId: string; email: string; role: CompanyRole },
  ): Promise<ChatbotInvitationEntity> {
    const email = requireEmail('email', input.email);
    const role = requireOneOf('role', input.role, INVITABLE);
    return this.inCompany(viewer, input.organizationId, MANAGERS, async ({ manager, company, audit }) => {
      const [account] = await manager.query('SELECT account_id FROM accounts.account_directory WHERE email = $1', [
        email,
      ]);
      if (!account)
        throw new DomainError(ProductErrorCode.NOT_REGISTERED, 'No account is registered with this e-mail', {
          field: 'email',
        });
      const accountId = account.account_id as string;
      const already =
        (await manager.findOneBy(ProductUserEntity, {
          organizationId: company.organizationId,
          product: 'chatbot',
          accountId,
        })) ??
        (await manager.findOneBy(ChatbotInvitationEntity, {
          organizationId: company.organizationId,
          accountId,
          status: 'PENDING',
        }));
      if (already)
        throw new DomainError(ProductErrorCode.ALREADY_INVITED, 'This user is already invited to or in the company', {
          field: 'email',
        });
      const { identifiers } = await manager.insert(ChatbotInvitationEntity, {
        organizationId: company.organizationId,
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
      await audit('company_invitation.created', id, null, { accountId, email, role });
      return manager.findOneByOrFail(ChatbotInvitationEntity, { id });
    });
  }

  /** Changes the role of a pending invitation (invited users: update). */
  async changeInvitationRole(
    viewer: Viewer,
    input: { organizationId: string; invitationId: string; role: CompanyRole },
  ): Promise<ChatbotInvitationEntity> {
    const role = requireOneOf('role', input.role, INVITABLE);
    return this.inCompany(viewer, input.organizationId, MANAGERS, async ({ manager, company, audit }) => {
      const invitation = await this.pendingInvitation(manager, company.organizationId, input.invitationId);
      await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { role });
      await audit('company_invitation.role_changed', invitation.id, { role: invitation.role }, { role });
      return { ...invitation, role };
    });
  }

  /** Revokes a pending invitation (invited users: delete). */
  async revokeInvitation(
    viewer: Viewer,
    input: { organizationId: string; invitationId: string },
  ): Promise<ChatbotInvitationEntity> {
    return this.inCompany(viewer, input.organizationId, MANAGERS, async ({ manager, company, audit }) => {
      const invitation = await this.pendingInvitation(manager, company.organizationId, input.invitationId);
      await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { status: 'REVOKED' });
      await audit('company_invitation.revoked', invitation.id, { status: 'PENDING' }, { status: 'REVOKED' });
      return { ...invitation, status: 'REVOKED' };
    });
  }

  /**
   * CB-3: the invitee accepts (from the e-mail or by picking the company from their list): they join the
   * organization as an Accounts MEMBER if not one yet (through the accounts' published function) and the
   * company with the invited role.
   */
  async accept(viewer: Viewer, input: { organizationId: string }): Promise<ProductUserEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    return this.db.transaction(async (manager) => {
      await lockEnabledProduct(manager, organizationId, 'chatbot');
      const invitation = await manager.findOneBy(ChatbotInvitationEntity, {
        organizationId,
        accountId: viewer.accountId,
        status: 'PENDING',
      });
      if (!invitation)
        throw new DomainError(ErrorCode.NOT_FOUND, 'You have no pending invitation to this company', {
          field: 'organizationId',
        });
      await manager.query('SELECT accounts.join_organization($1, $2, $3, $4)', [
        organizationId,
        viewer.accountId,
        invitation.invitedBy,
        'chatbot invitation accepted',
      ]);
      await manager.insert(ProductUserEntity, {
        organizationId,
        product: 'chatbot',
        accountId: viewer.accountId,
        role: invitation.role,
        customRoleId: null,
        active: true,
      });
      await manager.update(ChatbotInvitationEntity, { id: invitation.id }, { status: 'ACCEPTED' });
      await recordAudit(manager, {
        organizationId,
        actorAccountId: viewer.accountId,
        action: 'company_user.joined',
        targetType: 'CompanyUser',
        targetId: viewer.accountId,
        after: { accountId: viewer.accountId, role: invitation.role, invitationId: invitation.id },
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
    const role = requireOneOf('role', input.role, Object.values(CompanyRole));
    return this.inCompany(viewer, input.organizationId, MANAGERS, async ({ manager, company, actor, audit }) => {
      if (input.accountId === viewer.accountId) {
        throw new DomainError(ProductErrorCode.CANNOT_CHANGE_OWN_ROLE, 'You cannot edit your own role in the company', {
          field: 'accountId',
        });
      }
      if (role === CompanyRole.OWNER) {
        throw new DomainError(
          ProductErrorCode.COMPANY_OWNER_REQUIRED,
          'A company has one owner: use transferCompanyOwnership',
          { field: 'role' },
        );
      }
      const target = await this.companyUser(manager, company.organizationId, input.accountId);
      const rank = COMPANY_ROLE_RANK[actor.role as CompanyRole];
      if (rank <= COMPANY_ROLE_RANK[target.role as CompanyRole] || rank <= COMPANY_ROLE_RANK[role]) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          'Only a user with broader rights than the target, and than the new role, edits it',
        );
      }
      if (target.role === role) return target;
      await manager.update(
        ProductUserEntity,
        { organizationId: target.organizationId, product: 'chatbot', accountId: target.accountId },
        { role },
      );
      await audit('company_user.role_changed', target.accountId, { role: target.role }, { role });
      return { ...target, role };
    });
  }

  /** CB-5: OWNER and ADMINISTRATOR remove ADMINISTRATOR, MANAGER or DESIGNER users; access ends at once. */
  async remove(viewer: Viewer, input: { organizationId: string; accountId: string }): Promise<boolean> {
    return this.inCompany(viewer, input.organizationId, MANAGERS, async ({ manager, company, audit }) => {
      const target = await this.companyUser(manager, company.organizationId, input.accountId);
      if (target.role === CompanyRole.OWNER) {
        throw new DomainError(ProductErrorCode.COMPANY_OWNER_REQUIRED, 'The company owner cannot be removed', {
          field: 'accountId',
        });
      }
      await manager.delete(ProductUserEntity, {
        organizationId: target.organizationId,
        product: 'chatbot',
        accountId: target.accountId,
      });
      await audit('company_user.removed', target.accountId, { role: target.role, active: target.active }, null);
      return true;
    });
  }

  /** Company owner: update (CB-1: exactly one; the old owner becomes ADMINISTRATOR). */
  async transferOwnership(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<ChatbotCompanyEntity> {
    return this.inCompany(
      viewer,
      input.organizationId,
      new Set([CompanyRole.OWNER]),
      async ({ manager, company, actor, audit }) => {
        const target = await this.companyUser(manager, company.organizationId, input.accountId);
        if (target.accountId === actor.accountId)
          throw new ValidationError('accountId', 'You already own this company');
        if (!target.active) throw new ValidationError('accountId', 'A deactivated user cannot own the company');
        const key = { organizationId: company.organizationId, product: 'chatbot' };
        await manager.update(
          ProductUserEntity,
          { ...key, accountId: actor.accountId },
          { role: CompanyRole.ADMINISTRATOR },
        );
        await manager.update(ProductUserEntity, { ...key, accountId: target.accountId }, { role: CompanyRole.OWNER });
        await audit(
          'company_user.ownership_transferred',
          target.accountId,
          { owner: actor.accountId, role: target.role },
          { owner: target.accountId, previousOwnerRole: CompanyRole.ADMINISTRATOR },
        );
        return company;
      },
    );
  }

  /** Company name: update (OWNER). */
  async rename(viewer: Viewer, input: { organizationId: string; name: string }): Promise<ChatbotCompanyEntity> {
    const name = requireName('name', input.name);
    return this.inCompany(viewer, input.organizationId, new Set([CompanyRole.OWNER]), async ({ manager, company }) => {
      await manager.update(ChatbotCompanyEntity, { organizationId: company.organizationId }, { name });
      return { ...company, name };
    });
  }

  /** Company billing plan: update, or delete (back to FREE) (OWNER). */
  async setBillingPlan(viewer: Viewer, input: { organizationId: string; plan: string }): Promise<ChatbotCompanyEntity> {
    const plan = requireOneOf('plan', input.plan, BILLING_PLANS);
    return this.inCompany(viewer, input.organizationId, new Set([CompanyRole.OWNER]), async ({ manager, company }) => {
      await manager.update(ChatbotCompanyEntity, { organizationId: company.organizationId }, { billingPlan: plan });
      return { ...company, billingPlan: plan };
    });
  }

  /** CB-3/CB-5: the companies in an account's list: active or deactivated company roles, and pending invitations. */
  async listFor(accountIds: readonly string[]): Promise<CompanyListing[]> {
    const valid = accountIds.filter(isUuid);
    if (!valid.length) return [];
    return this.db.query(
      `SELECT c.organization_id AS "organizationId", x.account_id AS "accountId", c.name, x.role, x.invited_role AS "invitedRole", x.active
       FROM (
         SELECT organization_id, account_id, role, NULL AS invited_role, active FROM product_roles.product_users
           WHERE product = 'chatbot' AND account_id = ANY($1::uuid[])
         UNION ALL
         SELECT organization_id, account_id, NULL, role, false FROM product_roles.chatbot_invitations
           WHERE status = 'PENDING' AND account_id = ANY($1::uuid[])
       ) x JOIN product_roles.chatbot_companies c ON c.organization_id = x.organization_id
       ORDER BY c.name, c.organization_id`,
      [valid],
    );
  }
}
