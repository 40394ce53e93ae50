import type { Decision } from '../../common/access/kernel';
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

/** The answer of a portal decision: the kernel's Decision, with the assignment that decided. */
export interface PortalDecision extends Decision {
  /** The assignment that allowed it (the highest-ranked one that does). */
  decidedBy: AssignmentFacts | null;
}

const portalAllow = (decidedBy: AssignmentFacts, reason: string): PortalDecision => ({
  allowed: true,
  decidedBy,
  reason,
});
const portalDeny = (reason: string): PortalDecision => ({ allowed: false, decidedBy: null, reason });

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

/** ES-2: servers are created by ROOT alone. */
export function rootDecision(actor: readonly AssignmentFacts[]): PortalDecision {
  const root = actor.find((a) => a.role === PortalRole.ROOT);
  return root ? portalAllow(root, 'Allowed: ROOT.') : portalDeny('Denied: only ROOT does this.');
}

/** ES-1/ES-2: a sales conduit is created by ROOT, or by SUPPORT of its server. */
export function conduitManageDecision(actor: readonly AssignmentFacts[], server: Target): PortalDecision {
  const decidedBy =
    byRank(actor).find(
      (a) => (a.role === PortalRole.ROOT || a.role === PortalRole.SUPPORT) && reaches(a, { serverId: server.serverId }),
    ) ?? null;
  return decidedBy
    ? portalAllow(decidedBy, `Allowed: ${decidedBy.role} manages the conduits of the server.`)
    : portalDeny('Denied: only ROOT or SUPPORT of the server creates its conduits.');
}

/** The "view portal users" cell for an assignment's scope: its customer, its conduit, its server; ROOT's only for roots. */
export function viewActionFor(role: PortalRole): PortalAction | null {
  if (role === PortalRole.ROOT) return null;
  if (role === PortalRole.SUPPORT) return 'view:portal_users';
  return role === PortalRole.CONDUIT_ADMIN || role === PortalRole.SALES_REP || role === PortalRole.CUSTOMER_MANAGER
    ? 'view:portal_users_conduit'
    : 'view:portal_users_customer';
}

/**
 * ES-3 View "portal users" rows: an assignment is read by its own account, by ROOT, and by whoever's View cell for
 * its scope (server, conduit or customer) reaches it. The field policy of every PortalRoleAssignment field and the
 * filter of every list of portal users call this one function, so a list shows an assignment whole or not at all.
 */
export function assignmentReadDecision(
  mine: readonly AssignmentFacts[],
  viewerAccountId: string,
  a: AssignmentFacts,
): PortalDecision {
  if (a.accountId === viewerAccountId) return { allowed: true, decidedBy: null, reason: 'Allowed: your own role.' };
  const root = mine.find((m) => m.role === PortalRole.ROOT);
  if (root) return portalAllow(root, 'Allowed: ROOT.');
  const scope = scopeOfAssignment(a);
  const action = viewActionFor(a.role);
  if (action === null || scope.target === null) return portalDeny('Denied: only ROOT sees this portal user.');
  return decide(mine, action, [scope.target]);
}

/** Those of `list` the caller may read whole (ES-3 whole-or-omit: never an id with null fields). */
export function readableAssignments(
  mine: readonly AssignmentFacts[],
  viewerAccountId: string,
  list: readonly AssignmentFacts[],
): AssignmentFacts[] {
  return list.filter((a) => assignmentReadDecision(mine, viewerAccountId, a).allowed);
}

/**
 * a decision as the caller may see it. About the caller itself, or when the caller may read every assignment
 * of the account asked about, the whole decision (roles, deciding assignment). Otherwise the reason names no role
 * and no assignment id, and `decidedBy` is shown only when the caller may read that assignment.
 */
export function decisionAsSeenBy(
  decision: PortalDecision,
  subject: readonly AssignmentFacts[],
  canSee: (a: AssignmentFacts) => boolean,
  self: boolean,
  action: PortalAction,
): PortalDecision {
  if (self || subject.every(canSee)) return decision;
  if (!decision.allowed)
    return portalDeny(`Denied: no portal role of the account may ${action} there (some roles are outside your reach).`);
  if (decision.decidedBy && canSee(decision.decidedBy)) {
    const by = decision.decidedBy;
    return portalAllow(by, `Allowed: ${by.role} (assignment ${by.id}) may ${action} within its reach.`);
  }
  return { allowed: true, decidedBy: null, reason: `Allowed by a portal role outside your reach.` };
}

/** Where an action reaches, as sets a list statement can filter by (issue 13: lists paged in SQL). */
export interface ReachSets {
  /** ROOT: everywhere. */
  everywhere: boolean;
  serverIds: string[];
  conduitIds: string[];
  customerIds: string[];
}

/**
 * The customers `reaches` lets an action touch, as id sets: a customer is within when its server, its conduit or
 * itself is listed (or `everywhere`). It is `reaches` read per role, so a list can page in SQL; every listed row is
 * still passed through `decide` by the caller, so this can only narrow what `decide` allows, never widen it.
 */
export function customerReachSets(assignments: readonly AssignmentFacts[], action: PortalAction): ReachSets {
  const sets: ReachSets = { everywhere: false, serverIds: [], conduitIds: [], customerIds: [] };
  for (const a of assignments) {
    if (!roleAllows(a.role, action)) continue;
    switch (a.role) {
      case PortalRole.ROOT:
        sets.everywhere = true;
        break;
      case PortalRole.SUPPORT:
        if (a.serverId) sets.serverIds.push(a.serverId);
        break;
      case PortalRole.CONDUIT_ADMIN:
        if (a.conduitId) sets.conduitIds.push(a.conduitId);
        break;
      case PortalRole.SALES_REP:
      case PortalRole.CUSTOMER_MANAGER:
        sets.customerIds.push(...a.customerIds);
        break;
      case PortalRole.CUSTOMER_ADMIN:
      case PortalRole.CUSTOMER_TECHNICAL:
        if (a.customerId) sets.customerIds.push(a.customerId);
        break;
      default:
        break;
    }
  }
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  return {
    everywhere: sets.everywhere,
    serverIds: sorted(sets.serverIds),
    conduitIds: sorted(sets.conduitIds),
    customerIds: sorted(sets.customerIds),
  };
}
