import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { runAccessChange } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { organizationDecision, membershipIn } from '../../common/organization-access';
import { requireId, requireName } from '../../common/validation';
import { renameOrganization } from '../../common/contracts/accounts';
import { MembershipEntity } from '../membership/membership.entity';
import { PrimaryRole } from '../../common/organization-access';
import { OrganizationEntity } from './organization.entity';

/**
 * Locks an organization row for the rest of the transaction. Every access change of an organization takes
 * this lock first, so concurrent changes are serialized and each decides on fresh data (GA-5).
 */
export async function lockOrganization(manager: EntityManager, organizationId: string): Promise<OrganizationEntity> {
  const org = isUuid(organizationId)
    ? await manager
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id: organizationId })
        .getOne()
    : null;
  if (!org) throw new DomainError(ErrorCode.NOT_FOUND, 'No such organization', { field: 'organizationId' });
  return org;
}

/** Accounts' advisory lock key of an organization, namespaced for the kernel (issue 9). */
export const organizationLockKey = (organizationId: string): string => `accounts:org:${organizationId}`;

/** Organizations: creation (GA-2, GA-5: the creator is the first owner). */
export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  /**
   * Creates an organization with the caller as its owner, as one access change of the kernel. Any signed-in
   * account may (the field policy is `authenticated`, so there is no re-check); the id is chosen first so the
   * change is locked and audited under the new organization.
   */
  async create(viewer: Viewer, input: { name: string }): Promise<OrganizationEntity> {
    const name = requireName('name', input.name);
    const organizationId = randomUUID();
    return runAccessChange(
      this.db,
      { viewer, organizationId, locks: [organizationLockKey(organizationId)], facts: () => Promise.resolve(null) },
      async ({ manager, audit }) => {
        await manager.insert(OrganizationEntity, { id: organizationId, name });
        const membership = await manager.insert(MembershipEntity, {
          organizationId,
          accountId: viewer.accountId,
          role: PrimaryRole.OWNER,
        });
        await audit('organization.created', 'Organization', organizationId, null, { name });
        await audit('membership.added', 'Membership', membership.identifiers[0]!.id as string, null, {
          accountId: viewer.accountId,
          role: PrimaryRole.OWNER,
          customRoles: [],
        });
        return manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
      },
    );
  }

  /**
   * Renames the organization (GA-2, GA-6 `organization:administer`; issue 13: the organization's name is the one
   * name of its chatbot company and of its customer). One access change of the kernel: accounts' advisory lock,
   * the caller's membership re-read and GA-6 re-checked by the field policy's own decision, then accounts'
   * published `rename_organization` (row lock + `organization.renamed` audit with before/after), the same code
   * the other domains call, so there is one rename.
   */
  async rename(viewer: Viewer, input: { organizationId: string; name: string }): Promise<OrganizationEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    const name = requireName('name', input.name);
    return runAccessChange(
      this.db,
      {
        viewer,
        organizationId,
        locks: [organizationLockKey(organizationId)],
        lockRows: async (manager) => {
          await lockOrganization(manager, organizationId);
        },
        facts: (manager) => membershipIn(manager, organizationId, viewer.accountId),
        check: (actor) => organizationDecision(actor?.primaryRole, 'organization:administer'),
      },
      async ({ manager }) => {
        await renameOrganization(manager, {
          organizationId,
          name,
          actorAccountId: viewer.accountId,
          reason: 'renameOrganization',
        });
        return manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
      },
    );
  }
}
