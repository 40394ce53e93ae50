import { organizationById } from '../../common/contracts/accounts';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { runAccessChange, type AccessTx, type Decision } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId } from '../../common/validation';
import { loadAccessFacts, loadDepartmentLayout, pairKey, type AccessFacts } from './access-facts';
import type { DepartmentLayout } from './decide';
import { replaceLinks, requireFreeName, type LinkSet } from './organization.rows';

/** What a change of one organization's live-chat configuration decides on, read after the lock. */
export interface OrganizationFacts {
  /** The caller's facts (LHC grants, LiveChat product user). */
  actor: AccessFacts;
  /** The organization's departments and department groups (LHC-5). */
  layout: DepartmentLayout;
  /** An operator change's target (its primary role decides the rank rule), when the change names one. */
  target?: AccessFacts;
}

/** One change's transaction: the kernel's, plus the organization it is about. */
export type OrganizationTx = AccessTx<OrganizationFacts> & { organizationId: string };

/** The advisory lock key of one organization's department-groups configuration. */
export const organizationLock = (organizationId: string): string => `department_groups:org:${organizationId}`;

/** The caller's facts and the layout, with any query-able: the same reader the request's loaders use. */
export async function readOrganizationFacts(
  manager: EntityManager,
  organizationId: string,
  accountId: string,
  targetAccountId?: string,
): Promise<OrganizationFacts> {
  const pairs = [{ organizationId, accountId }];
  if (targetAccountId !== undefined) pairs.push({ organizationId, accountId: targetAccountId });
  const facts = await loadAccessFacts(manager, pairs);
  const actor = facts.get(pairKey(organizationId, accountId))!;
  const layout = (await loadDepartmentLayout(manager, [organizationId])).get(organizationId)!;
  return targetAccountId === undefined
    ? { actor, layout }
    : { actor, layout, target: facts.get(pairKey(organizationId, targetAccountId)) };
}

/**
 * Runs a change of an organization's department-groups configuration through the access kernel: this schema's
 * per-organization lock, the organization's existence (NOT_FOUND), the caller's facts re-read after the lock,
 * (and an operator change's target's, `targetAccountId`), the re-check by the same `decide()` the field policy
 * called, then the work with the audit bound to the
 * transaction.
 */
export function changeOrganization<T>(
  db: DataSource,
  viewer: Viewer,
  organizationIdRaw: unknown,
  check: (facts: OrganizationFacts) => Decision,
  work: (tx: OrganizationTx) => Promise<T>,
  targetAccountId?: string,
): Promise<T> {
  const organizationId = requireId('organizationId', organizationIdRaw);
  return runAccessChange(
    db,
    {
      viewer,
      organizationId,
      locks: [organizationLock(organizationId)],
      lockRows: async (manager) => {
        if (!(await organizationById(manager, organizationId)))
          throw new DomainError(ErrorCode.NOT_FOUND, 'No such organization', { field: 'organizationId' });
      },
      facts: (manager) => readOrganizationFacts(manager, organizationId, viewer.accountId, targetAccountId),
      check,
    },
    (tx) => work({ ...tx, organizationId }),
  );
}

/**
 * Renames one named row of the change's organization (a department, department group or role), read and checked
 * by the caller: the same name changes nothing; another row's name is CONFLICT (field `name`); the change is audited
 * as `action` with the old and new name; the row is read back.
 */
export async function renameInOrganization<T extends { id: string; name: string }>(
  tx: OrganizationTx,
  entity: EntityTarget<T>,
  row: T,
  name: string,
  audited: { action: string; type: string },
): Promise<T> {
  if (row.name === name) return row;
  await requireFreeName(tx.manager, entity, tx.organizationId, name, row.id);
  await tx.manager.update(entity, { id: row.id } as never, { name } as never);
  await tx.audit(audited.action, audited.type, row.id, { name: row.name }, { name });
  return tx.manager.findOneByOrFail(entity, { id: row.id } as never);
}

/**
 * Deletes one row of the change's organization (a department, department group, role or user group), read and
 * checked by the caller, and audits it as `action` with `before` (what the row was and what it held) and `after`
 * (where its dependants went, or null). Answers the removed id, for the payload's `deleted…Id`.
 */
export async function deleteInOrganization<T extends { id: string }>(
  tx: OrganizationTx,
  entity: EntityTarget<T>,
  row: T,
  audited: { action: string; type: string },
  before: Record<string, unknown>,
  after: Record<string, unknown> | null = null,
): Promise<string> {
  await tx.manager.delete(entity, { id: row.id } as never);
  await tx.audit(audited.action, audited.type, row.id, before, after);
  return row.id;
}

/**
 * Replaces one owner's link rows (see {@link replaceLinks}) and audits the change as `action` on the owner, with
 * the sorted ids before and after under `key`; the same set writes and audits nothing.
 */
export async function replaceLinksAudited<T extends ObjectLiteral>(
  tx: OrganizationTx,
  links: LinkSet<T>,
  audited: { action: string; type: string; id: string; key: string },
  beforeWrite?: (before: string[], after: string[]) => Promise<void> | void,
): Promise<void> {
  const change = await replaceLinks(tx.manager, links, beforeWrite);
  if (change)
    await tx.audit(
      audited.action,
      audited.type,
      audited.id,
      { [audited.key]: change.before },
      { [audited.key]: change.after },
    );
}
