import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { requireName } from '../../common/validation';
import { MembershipEntity } from '../membership/membership.entity';
import { PrimaryRole } from '../membership/membership.roles';
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

/** Organizations: creation (GA-2, GA-5: the creator is the first owner). */
export class OrganizationService {
  constructor(private readonly db: DataSource) {}

  /** Creates an organization with the caller as its owner, in one transaction. */
  async create(viewer: Viewer, input: { name: string }): Promise<OrganizationEntity> {
    const name = requireName('name', input.name);
    return this.db.transaction(async (manager) => {
      const { identifiers } = await manager.insert(OrganizationEntity, { name });
      const organizationId = identifiers[0]!.id as string;
      const membership = await manager.insert(MembershipEntity, {
        organizationId,
        accountId: viewer.accountId,
        role: PrimaryRole.OWNER,
      });
      const base = { organizationId, actorAccountId: viewer.accountId };
      await recordAudit(manager, {
        ...base,
        action: 'organization.created',
        targetType: 'Organization',
        targetId: organizationId,
        after: { name },
      });
      await recordAudit(manager, {
        ...base,
        action: 'membership.added',
        targetType: 'Membership',
        targetId: membership.identifiers[0]!.id as string,
        after: { accountId: viewer.accountId, role: PrimaryRole.OWNER, customRoles: [] },
      });
      return manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
    });
  }
}
