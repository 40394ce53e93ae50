import {
  answer,
  explained,
  PORTAL_ACTION_ROWS,
  portalActionName,
  resourceRawId,
  UNKNOWN_RESOURCE,
  type DecisionAnswer,
  type DecisionQuestion,
} from '../../common/access/capability';
import type { Viewer } from '../../common/auth/tokens';
import { hasPortalAccess, type PortalAction } from '../access/portal.matrix';
import {
  assignmentReadDecision,
  decide,
  decisionAsSeenBy,
  reaches,
  type AssignmentFacts,
  type Target,
} from '../access/reach';

const ROWS = new Map(PORTAL_ACTION_ROWS.map((row) => [portalActionName(row), row as PortalAction]));

/** What answering reads, through the request's loaders. */
export interface PortalDecisionFacts {
  /** The customer, conduit or server an id names, as a target (null: none). */
  target(kind: 'Customer' | 'SalesConduit' | 'Server', id: string): Promise<Target | null>;
  assignments(accountId: string): Promise<AssignmentFacts[]>;
}

/**
 * X-2 for the reseller hierarchy: `decide` (ES-3 within ES-2, the rule of every portal field policy and re-check)
 * over the asked account's assignments. A customer, conduit or server the caller's roles do not reach answers
 * like an unknown id; another account's answer needs the "view portal users" cell there (as `portalDecision`),
 * and names only roles and assignments the caller may read (`decisionAsSeenBy`).
 */
export async function answerPortalQuestion(
  viewer: Viewer,
  read: PortalDecisionFacts,
  key: string,
  q: DecisionQuestion,
): Promise<DecisionAnswer> {
  const action = ROWS.get(q.action)!;
  let target: Target | null = null;
  for (const kind of ['Customer', 'SalesConduit', 'Server'] as const) {
    const id = resourceRawId(q.resourceId, kind);
    target = id ? await read.target(kind, id) : null;
    if (target) break;
  }
  const mine = await read.assignments(viewer.accountId);
  if (!target || !mine.some((a) => hasPortalAccess(a.role) && reaches(a, target)))
    return answer(key, q, UNKNOWN_RESOURCE);
  const self = q.accountId === viewer.accountId;
  const seeUsers: PortalAction = target.customerId
    ? 'view:portal_users_customer'
    : target.conduitId
      ? 'view:portal_users_conduit'
      : 'view:portal_users';
  if (!self && !decide(mine, seeUsers, [target]).allowed) return answer(key, q, UNKNOWN_RESOURCE, true);
  const asked = self ? mine : await read.assignments(q.accountId);
  const seen = decisionAsSeenBy(
    decide(asked, action, [target]),
    asked,
    (a) => assignmentReadDecision(mine, viewer.accountId, a).allowed,
    self,
    action,
  );
  const by = seen.decidedBy;
  return answer(
    key,
    q,
    explained(seen, by ? [`${by.role} (assignment ${by.id})`] : [], [`a portal role with ${action} reaching it`]),
  );
}
