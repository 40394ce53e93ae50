import {
  authenticated,
  organizationIdOf,
  stringProp,
  type Policy,
  type PolicyInput,
  type PolicyTable,
} from '../common/access/policy';
import { organizationPermission } from '../common/organization-access';
import type { ChatEntity } from './chat/chat.entity';
import type { DepartmentGroupsContext } from './department-groups.context';
import { hasFunction } from './permission/grants';

type Ctx = DepartmentGroupsContext;

/**
 * A live-chat function (LHC-4: the union of the caller's groups' roles), or organization administration, which
 * manages everything in its organization. The organization comes from the shared convention.
 */
function lhcFunction(module: string, fn: string): Policy<Ctx> {
  return async (input) => {
    const organizationId = organizationIdOf(input);
    if (!input.ctx.viewer || !organizationId) return false;
    const facts = await input.ctx.loaders.viewerFacts(organizationId);
    if (!facts || facts.primaryRole === null) return false;
    return facts.administers || hasFunction(facts.grants, module, fn);
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

/** LHC-5: a chat is read by owners and administrators, and by chat users who see its department. */
const chatRead: Policy<Ctx> = async (input) => {
  if (!input.ctx.viewer) return false;
  const chat = await chatOf(input);
  if (!chat) return false;
  const facts = await input.ctx.loaders.viewerFacts(chat.organizationId);
  if (!facts || facts.primaryRole === null) return false;
  if (facts.administers) return true;
  if (!hasFunction(facts.grants, 'lhchat', 'use')) return false;
  return (await input.ctx.loaders.viewerVisibleDepartments(chat.organizationId)).has(chat.departmentId);
};

/**
 * LHC-7: an account's effective permissions (and decisions about them) are seen by the account itself with
 * `lhpermission/see_permissions`, and by the organization's owners and administrators.
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
  if (facts.administers) return true;
  return accountId === ctx.viewer.accountId && hasFunction(facts.grants, 'lhpermission', 'see_permissions');
};

/** The department-groups subgraph's permission table: every `@requiresPermission` name it uses. */
export const departmentGroupsPolicies: PolicyTable<Ctx> = {
  authenticated,
  'organization:read': organizationPermission<Ctx>('organization:read'),
  'organization:administer': organizationPermission<Ctx>('organization:administer'),
  'lhdepartment:create': lhcFunction('lhdepartment', 'create'),
  'lhuser:createuser': lhcFunction('lhuser', 'createuser'),
  'lhuser:edituser': lhcFunction('lhuser', 'edituser'),
  'lhchat:use': lhcFunction('lhchat', 'use'),
  'chat:read': chatRead,
  'lhpermission:see_permissions': seePermissions,
};
