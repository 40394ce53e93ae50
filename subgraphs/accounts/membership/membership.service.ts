import type { DataSource, EntityManager } from 'typeorm';
import { auditorFor } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { sqlState } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireEmail, requireId, requireOneOf } from '../../common/validation';
import { AccountEntity } from '../account/account.entity';
import { lockOrganization } from '../organization/organization.service';
import { OrganizationEntity } from '../organization/organization.entity';
import { MembershipCustomRoleEntity, MembershipEntity } from './membership.entity';
import { CustomRole, PrimaryRole, roleGrants, type OrganizationPermission } from './membership.roles';

const ALL_PRIMARY = Object.values(PrimaryRole);
const ALL_CUSTOM = Object.values(CustomRole);

interface Locked {
  manager: EntityManager;
  organization: OrganizationEntity;
  actor: MembershipEntity;
  audit: (action: string, target: MembershipEntity, before: object | null, after: object | null) => Promise<void>;
}

/** Membership changes (GA-3…GA-7, GA-11). Each runs in one transaction under the organization's lock. */
export class MembershipService {
  constructor(private readonly db: DataSource) {}

  /**
   * Runs a change under the organization lock, after checking the actor's permission on fresh data.
   * The schema directive checked the same permission before; this re-check closes the race between them.
   */
  private inOrganization<T>(
    viewer: Viewer,
    organizationId: string,
    permission: OrganizationPermission,
    work: (l: Locked) => Promise<T>,
  ): Promise<T> {
    const orgId = requireId('organizationId', organizationId);
    return this.commit(async (manager) => {
      const organization = await lockOrganization(manager, orgId);
      const actor = await manager.findOneBy(MembershipEntity, { organizationId: orgId, accountId: viewer.accountId });
      if (!actor || !roleGrants(actor.role, permission)) {
        throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed: this change requires ${permission}`);
      }
      const auditor = auditorFor(manager, orgId, viewer.accountId);
      const audit: Locked['audit'] = (action, target, before, after) =>
        auditor(action, 'Membership', target.id, before, after);
      return work({ manager, organization, actor, audit });
    });
  }

  /**
   * Commits a transaction; an invariant another domain declares on memberships (a deferred check such as "the
   * chatbot company keeps its owner") surfaces as a CONFLICT with that domain's message, not as a server error.
   */
  private async commit<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (sqlState(err) === '23514' && !(err instanceof DomainError)) {
        const message = (err as { message?: string }).message ?? 'This change breaks an invariant';
        throw new DomainError(ErrorCode.CONFLICT, message.replace(/^.*?: /, ''));
      }
      throw err;
    }
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
    const email = requireEmail('email', input.email);
    const role = requireOneOf('role', input.role, ALL_PRIMARY);
    if (role === PrimaryRole.OWNER) {
      throw new DomainError(
        ErrorCode.OWNER_REQUIRED,
        'An organization has one owner: add the member, then transfer ownership',
        { field: 'role' },
      );
    }
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:administer',
      async ({ manager, organization, audit }) => {
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
          throw new DomainError(ErrorCode.ALREADY_MEMBER, 'That account is already a member', { field: 'email' });
        const { identifiers } = await manager.insert(MembershipEntity, {
          organizationId: organization.id,
          accountId: account.id,
          role,
        });
        const membership = await manager.findOneByOrFail(MembershipEntity, { id: identifiers[0]!.id as string });
        await audit('membership.added', membership, null, { accountId: account.id, role, customRoles: [] });
        return membership;
      },
    );
  }

  /** Changes a member's primary role between ADMINISTRATOR and MEMBER; the owner's role changes only by transfer. */
  async setPrimaryRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: PrimaryRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_PRIMARY);
    if (role === PrimaryRole.OWNER) {
      throw new DomainError(ErrorCode.OWNER_REQUIRED, 'Use transferOwnership to make someone the owner', {
        field: 'role',
      });
    }
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:administer',
      async ({ manager, organization, audit }) => {
        const target = await this.target(manager, organization.id, input.accountId);
        if (target.role === PrimaryRole.OWNER) {
          throw new DomainError(ErrorCode.OWNER_REQUIRED, "The owner's role changes only by transferring ownership", {
            field: 'accountId',
          });
        }
        if (target.role === role) return target;
        const before = await this.snapshot(manager, target);
        await manager.update(MembershipEntity, { id: target.id }, { role });
        await audit('membership.role_changed', target, before, { ...before, role });
        return manager.findOneByOrFail(MembershipEntity, { id: target.id });
      },
    );
  }

  /** Grants a custom role (GA-7); granting one already held changes nothing. */
  async grantCustomRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: CustomRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_CUSTOM);
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:administer',
      async ({ manager, organization, audit }) => {
        const target = await this.target(manager, organization.id, input.accountId);
        const before = await this.snapshot(manager, target);
        if (before.customRoles.includes(role)) return target;
        await manager.insert(MembershipCustomRoleEntity, { membershipId: target.id, role });
        await audit('membership.custom_role_granted', target, before, {
          ...before,
          customRoles: [...before.customRoles, role].sort(),
        });
        return target;
      },
    );
  }

  /** Revokes a custom role; revoking one not held changes nothing. */
  async revokeCustomRole(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; role: CustomRole },
  ): Promise<MembershipEntity> {
    const role = requireOneOf('role', input.role, ALL_CUSTOM);
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:administer',
      async ({ manager, organization, audit }) => {
        const target = await this.target(manager, organization.id, input.accountId);
        const before = await this.snapshot(manager, target);
        if (!before.customRoles.includes(role)) return target;
        await manager.delete(MembershipCustomRoleEntity, { membershipId: target.id, role });
        await audit('membership.custom_role_revoked', target, before, {
          ...before,
          customRoles: before.customRoles.filter((r) => r !== role),
        });
        return target;
      },
    );
  }

  /** GA-5: the owner hands ownership to another member and becomes an administrator. */
  async transferOwnership(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<OrganizationEntity> {
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:own',
      async ({ manager, organization, actor, audit }) => {
        const target = await this.target(manager, organization.id, input.accountId);
        if (target.id === actor.id) throw new ValidationError('accountId', 'You already own this organization');
        const actorBefore = await this.snapshot(manager, actor);
        const targetBefore = await this.snapshot(manager, target);
        // Demote first: the one-owner index is checked on each statement.
        await manager.update(MembershipEntity, { id: actor.id }, { role: PrimaryRole.ADMINISTRATOR });
        await manager.update(MembershipEntity, { id: target.id }, { role: PrimaryRole.OWNER });
        await audit('membership.ownership_transferred_from', actor, actorBefore, {
          ...actorBefore,
          role: PrimaryRole.ADMINISTRATOR,
        });
        await audit('membership.ownership_transferred_to', target, targetBefore, {
          ...targetBefore,
          role: PrimaryRole.OWNER,
        });
        return organization;
      },
    );
  }

  /** GA-11: removes a member with all their roles; the owner cannot be removed. */
  async removeMember(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<OrganizationEntity> {
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:administer',
      async ({ manager, organization, audit }) => {
        const target = await this.target(manager, organization.id, input.accountId);
        await this.remove(manager, target, audit);
        return organization;
      },
    );
  }

  /** A member leaves on its own; the owner must transfer ownership first. */
  async leave(viewer: Viewer, input: { organizationId: string }): Promise<OrganizationEntity> {
    return this.inOrganization(
      viewer,
      input.organizationId,
      'organization:read',
      async ({ manager, organization, actor, audit }) => {
        await this.remove(manager, actor, audit);
        return organization;
      },
    );
  }

  private async remove(manager: EntityManager, target: MembershipEntity, audit: Locked['audit']) {
    if (target.role === PrimaryRole.OWNER) {
      throw new DomainError(
        ErrorCode.OWNER_CANNOT_BE_REMOVED,
        'The owner cannot be removed; transfer ownership first',
        { field: 'accountId' },
      );
    }
    const before = await this.snapshot(manager, target);
    // Custom roles go with the membership (ON DELETE CASCADE); product subgraphs read memberships through
    // the published view, so roles of a removed member stop counting at once.
    await manager.delete(MembershipEntity, { id: target.id });
    await audit('membership.removed', target, before, null);
  }
}
