import { ValidationError } from '../../common/errors';
import { ALL_FUNCTIONS, catalogueModule, isCataloguedFunction } from '../catalogue/permission-catalogue';

/** A grant as roles store it (LHC-3). */
export interface Grant {
  module: string;
  function: string;
  limitation: Record<string, unknown> | null;
}

/** A grant with the user group and role it comes through (LHC-7, X-2). */
export interface SourcedGrant extends Grant {
  grantId: string;
  userGroupId: string;
  userGroupName: string;
  roleId: string;
  roleName: string;
}

/** A grant as clients send it: the limitation is JSON text. */
export interface GrantInputLike {
  module: string;
  function: string;
  limitation?: string | null;
}

/** The limitation keys we understand; anything else is refused rather than silently ignored. */
const LIMITATION_KEYS = new Set(['group']);

/**
 * Parses and validates a limitation (LHC-3): a JSON object whose `group` is a non-empty list of department
 * group numbers that exist in the organization. Blank means no limitation.
 */
export function parseLimitation(
  field: string,
  raw: string | null | undefined,
  departmentGroupNumbers: ReadonlySet<number>,
): Record<string, unknown> | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationError(field, `${field} is not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError(field, `${field} must be a JSON object, for example {"group":[2]}`);
  }
  for (const key of Object.keys(value)) {
    if (!LIMITATION_KEYS.has(key))
      throw new ValidationError(field, `${field} has an unknown key "${key}"; known: group`);
  }
  const group = (value as Record<string, unknown>).group;
  if (group !== undefined) {
    if (!Array.isArray(group) || group.length === 0 || !group.every((g) => Number.isInteger(g) && (g as number) > 0)) {
      throw new ValidationError(field, `${field}.group must be a non-empty list of department group ids`);
    }
    const unknown = (group as number[]).filter((g) => !departmentGroupNumbers.has(g));
    if (unknown.length)
      throw new ValidationError(field, `${field}.group names unknown department groups: ${unknown.join(', ')}`);
    return { group: [...new Set(group as number[])].sort((a, b) => a - b) };
  }
  return value as Record<string, unknown>;
}

/** Validates a role's grants against the catalogue; errors name the exact field, e.g. `grants[3].function`. */
export function validateGrants(
  grants: readonly GrantInputLike[],
  departmentGroupNumbers: ReadonlySet<number>,
): Grant[] {
  if (grants.length > 500) throw new ValidationError('grants', 'grants must hold at most 500 entries');
  const seen = new Set<string>();
  return grants.map((g, i) => {
    const module = typeof g.module === 'string' ? g.module.trim() : '';
    const fn = typeof g.function === 'string' ? g.function.trim() : '';
    if (!catalogueModule(module))
      throw new ValidationError(`grants[${i}].module`, `grants[${i}].module "${module}" is not a catalogued module`);
    if (!isCataloguedFunction(module, fn)) {
      throw new ValidationError(
        `grants[${i}].function`,
        `grants[${i}].function "${fn}" is not a function of ${module} (nor *)`,
      );
    }
    const key = `${module}/${fn}`;
    if (seen.has(key)) throw new ValidationError(`grants[${i}].function`, `grants[${i}] repeats ${key}`);
    seen.add(key);
    return {
      module,
      function: fn,
      limitation: parseLimitation(`grants[${i}].limitation`, g.limitation, departmentGroupNumbers),
    };
  });
}

/** True when the grant gives `module/function` (`*` gives every function of its module). */
export function grantCovers(grant: Grant, module: string, fn: string): boolean {
  return grant.module === module && (grant.function === fn || grant.function === ALL_FUNCTIONS);
}

/** LHC-4: the user holds the function through any of their groups' roles. */
export function hasFunction(grants: readonly Grant[], module: string, fn: string): boolean {
  return grants.some((g) => grantCovers(g, module, fn));
}

/** An answer of the decision API. */
export interface Decision {
  allowed: boolean;
  decidedBy: SourcedGrant[];
  missing: string | null;
}

/** allowed with every group → role → grant that gives `module/function`, or denied naming what is missing. */
export function decide(grants: readonly SourcedGrant[], module: string, fn: string): Decision {
  const decidedBy = grants.filter((g) => grantCovers(g, module, fn));
  return decidedBy.length
    ? { allowed: true, decidedBy, missing: null }
    : { allowed: false, decidedBy: [], missing: `${module}/${fn}` };
}

/** Which department groups decide what a user sees (LHC-5). */
export type DepartmentScope = { kind: 'all' } | { kind: 'limited'; groupNumbers: number[] } | { kind: 'assigned' };

/**
 * LHC-5: `lhdepartment/see_all` without a limitation shows every department; with `{"group":[…]}` only the
 * departments of those department groups (the union over such grants); without see_all, the departments of
 * the user's assigned department groups.
 */
export function departmentScope(grants: readonly Grant[]): DepartmentScope {
  const seeAll = grants.filter((g) => grantCovers(g, 'lhdepartment', 'see_all'));
  if (seeAll.length === 0) return { kind: 'assigned' };
  const limited = seeAll.map((g) => g.limitation?.group).filter((x): x is number[] => Array.isArray(x));
  if (limited.length < seeAll.length) return { kind: 'all' };
  return { kind: 'limited', groupNumbers: [...new Set(limited.flat())].sort((a, b) => a - b) };
}

/** The facts about one department group that visibility needs. */
export interface DepartmentGroupFacts {
  id: string;
  number: number;
  departmentIds: string[];
}

/** LHC-5 applied: the ids of the departments a user sees. */
export function visibleDepartmentIds(
  scope: DepartmentScope,
  allDepartmentIds: readonly string[],
  groups: readonly DepartmentGroupFacts[],
  assignedGroupIds: readonly string[],
): Set<string> {
  if (scope.kind === 'all') return new Set(allDepartmentIds);
  const chosen =
    scope.kind === 'limited'
      ? groups.filter((g) => scope.groupNumbers.includes(g.number))
      : groups.filter((g) => assignedGroupIds.includes(g.id));
  return new Set(chosen.flatMap((g) => g.departmentIds));
}
