import { DECISION_ANSWER, decisionAnswerPolicy } from '../common/access/decision.type';
import {
  authenticated,
  memoDecision,
  organizationIdOf,
  stringProp,
  type Policy,
  type PolicyInput,
  type PolicyTable,
} from '../common/access/policy';
import { isUuid } from '../common/loaders';
import { organizationPermission } from '../common/organization-access';
import { decide, decideChat, type Operation } from './access/decide';
import type { ChatEntity } from './chat/chat.entity';
import { pairKey } from './access/access-facts';
import type { DepartmentGroupsContext } from './department-groups.context';

type Ctx = DepartmentGroupsContext;

/**
 * An operation of this subgraph, decided by the same `decide()` its in-transaction re-check calls, over the
 * caller's facts read through the request's loaders. The organization comes from the shared convention; an
 * operator change's target (`input.accountId`) is passed too, so that nobody edits their own grants.
 */
function operation(op: Operation, withTarget = false): Policy<Ctx> {
  return (input) => {
    const organizationId = organizationIdOf(input);
    const viewer = input.ctx.viewer;
    if (!viewer || !organizationId) return false;
    const targetAccountId = withTarget ? (stringProp(input.args.input, 'accountId') ?? '') : undefined;
    return memoDecision(
      input.ctx,
      `dg:${op}|${organizationId}|${viewer.accountId}|${targetAccountId ?? ''}`,
      async () => {
        const facts = await input.ctx.loaders.viewerFacts(organizationId);
        if (!facts) return false;
        const target =
          targetAccountId && isUuid(targetAccountId)
            ? await input.ctx.loaders.accessFacts.load(pairKey(organizationId, targetAccountId))
            : null;
        return decide(facts, op, { targetAccountId, targetPrimaryRole: target?.primaryRole ?? null }).allowed;
      },
    );
  };
}

/** The chat a field is about: the root argument, the Chat itself, or a message's chat. */
async function chatOf(input: PolicyInput<Ctx>): Promise<ChatEntity | null> {
  const type = input.info.parentType.name;
  if (type === 'Chat') return input.source as ChatEntity;
  const id =
    type === 'ChatMessage'
      ? stringProp(input.source, 'chatId')
      : (stringProp(input.args, 'id') ?? stringProp(input.args.input, 'chatId'));
  return id ? input.ctx.loaders.chatById.load(id) : null;
}

/** A chat operation on one chat: the operation's rule and LHC-5 (the caller sees the chat's department). */
function onChat(op: 'chat.read' | 'chat.post'): Policy<Ctx> {
  return async (input) => {
    if (!input.ctx.viewer) return false;
    const chat = await chatOf(input);
    if (!chat) return false;
    const [facts, layout] = await Promise.all([
      input.ctx.loaders.viewerFacts(chat.organizationId),
      input.ctx.loaders.layoutByOrganizationId.load(chat.organizationId),
    ]);
    return facts ? decideChat(facts, layout, op, chat.departmentId).allowed : false;
  };
}

/**
 * LHC-7: an account's effective permissions (and decisions about them) are seen by the organization's owners and
 * administrators (configuration), and always by the account itself while a member (issue 13: a member without
 * `lhpermission/see_permissions` or a LiveChat seat was refused its own list).
 */
const seePermissions: Policy<Ctx> = async (input) => {
  const { ctx, args, source, info } = input;
  if (!ctx.viewer) return false;
  const onAccount = info.parentType.name === 'Account';
  const organizationId = onAccount ? stringProp(args, 'organizationId') : stringProp(args.input, 'organizationId');
  const accountId = onAccount ? stringProp(source, 'id') : stringProp(args.input, 'accountId');
  if (!organizationId || !accountId) return false;
  const facts = await ctx.loaders.viewerFacts(organizationId);
  if (!facts || facts.primaryRole === null) return false;
  // LHC-7 "where each comes from": a member always reads its own effective permissions (issue 13), whatever it holds.
  if (accountId.toLowerCase() === ctx.viewer.accountId) return true;
  return facts.administers && decide(facts, 'permissions.see').allowed;
};

/** The department-groups subgraph's permission table: every `@requiresPermission` name it uses. */
export const departmentGroupsPolicies: PolicyTable<Ctx> = {
  authenticated,
  [DECISION_ANSWER]: decisionAnswerPolicy,
  'organization:read': organizationPermission<Ctx>('organization:read'),
  'organization:administer': organizationPermission<Ctx>('organization:administer'),
  'livechat:configure': operation('organization.configure'),
  'lhdepartment:create': operation('department.create'),
  'lhdepartment:edit': operation('department.edit'),
  'lhdepartment:delete': operation('department.delete'),
  'lhuser:createuser': operation('operator.create', true),
  'lhuser:edituser': operation('operator.edit', true),
  'livechat:chats': operation('chat.read'),
  'livechat:chat:start': operation('chat.start'),
  'chat:read': onChat('chat.read'),
  'chat:post': onChat('chat.post'),
  'lhpermission:see_permissions': seePermissions,
};
