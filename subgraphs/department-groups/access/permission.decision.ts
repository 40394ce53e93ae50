import { ValidationError } from '../../common/errors';
import { isCataloguedFunction } from '../catalogue/permission-catalogue';
import { liveChatRefusal } from './decide';
import { departmentsVisibleTo, type AccessFacts } from './access-facts';
import { decide, departmentScope, type DepartmentGroupFacts, type SourcedGrant } from './grants';

/** The answer of the decision API (X-2). */
export interface PermissionDecisionResult {
  allowed: boolean;
  /** Every user group → role → grant that gives the function (empty when denied). */
  decidedBy: SourcedGrant[];
  /** What is missing when denied, e.g. `lhuser/createuser` or `department:<id>`. */
  missing: string[];
  /** One sentence, for people. */
  reason: string;
}

/**
 * X-2: may this account use `module/function` (optionally on a department, as reading its chats needs, LHC-5)?
 * Owners and administrators may do everything in their organization; a non-member nothing; anyone else needs
 * the function and an active LiveChat role (missing `product:livechat` otherwise).
 */
export function decidePermission(
  facts: AccessFacts,
  layout: { departmentIds: string[]; groups: DepartmentGroupFacts[] },
  query: { module: string; function: string; departmentId?: string | null },
): PermissionDecisionResult {
  if (!isCataloguedFunction(query.module, query.function)) {
    throw new ValidationError('function', `${query.module}/${query.function} is not in the permission catalogue`);
  }
  if (query.departmentId && !layout.departmentIds.includes(query.departmentId)) {
    throw new ValidationError('departmentId', 'departmentId names no department of this organization');
  }
  if (facts.primaryRole === null)
    return {
      allowed: false,
      decidedBy: [],
      missing: ['membership'],
      reason: 'The account is not a member of the organization.',
    };
  if (facts.administers) {
    return {
      allowed: true,
      decidedBy: [],
      missing: [],
      reason: `The account's primary role ${facts.primaryRole} manages everything in the organization.`,
    };
  }
  const byGrant = decide(facts.grants, query.module, query.function);
  const missing = byGrant.missing ? [byGrant.missing] : [];
  // GA-9, LC-1: an operator uses its functions only as an active user of the LiveChat product.
  if (liveChatRefusal(facts)) missing.push('product:livechat');
  let departmentReason = '';
  if (query.departmentId) {
    const visible = departmentsVisibleTo(facts, layout).has(query.departmentId);
    const scope = departmentScope(facts.grants);
    departmentReason =
      scope.kind === 'assigned'
        ? ' Departments come from the assigned department groups.'
        : scope.kind === 'all'
          ? ' lhdepartment/see_all shows every department.'
          : ` lhdepartment/see_all limits departments to department groups ${scope.groupNumbers.join(', ')}.`;
    if (!visible) missing.push(`department:${query.departmentId}`);
  }
  const allowed = missing.length === 0;
  const reason = allowed
    ? `Allowed by ${byGrant.decidedBy.map((g) => `${g.userGroupName} → ${g.roleName} → ${g.module}/${g.function}`).join('; ')}.${departmentReason}`
    : `Denied: missing ${missing.join(', ')}.${departmentReason}`;
  return { allowed, decidedBy: allowed ? byGrant.decidedBy : [], missing, reason };
}
