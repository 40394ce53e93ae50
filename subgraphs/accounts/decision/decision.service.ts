import {
  answer,
  DECISION_ACTIONS,
  DECISION_TYPE_NAMES,
  encodeDecisionKey,
  explained,
  MAX_DECISION_REQUESTS,
  resourceRawId,
  UNKNOWN_RESOURCE,
  type DecisionAnswer,
  type DecisionQuestion,
} from '../../common/access/capability';
import type { Viewer } from '../../common/auth/tokens';
import { ValidationError } from '../../common/errors';
import { decodeUuid } from '../../common/federation/global-id';
import { organizationDecision, roleGrants, type MembershipFacts } from '../../common/organization-access';
import { accountsActionPermission, decideAccountsAction, type AccountsAction } from '../access/membership.access';

/** What answering accounts questions reads, each through a per-request loader (one statement per kind). */
export interface AccountsDecisionFacts {
  viewerMembership(organizationId: string): Promise<MembershipFacts | null>;
  membershipById(id: string): Promise<MembershipFacts | null>;
  membershipOf(organizationId: string, accountId: string): Promise<MembershipFacts | null>;
}

/** A stub of another domain's decision entity: its owner answers it through `_entities`. */
export interface DecisionStub {
  __typename: string;
  key: string;
}

/**
 * The questions of `decisions`, validated: at most {@link MAX_DECISION_REQUESTS}, each account id decoded
 * (the caller when omitted). Every answer is keyed by its question, so the owning subgraph answers from the key.
 */
export function decisionQuestions(
  viewer: Viewer,
  requests: ReadonlyArray<{ action: string; resourceId: string; accountId?: string | null }>,
): Array<DecisionQuestion & DecisionStub> {
  if (requests.length === 0) throw new ValidationError('requests', 'Ask at least one question');
  if (requests.length > MAX_DECISION_REQUESTS)
    throw new ValidationError('requests', `At most ${MAX_DECISION_REQUESTS} questions per call`);
  return requests.map((r, i) => {
    const spec = DECISION_ACTIONS[r.action];
    if (!spec) throw new ValidationError(`requests.${i}.action`, 'Unknown action');
    if (typeof r.resourceId !== 'string' || r.resourceId.length === 0 || r.resourceId.length > 600)
      throw new ValidationError(`requests.${i}.resourceId`, 'resourceId is not a valid id');
    const accountId =
      r.accountId == null ? viewer.accountId : decodeUuid(`requests.${i}.accountId`, r.accountId, 'Account');
    const q = { action: r.action, resourceId: r.resourceId, accountId };
    return { ...q, __typename: DECISION_TYPE_NAMES[spec.domain], key: encodeDecisionKey(q) };
  });
}

/**
 * X-2 for accounts, by `decideAccountsAction` (the mutations' rule). A resource the caller cannot see (not a
 * member of its organization) answers exactly like an unknown one; a question about another account needs
 * `organization:administer` there (who manages its members), else its answer fields are FORBIDDEN.
 */
export async function answerAccountsQuestion(
  viewer: Viewer,
  facts: AccountsDecisionFacts,
  key: string,
  q: DecisionQuestion,
): Promise<DecisionAnswer> {
  const action = q.action as AccountsAction;
  const onMembership = DECISION_ACTIONS[action]?.resource === 'Membership';
  const rawId = resourceRawId(q.resourceId, onMembership ? 'Membership' : 'Organization');
  const target = onMembership && rawId ? await facts.membershipById(rawId) : null;
  const organizationId = onMembership ? target?.organizationId : rawId;
  const mine = organizationId ? await facts.viewerMembership(organizationId) : null;
  if (!organizationId || !mine || (onMembership && !target)) return answer(key, q, UNKNOWN_RESOURCE);
  const self = q.accountId === viewer.accountId;
  if (!self && !organizationDecision(mine.primaryRole, 'organization:administer').allowed)
    return answer(key, q, UNKNOWN_RESOURCE, true);
  const asked = self ? mine : await facts.membershipOf(organizationId, q.accountId);
  const decision = decideAccountsAction(action, asked, onMembership ? target : asked);
  const permission = accountsActionPermission(action);
  const holds = roleGrants(asked?.primaryRole, permission);
  return answer(
    key,
    q,
    explained(
      decision,
      asked ? [`${asked.primaryRole} holds ${permission}`] : [],
      holds ? [] : [asked ? permission : 'membership'],
    ),
  );
}
