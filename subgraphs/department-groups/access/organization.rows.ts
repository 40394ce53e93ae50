import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId } from '../../common/validation';

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

/**
 * Replaces one owner's link rows (a group's work-with list, roles, departments) by the given ids: the rows are
 * deleted and the new set inserted. Returns the sorted ids before and after for the audit, or null when the set
 * is already the same (nothing written, nothing to audit).
 */
export async function replaceLinks<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  owner: FindOptionsWhere<T>,
  idOf: (row: T) => string,
  ids: readonly string[],
  rowOf: (id: string) => Partial<T>,
): Promise<{ before: string[]; after: string[] } | null> {
  const before = sorted((await manager.findBy(entity, owner)).map(idOf));
  const after = sorted(ids);
  if (before.join() === after.join()) return null;
  await manager.delete(entity, owner);
  if (after.length) await manager.insert(entity, after.map(rowOf) as never);
  return { before, after };
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
