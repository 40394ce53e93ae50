import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors';

/** Loads rows of one organization by id, refusing (NOT_FOUND, naming the field) any id that is not there. */
export async function rowsOfOrganization<T extends ObjectLiteral & { id: string; organizationId: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  organizationId: string,
  ids: readonly string[],
  field: string,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows = await manager.findBy(entity, { id: In([...ids]), organizationId } as never);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length)
    throw new DomainError(
      ErrorCode.NOT_FOUND,
      `${field}: no such ${String((entity as { name?: string }).name ?? 'row').replace(/Entity$/, '')} in this organization: ${missing.join(', ')}`,
      { field },
    );
  return ids.map((id) => byId.get(id)!);
}

/** Refuses a name already used in the organization (checked under the organization lock). */
export async function requireFreeName<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  organizationId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const existing = (await manager.findOneBy(entity, { organizationId, name } as never)) as { id: string } | null;
  if (existing && existing.id !== exceptId)
    throw new DomainError(ErrorCode.CONFLICT, `"${name}" is already used in this organization`, { field: 'name' });
}

/** The next per-organization number of a numbered table (departments, department groups). */
export async function nextNumber(
  manager: EntityManager,
  table: 'departments' | 'department_groups',
  organizationId: string,
): Promise<number> {
  const [{ n }]: Array<{ n: string }> = await manager.query(
    `SELECT coalesce(max(number), 0) + 1 AS n FROM department_groups.${table} WHERE organization_id = $1`,
    [organizationId],
  );
  return Number(n);
}

/** Sorted copy, for stable audit snapshots. */
export const sorted = (ids: readonly string[]): string[] => [...ids].sort();

/** One owner's link rows (a group's work-with list, roles, departments; an operator's groups) and their new ids. */
export interface LinkSet<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The owner's rows: deleted and inserted anew. */
  owner: FindOptionsWhere<T>;
  /** The linked id of a row. */
  idOf: (row: T) => string;
  /** The ids the owner links to after the change. */
  ids: readonly string[];
  /** The row for one linked id. */
  rowOf: (id: string) => Partial<T>;
}

/**
 * Replaces one owner's link rows by the given ids: the rows are deleted and the new set inserted, once `beforeWrite`
 * (a rule that depends on what changes) has passed. Returns the sorted ids before and after for the audit, or null
 * when the set is already the same (nothing checked, written or audited).
 */
export async function replaceLinks<T extends ObjectLiteral>(
  manager: EntityManager,
  links: LinkSet<T>,
  beforeWrite?: (before: string[], after: string[]) => Promise<void> | void,
): Promise<{ before: string[]; after: string[] } | null> {
  const before = sorted((await manager.findBy(links.entity, links.owner)).map(links.idOf));
  const after = sorted(links.ids);
  if (before.join() === after.join()) return null;
  await beforeWrite?.(before, after);
  await manager.delete(links.entity, links.owner);
  if (after.length) await manager.insert(links.entity, after.map(links.rowOf) as never);
  return { before, after };
}
