import type { DataSource, EntityManager } from 'typeorm';
import { runAccessChange, type AccessTx } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { membershipIn, organizationDecision, type MembershipFacts } from '../../common/organization-access';
import { requireEmail, requireId, requireOneOf, validateInput } from '../../common/validation';
import { AccountEntity } from '../account/account.entity';
import { lockOrganization, organizationLockKey } from '../organization/organization.service';
import type { OrganizationEntity } from '../organization/organization.entity';
import { decideMembershipChange, OPERATION_PERMISSION, type MembershipOperation } from '../access/membership.access';
import { MembershipCustomRoleEntity, MembershipEntity } from './membership.entity';
import { CustomRole, PrimaryRole } from '../../common/organization-access';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';

const ALL_PRIMARY = Object.values(PrimaryRole);
const ALL_CUSTOM = Object.values(CustomRole);

/** What the work of a membership change gets: the kernel's transaction and the locked organization. */
type MembershipTx = AccessTx<MembershipFacts | null> & { organization: OrganizationEntity };

/** Membership changes (GA-3…GA-7, GA-11), each one access change of the kernel under the organization's lock. */
export class MembershipService {
  constructor(private readonly db: DataSource) {}

  /**
   * Runs a membership change through the kernel: accounts' advisory lock and the organization row lock (the
   * published join_organization / create_organization functions lock the same row, so they serialize with it),
   * the caller's membership re-read after the locks, and the GA-6 permission the directive checked re-checked by
   * the same decision. The work then decides the change itself with `decideMembershipChange` on the target: the
   * same rule the `viewerCan…` fields and `decisions` answer with, refusing with its codes (OWNER_REQUIRED …).
   */
  private change<T>(
    viewer: Viewer,
    organizationIdRaw: string,
    op: MembershipOperation,
    work: (tx: MembershipTx) => Promise<T>,
  ): Promise<T> {
    const organizationId = requireId('organizationId', organizationIdRaw);
    let organization: OrganizationEntity | undefined;
    return runAccessChange(
      this.db,
      {
        viewer,
        organizationId,
        locks: [organizationLockKey(organizationId)],
        lockRows: async (manager) => {
          organization = await lockOrganization(manager, organizationId);
        },
        facts: (manager) => membershipIn(manager, organizationId, viewer.accountId),
        check: (actor) => organizationDecision(actor?.primaryRole, OPERATION_PERMISSION[op]),
      },
      (tx) => work({ ...tx, organization: organization! }),
    );
  }

  /** Decides the change of `target` (GA-5, GA-6, GA-11, the grant ceiling): the rule `viewerCan…` answers with. */
  private requireChange(
    tx: MembershipTx,
    op: MembershipOperation,
    target: MembershipEntity | null,
    role?: PrimaryRole | CustomRole,
  ) {
    const facts = target && { accountId: target.accountId, primaryRole: target.role };
    return tx.require(decideMembershipChange(op, { actor: tx.facts, target: facts, role }));
  }

  private async target(manager: EntityManager, organizationId: string, accountId: string): Promise<MembershipEntity> {
    const id = requireId('accountId', accountId);
    const membership = await manager.findOneBy(MembershipEntity, { organizationId, accountId: id });
    if (!membership)
      throw new DomainError(ErrorCode.NOT_A_MEMBER, 'That account is not a member of this organization', {
        field: 'accountId',
      });
    return membership;
  }

  private async snapshot(manager: EntityManager, m: MembershipEntity) {
    const custom = await manager.findBy(MembershipCustomRoleEntity, { membershipId: m.id });
    return { accountId: m.accountId, role: m.role, customRoles: custom.map((c) => c.role).sort() };
  }

  /** Adds an existing account as ADMINISTRATOR or MEMBER (GA-6: owners and administrators). */
  async addMember(
    viewer: Viewer,
    input: { organizationId: string; email: string; role: PrimaryRole },
  ): Promise<MembershipEntity> {
    const { email, role } = validateInput({
      email: () => requireEmail('email', input.email),
      role: () => requireOneOf('role', input.role, ALL_PRIMARY),
    });
    return this.change(viewer, input.organizationId, 'addMember', async (tx) => {
      const { manager, organization } = tx;
      this.requireChange(tx, 'addMember', null, role);
      const account = await manager.findOneBy(AccountEntity, { email });
      if (!account)
        throw new DomainError(ErrorCode.NOT_FOUND, 'No account has this e-mail; they must sign up first', {
          field: 'email',
        });
      const existing = await manager.findOneBy(MembershipEntity, {
        organizationId: organization.id,
        accountId: account.id,
      });
      if (existing)
        throw new AccountsError(AccountsErrorCode.ALREADY_MEMBER, 'That account is already a member', {
          field: 'email',
        });
      const { identifiers } = await manager.insert(MembershipEntity, {
        organizationId: organization.id,
        accountId: account.id,
        role,
      });
      const membership = await manager.findOneByOrFail(MembershipEntity, { id: identifiers[0]!.id as string });
      await tx.audit('membership.added', 'Membership', membership.id, null, {
        accountId: account.id,
        role,
        customRoles: [],
      });
      return membership;
    });
  }

  /** Changes a member's primary role between ADMINISTRATOR and MEMBER; the owner's role changes only by transfer. */
  async setPrimaryRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: PrimaryRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_PRIMARY);
    return this.change(viewer, input.organizationId, 'setPrimaryRole', async (tx) => {
      const { manager, organization } = tx;
      const target = await this.target(manager, organization.id, input.accountId);
      this.requireChange(tx, 'setPrimaryRole', target, role);
      if (target.role === role) return target;
      const before = await this.snapshot(manager, target);
      await manager.update(MembershipEntity, { id: target.id }, { role });
      await tx.audit('membership.role_changed', 'Membership', target.id, before, { ...before, role });
      return manager.findOneByOrFail(MembershipEntity, { id: target.id });
    });
  }

  /** Grants a custom role (GA-7); granting one already held changes nothing. */
  async grantCustomRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: CustomRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_CUSTOM);
    return this.change(viewer, input.organizationId, 'grantCustomRole', async (tx) => {
      const target = await this.target(tx.manager, tx.organization.id, input.accountId);
      this.requireChange(tx, 'grantCustomRole', target, role);
      const before = await this.snapshot(tx.manager, target);
      if (before.customRoles.includes(role)) return target;
      await tx.manager.insert(MembershipCustomRoleEntity, { membershipId: target.id, role });
      await tx.audit('membership.custom_role_granted', 'Membership', target.id, before, {
        ...before,
        customRoles: [...before.customRoles, role].sort(),
      });
      return target;
    });
  }

  /** Revokes a custom role; revoking one not held changes nothing. */
  async revokeCustomRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: CustomRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_CUSTOM);
    return this.change(viewer, input.organizationId, 'revokeCustomRole', async (tx) => {
      const target = await this.target(tx.manager, tx.organization.id, input.accountId);
      this.requireChange(tx, 'revokeCustomRole', target, role);
      const before = await this.snapshot(tx.manager, target);
      if (!before.customRoles.includes(role)) return target;
      await tx.manager.delete(MembershipCustomRoleEntity, { membershipId: target.id, role });
      await tx.audit('membership.custom_role_revoked', 'Membership', target.id, before, {
        ...before,
        customRoles: before.customRoles.filter((r) => r !== role),
      });
      return target;
    });
  }

  /** GA-5: the owner hands ownership to another member and becomes an administrator. */
  async transferOwnership(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<OrganizationEntity> {
    return this.change(viewer, input.organizationId, 'transferOwnership', async (tx) => {
      const { manager, organization } = tx;
      const target = await this.target(manager, organization.id, input.accountId);
      const actor = await this.target(manager, organization.id, viewer.accountId);
      this.requireChange(tx, 'transferOwnership', target);
      const actorBefore = await this.snapshot(manager, actor);
      const targetBefore = await this.snapshot(manager, target);
      // Demote first: the one-owner index is checked on each statement.
      await manager.update(MembershipEntity, { id: actor.id }, { role: PrimaryRole.ADMINISTRATOR });
      await manager.update(MembershipEntity, { id: target.id }, { role: PrimaryRole.OWNER });
      await tx.audit('membership.ownership_transferred_from', 'Membership', actor.id, actorBefore, {
        ...actorBefore,
        role: PrimaryRole.ADMINISTRATOR,
      });
      await tx.audit('membership.ownership_transferred_to', 'Membership', target.id, targetBefore, {
        ...targetBefore,
        role: PrimaryRole.OWNER,
      });
      return organization;
    });
  }

  /** GA-11: removes a member with all their roles; the owner cannot be removed. */
  async removeMember(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<{ organization: OrganizationEntity; removedMembershipId: string }> {
    return this.change(viewer, input.organizationId, 'removeMember', async (tx) => {
      const target = await this.target(tx.manager, tx.organization.id, input.accountId);
      await this.remove(tx, 'removeMember', target);
      return { organization: tx.organization, removedMembershipId: target.id };
    });
  }

  /** A member leaves on its own; the owner must transfer ownership first. */
  async leave(viewer: Viewer, input: { organizationId: string }): Promise<{ removedMembershipId: string }> {
    return this.change(viewer, input.organizationId, 'leave', async (tx) => {
      const self = await this.target(tx.manager, tx.organization.id, viewer.accountId);
      await this.remove(tx, 'leave', self);
      return { removedMembershipId: self.id };
    });
  }

  /**
   * Deletes the membership. Custom roles go with it (ON DELETE CASCADE), and every other domain ends its grants
   * of this (organization, account) in the same transaction, each by its own FK or trigger, each writing its own
   * `member.offboarded` event (X-6). Accounts' event records the roles the membership held and who it was.
   */
  private async remove(tx: MembershipTx, op: 'removeMember' | 'leave', target: MembershipEntity) {
    this.requireChange(tx, op, target);
    const before = await this.snapshot(tx.manager, target);
    const account = await tx.manager.findOneByOrFail(AccountEntity, { id: target.accountId });
    await tx.manager.delete(MembershipEntity, { id: target.id });
    await tx.audit(
      op === 'leave' ? 'membership.left' : 'membership.removed',
      'Membership',
      target.id,
      {
        ...before,
        name: account.name,
        email: account.email,
      },
      null,
    );
  }
}
