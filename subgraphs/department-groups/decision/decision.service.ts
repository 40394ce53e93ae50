import {
  answer,
  explained,
  resourceRawId,
  UNKNOWN_RESOURCE,
  type DecisionAnswer,
  type DecisionQuestion,
} from '../../common/access/capability';
import type { Viewer } from '../../common/auth/tokens';
import {
  decide,
  decideChat,
  decideDepartment,
  departmentsShownTo,
  OPERATIONS,
  type DepartmentLayout,
  type Operation,
} from '../access/decide';
import type { AccessFacts } from '../access/access-facts';
import { decide as decideGrant } from '../access/grants';

/** The live-chat operation each action is (LHC-5…LHC-7), decided by this subgraph's one `decide()`. */
export const LIVECHAT_ACTIONS: Readonly<Record<string, Operation>> = {
  LIVECHAT_CREATE_DEPARTMENT: 'department.create',
  LIVECHAT_CREATE_OPERATOR: 'operator.create',
  LIVECHAT_EDIT_OPERATOR: 'operator.edit',
  LIVECHAT_CONFIGURE: 'organization.configure',
  LIVECHAT_START_CHAT: 'chat.start',
  LIVECHAT_READ_CHATS: 'chat.read',
  LIVECHAT_SEE_PERMISSIONS: 'permissions.see',
  LIVECHAT_READ_CHAT: 'chat.read',
  LIVECHAT_POST_CHAT_MESSAGE: 'chat.post',
  LIVECHAT_EDIT_DEPARTMENT: 'department.edit',
  LIVECHAT_DELETE_DEPARTMENT: 'department.delete',
};

/** What answering reads, through the request's loaders. */
export interface LiveChatDecisionFacts {
  facts(organizationId: string, accountId: string): Promise<AccessFacts | null>;
  layout(organizationId: string): Promise<DepartmentLayout>;
  chat(id: string): Promise<{ organizationId: string; departmentId: string } | null>;
  department(id: string): Promise<{ id: string; organizationId: string } | null>;
}

/**
 * X-2 for live chat: the operation's `decide()` (chats: `decideChat`, with LHC-5) over the asked account's facts.
 * An organization the caller is not a member of, or a chat or department it cannot see, answers like an unknown id; another
 * account's access is seen by the organization's owners and administrators (LHC-7, as `effectivePermissions`).
 * Grants: the user group → role → grant giving the LHC function; missing: that function, or the LiveChat seat.
 */
export async function answerLiveChatQuestion(
  viewer: Viewer,
  read: LiveChatDecisionFacts,
  key: string,
  q: DecisionQuestion,
): Promise<DecisionAnswer> {
  const operation = LIVECHAT_ACTIONS[q.action]!;
  const onChat = q.action === 'LIVECHAT_READ_CHAT' || q.action === 'LIVECHAT_POST_CHAT_MESSAGE';
  const onDepartment = operation === 'department.edit' || operation === 'department.delete';
  const rawId = resourceRawId(q.resourceId, onChat ? 'Chat' : onDepartment ? 'Department' : 'Organization');
  const chat = onChat && rawId ? await read.chat(rawId) : null;
  const department = onDepartment && rawId ? await read.department(rawId) : null;
  const organizationId = onChat ? chat?.organizationId : onDepartment ? department?.organizationId : rawId;
  if (!organizationId) return answer(key, q, UNKNOWN_RESOURCE);
  const [mine, layout] = await Promise.all([read.facts(organizationId, viewer.accountId), read.layout(organizationId)]);
  if (!mine || mine.primaryRole === null) return answer(key, q, UNKNOWN_RESOURCE);
  if (chat && !decideChat(mine, layout, 'chat.read', chat.departmentId).allowed)
    return answer(key, q, UNKNOWN_RESOURCE);
  // LHC-5: a department the caller does not see answers like an unknown id, as the mutation's NOT_FOUND does.
  if (department && !mine.administers && !departmentsShownTo(mine, layout).has(department.id))
    return answer(key, q, UNKNOWN_RESOURCE);
  const self = q.accountId === viewer.accountId;
  if (!self && !mine.administers) return answer(key, q, UNKNOWN_RESOURCE, true);
  const asked = self ? mine : await read.facts(organizationId, q.accountId);
  if (!asked || asked.primaryRole === null)
    return answer(key, q, explained({ allowed: false, reason: 'the account is not a member' }, [], ['membership']));
  const decision = chat
    ? decideChat(asked, layout, operation as 'chat.read' | 'chat.post', chat.departmentId)
    : department
      ? decideDepartment(asked, layout, operation as 'department.edit' | 'department.delete', department.id)
      : decide(asked, operation);
  const lhc = OPERATIONS[operation].lhc;
  const byGrant = lhc ? decideGrant(asked.grants, lhc[0], lhc[1]) : null;
  const grants = asked.administers
    ? [`${asked.primaryRole} configures live chat`]
    : (byGrant?.decidedBy ?? []).map((g) => `${g.userGroupName} → ${g.roleName} → ${g.module}/${g.function}`);
  const missing = asked.administers ? [] : byGrant?.missing ? [byGrant.missing] : [];
  if (!decision.allowed && missing.length === 0) missing.push(decision.reason);
  return answer(key, q, explained(decision, grants, missing));
}
