import {
  PORTAL_ROLE_RANK,
  PORTAL_ROLE_SCOPE,
  PortalRole,
  managesPortalUsers,
  roleAllows,
  type PortalAction,
} from './portal.matrix';

/** One portal role assignment with its reach resolved (the server/conduit it sits in, and assigned customers). */
export interface AssignmentFacts {
  id: string;
  accountId: string;
  role: PortalRole;
  /** The server it sits in (null for ROOT). */
  serverId: string | null;
  /** The conduit it sits in (conduit roles, and customer roles through their customer). */
  conduitId: string | null;
  /** The customer of a customer-level role. */
  customerId: string | null;
  /** Customers assigned to a sales rep or customer manager. */
  customerIds: readonly string[];
}

/** What an action is about: a server, a conduit in it, or a customer in that conduit. */
export interface Target {
  serverId: string;
  conduitId?: string | null;
  customerId?: string | null;
}

/**
 * ES-2 reach: whether an assignment covers a target. ROOT covers everything; SUPPORT its server; CONDUIT_ADMIN
 * its conduit and that conduit's customers; SALES_REP and CUSTOMER_MANAGER their conduit (conduit-level targets:
 * creating customers, the conduit's portal users) and only the customers assigned to them; CUSTOMER_ADMIN and
 * CUSTOMER_TECHNICAL their customer; the contacts nothing (no portal access).
 */
export function reaches(a: AssignmentFacts, t: Target): boolean {
  switch (a.role) {
    case PortalRole.ROOT:
      return true;
    case PortalRole.SUPPORT:
      return a.serverId === t.serverId;
    case PortalRole.CONDUIT_ADMIN:
      return !!t.conduitId && a.conduitId === t.conduitId;
    case PortalRole.SALES_REP:
    case PortalRole.CUSTOMER_MANAGER:
      if (t.customerId) return a.conduitId === t.conduitId && a.customerIds.includes(t.customerId);
      return !!t.conduitId && a.conduitId === t.conduitId;
    case PortalRole.CUSTOMER_ADMIN:
    case PortalRole.CUSTOMER_TECHNICAL:
      return !!t.customerId && a.customerId === t.customerId;
    default:
      return false;
  }
}

/** The answer of a portal decision. */
export interface PortalDecision {
  allowed: boolean;
  /** The assignment that allowed it (the highest-ranked one that does). */
  decidedBy: AssignmentFacts | null;
  reason: string;
}

const byRank = (assignments: readonly AssignmentFacts[]) =>
  [...assignments].sort((x, y) => PORTAL_ROLE_RANK[y.role] - PORTAL_ROLE_RANK[x.role]);

/**
 * ES-3 within ES-2: an action is allowed when one assignment's role has the cell and reaches the targets
 * (`all` of them, or `any` for deleting a link between two reaches). No targets: the role alone decides (lists,
 * which then show only what is reached).
 */
export function decide(
  assignments: readonly AssignmentFacts[],
  action: PortalAction,
  targets: readonly Target[],
  mode: 'all' | 'any' = 'all',
): PortalDecision {
  const withCell = byRank(assignments).filter((a) => roleAllows(a.role, action));
  const decidedBy =
    withCell.find((a) =>
      targets.length === 0
        ? true
        : mode === 'all'
          ? targets.every((t) => reaches(a, t))
          : targets.some((t) => reaches(a, t)),
    ) ?? null;
  if (decidedBy)
    return {
      allowed: true,
      decidedBy,
      reason: `Allowed: ${decidedBy.role} (assignment ${decidedBy.id}) may ${action} within its reach.`,
    };
  if (assignments.length === 0)
    return { allowed: false, decidedBy: null, reason: 'Denied: the account holds no portal role.' };
  if (withCell.length === 0) {
    return {
      allowed: false,
      decidedBy: null,
      reason: `Denied: none of the account's roles (${[...new Set(assignments.map((a) => a.role))].join(', ')}) may ${action}.`,
    };
  }
  return {
    allowed: false,
    decidedBy: null,
    reason: `Denied: ${withCell.map((a) => a.role).join(', ')} may ${action}, but not outside its reach.`,
  };
}

/** The scope a new or existing assignment sits in, as a target. */
export interface AssignmentScope {
  role: PortalRole;
  target: Target | null;
}

/**
 * ES-2: who manages a portal role. ROOT is never granted through the API (bootstrap only); only ROOT manages
 * SUPPORT; otherwise a role that sees portal users manages strictly lower roles within its reach.
 */
export function manageDecision(actor: readonly AssignmentFacts[], scope: AssignmentScope): PortalDecision {
  if (scope.role === PortalRole.ROOT)
    return { allowed: false, decidedBy: null, reason: 'Denied: ROOT is assigned only by the bootstrap step.' };
  const decidedBy =
    byRank(actor).find((a) => {
      if (a.role === PortalRole.ROOT) return true;
      if (scope.role === PortalRole.SUPPORT || !managesPortalUsers(a.role)) return false;
      if (PORTAL_ROLE_RANK[a.role] <= PORTAL_ROLE_RANK[scope.role]) return false;
      return scope.target !== null && reaches(a, scope.target);
    }) ?? null;
  if (decidedBy)
    return { allowed: true, decidedBy, reason: `Allowed: ${decidedBy.role} manages ${scope.role} within its reach.` };
  return {
    allowed: false,
    decidedBy: null,
    reason:
      scope.role === PortalRole.SUPPORT
        ? 'Denied: only ROOT manages SUPPORT.'
        : `Denied: no role above ${scope.role} reaches that scope.`,
  };
}

/** The role's scope kind (for validating which of serverId, conduitId, customerId an assignment names). */
export const scopeOf = (role: PortalRole) => PORTAL_ROLE_SCOPE[role];

/** Where an existing assignment sits, as the scope a manager must reach. */
export function scopeOfAssignment(a: AssignmentFacts): AssignmentScope {
  if (a.role === PortalRole.ROOT || !a.serverId) return { role: a.role, target: null };
  return { role: a.role, target: { serverId: a.serverId, conduitId: a.conduitId, customerId: a.customerId } };
}
