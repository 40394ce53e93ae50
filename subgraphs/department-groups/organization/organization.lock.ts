import type { DataSource, EntityManager } from 'typeorm';
import { auditorFor } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId } from '../../common/validation';
import { hasFunction } from '../permission/grants';
import { loadAccessFacts, pairKey, type AccessFacts } from '../permission/access-facts';

/** What a change of one organization's configuration works with, inside its transaction. */
export interface OrganizationTx {
  manager: EntityManager;
  organizationId: string;
  /** The caller's facts, read after the lock (fresh). */
  actor: AccessFacts;
  audit(
    action: string,
    targetType: string,
    targetId: string,
    before: object | null,
    after: object | null,
  ): Promise<void>;
}

/** Who may make a change: organization administration, or any of the listed module functions (LHC). */
export type Requirement = { administer: true } | { anyFunction: ReadonlyArray<readonly [string, string]> };

/** True when the facts meet the requirement (owners and administrators meet every one). */
export function meets(actor: AccessFacts, requirement: Requirement): boolean {
  if (actor.primaryRole === null) return false;
  if (actor.administers) return true;
  return 'anyFunction' in requirement && requirement.anyFunction.some(([m, fn]) => hasFunction(actor.grants, m, fn));
}

/**
 * Runs a change of an organization's department-groups configuration in one transaction: takes this schema's
 * per-organization advisory lock (so concurrent changes serialize without writing to accounts' tables),
 * checks the organization exists, re-reads the caller's facts and re-checks the requirement the schema
 * directive checked before (closing the race between them), and audits with the same manager (X-3).
 */
export function inOrganization<T>(
  db: DataSource,
  viewer: Viewer,
  organizationIdRaw: string,
  requirement: Requirement,
  work: (tx: OrganizationTx) => Promise<T>,
): Promise<T> {
  const organizationId = requireId('organizationId', organizationIdRaw);
  return db.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `department_groups:${organizationId}`,
    ]);
    const [org] = await manager.query('SELECT 1 FROM accounts.organization_directory WHERE organization_id = $1', [
      organizationId,
    ]);
    if (!org) throw new DomainError(ErrorCode.NOT_FOUND, 'No such organization', { field: 'organizationId' });
    const actor = (await loadAccessFacts(manager, [{ organizationId, accountId: viewer.accountId }])).get(
      pairKey(organizationId, viewer.accountId),
    )!;
    if (!meets(actor, requirement))
      throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed: you lack the permission this change requires');
    return work({ manager, organizationId, actor, audit: auditorFor(manager, organizationId, viewer.accountId) });
  });
}

/** Checks a list of ids: UUIDs, no duplicates, at most `max`. */
export function requireIds(field: string, values: readonly unknown[] | null | undefined, max = 200): string[] {
  const list = values ?? [];
  if (list.length > max)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must hold at most ${max} ids`, { field });
  const ids = list.map((v) => requireId(field, v));
  if (new Set(ids).size !== ids.length)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} repeats an id`, { field });
  return ids;
}
