import { allow, deny, type Decision } from '../../common/access/kernel';
import { ALL_FUNCTIONS } from '../catalogue/permission-catalogue';
import { departmentsVisibleTo, type AccessFacts } from './access-facts';
import {
  departmentScope,
  grantCovers,
  hasFunction,
  visibleDepartmentIds,
  type DepartmentGroupFacts,
  type Grant,
} from './grants';
import { LIVECHAT_SECONDARY_ROLES } from './live-chat';
import { decideActOnMember, PrimaryRole } from '../../common/organization-access';

/** Whose grants an operator change edits: the account, and its primary role when known (null: not a member). */
export interface OperatorTarget {
  targetAccountId?: string;
  targetPrimaryRole?: PrimaryRole | null;
}

/** The departments and department groups of an organization (LHC-5 needs them). */
export interface DepartmentLayout {
  departmentIds: string[];
  groups: DepartmentGroupFacts[];
}

/** Every operation of this subgraph that a rule decides. */
export type Operation =
  | 'chat.read'
  | 'chat.post'
  | 'chat.start'
  | 'department.create'
  | 'department.edit'
  | 'department.delete'
  | 'operator.create'
  | 'operator.edit'
  | 'permissions.see'
  | 'organization.configure';

/** How one operation is decided. */
export interface OperationRule {
  /**
   * `operate`: using live chat (chats, messages). Everyone, organization owners included, needs the LiveChat
   * product for it (GA-9, LC-1). `configure`: setting the organization up (departments, groups, roles, who is an
   * operator). Owners and administrators configure without a LiveChat role; anyone else does it as an operator
   * (through an LHC function), and so needs the LiveChat product too.
   */
  kind: 'operate' | 'configure';
  /** The LHC function (LHC-3, LHC-4) that lets a non-administrator do it; null: owners and administrators only. */
  lhc: readonly [module: string, fn: string] | null;
  /** LiveChat custom-role permissions, any of which allows it (LC-2); empty: an active LiveChat role suffices. */
  liveChat: readonly string[];
}

/** The rules as data (STYLE 5): the field policies, the in-transaction re-checks and decisions all read this. */
export const OPERATIONS: Readonly<Record<Operation, OperationRule>> = {
  'chat.read': {
    kind: 'operate',
    lhc: ['lhchat', 'use'],
    liveChat: ['conversations.live', 'inbox.use', 'history.view'],
  },
  'chat.post': { kind: 'operate', lhc: ['lhchat', 'use'], liveChat: ['conversations.live', 'inbox.use'] },
  'chat.start': { kind: 'operate', lhc: ['lhchat', 'use'], liveChat: ['conversations.live'] },
  'department.create': { kind: 'configure', lhc: ['lhdepartment', 'create'], liveChat: [] },
  // Seed 001's Managers role: `lhdepartment/edit` ("Permission to edit department"), `lhdepartment/delete`.
  'department.edit': { kind: 'configure', lhc: ['lhdepartment', 'edit'], liveChat: [] },
  'department.delete': { kind: 'configure', lhc: ['lhdepartment', 'delete'], liveChat: [] },
  'operator.create': { kind: 'configure', lhc: ['lhuser', 'createuser'], liveChat: [] },
  'operator.edit': { kind: 'configure', lhc: ['lhuser', 'edituser'], liveChat: [] },
  'permissions.see': { kind: 'configure', lhc: ['lhpermission', 'see_permissions'], liveChat: [] },
  'organization.configure': { kind: 'configure', lhc: null, liveChat: [] },
};

/** GA-9 and LC-1 as one check: LiveChat enabled here, an active LiveChat secondary role. Null when it holds. */
export function liveChatRefusal(facts: AccessFacts): Decision | null {
  const seat = facts.liveChat;
  if (!seat) return deny('you hold no LiveChat role in this organization, or LiveChat is not enabled here (GA-9)');
  if (!LIVECHAT_SECONDARY_ROLES.includes(seat.role)) return deny('you hold no LiveChat secondary role (GA-9)');
  if (!seat.active) return deny('your LiveChat user is deactivated (LC-1)');
  return null;
}

/**
 * The one rule of every operation of this subgraph (STYLE 5): organization membership, then owners and
 * administrators configure freely, everyone else needs the LHC function; operating (and configuring as an
 * operator) needs the LiveChat product and, for chats, one of the custom-role permissions the operation names.
 * `target`: whose grants an operator change edits; nobody edits their own, nor those of a higher organization
 * rank, nor a peer administrator ({@link decideActOnMember}, the rule accounts and product-roles decide with).
 */
export function decide(facts: AccessFacts, operation: Operation, target: OperatorTarget = {}): Decision {
  if (facts.primaryRole === null) return deny('you are not a member of this organization');
  if (target.targetAccountId !== undefined && target.targetAccountId === facts.accountId)
    return deny('nobody edits their own grants');
  if (target.targetPrimaryRole !== undefined) {
    const rank = decideActOnMember(facts.primaryRole, target.targetPrimaryRole);
    if (!rank.allowed) return rank;
  }
  const rule = OPERATIONS[operation];
  if (facts.administers && rule.kind === 'configure')
    return allow(`the organization's owners and administrators configure live chat without a LiveChat role`);
  if (!facts.administers) {
    if (!rule.lhc) return deny("only the organization's owners and administrators may do this");
    const [module, fn] = rule.lhc;
    if (!hasFunction(facts.grants, module, fn)) return deny(`missing ${module}/${fn}`);
  }
  const refusal = liveChatRefusal(facts);
  if (refusal) return refusal;
  if (rule.liveChat.length && !rule.liveChat.some((p) => facts.liveChat!.permissions.includes(p)))
    return deny(`your LiveChat role grants none of ${rule.liveChat.join(', ')}`);
  return allow(
    facts.administers
      ? `your primary role ${facts.primaryRole} and your LiveChat role allow it`
      : `${rule.lhc!.join('/')} and your LiveChat role allow it`,
  );
}

/**
 * The departments shown to the caller (LHC-5): seeing a department is live-chat access, so anyone but the
 * organization's owners and administrators (who configure every department without a LiveChat role) sees none
 * without LiveChat enabled and an active LiveChat role (GA-9, LC-1), on the very next request.
 */
export function departmentsShownTo(facts: AccessFacts, layout: DepartmentLayout): Set<string> {
  if (!facts.administers && liveChatRefusal(facts)) return new Set();
  return departmentsVisibleTo(facts, layout);
}

/** A chat operation on a chat of a department: the operation's rule, then LHC-5 (the caller sees the department). */
export function decideChat(
  facts: AccessFacts,
  layout: DepartmentLayout,
  operation: 'chat.read' | 'chat.post' | 'chat.start',
  departmentId: string,
): Decision {
  const decision = decide(facts, operation);
  if (!decision.allowed) return decision;
  if (!departmentsVisibleTo(facts, layout).has(departmentId))
    return deny('you do not see the department of this chat (LHC-5)');
  return decision;
}

/**
 * Renaming or deleting one department: the operation's rule, then LHC-5 for anyone but owners and administrators
 * (a holder of `lhdepartment/edit|delete` acts only on departments it sees). A department the caller does not see
 * answers like an unknown one (NOT_FOUND in the service; `viewerCan…` false).
 */
export function decideDepartment(
  facts: AccessFacts,
  layout: DepartmentLayout,
  operation: 'department.edit' | 'department.delete',
  departmentId: string,
): Decision {
  const decision = decide(facts, operation);
  if (!decision.allowed) return decision;
  if (!facts.administers && !departmentsVisibleTo(facts, layout).has(departmentId))
    return deny('you do not see this department (LHC-5)');
  return decision;
}

/**
 * Removing an operator (ending its live-chat grants in the organization, not its membership): `operator.edit` on
 * the target (never oneself, never a higher organization rank), then LHC-6 for a team leader: every user group of
 * the target is one the leader's groups work with, and every department group it loses is one the leader may
 * assign (its own with `lhuser/assign_to_own_department_group`, any with `lhdepartment/managegroups`). The same
 * function answers `Operator.viewerCanRemove` and re-checks `removeOperator` in its transaction.
 */
export function decideOperatorRemoval(actor: AccessFacts, target: AccessFacts | null | undefined): Decision {
  const decision = decide(actor, 'operator.edit', {
    targetAccountId: target?.accountId ?? '',
    targetPrimaryRole: target?.primaryRole ?? null,
  });
  if (!decision.allowed || actor.administers) return decision;
  if (!target) return deny('that account is not an operator here');
  if (target.userGroupIds.some((g) => !actor.workWithGroupIds.includes(g)))
    return deny('this user is in user groups your groups cannot work with (LHC-6)');
  if (target.departmentGroupIds.length && !hasFunction(actor.grants, 'lhdepartment', 'managegroups')) {
    const own = hasFunction(actor.grants, 'lhuser', 'assign_to_own_department_group');
    if (!own || target.departmentGroupIds.some((d) => !actor.departmentGroupIds.includes(d)))
      return deny('this user has department groups you may not assign (LHC-6)');
  }
  return decision;
}

/**
 * The LHC functions this subgraph enforces: granting one of them grants access here. The grant ceiling is
 * measured on these (the seed's other functions are the live-chat client's; see README).
 */
export const ENFORCED_FUNCTIONS: ReadonlyArray<readonly [string, string]> = [
  ['lhchat', 'use'],
  ['lhdepartment', 'create'],
  ['lhdepartment', 'edit'],
  ['lhdepartment', 'delete'],
  ['lhdepartment', 'managegroups'],
  ['lhdepartment', 'see_all'],
  ['lhuser', 'createuser'],
  ['lhuser', 'edituser'],
  ['lhuser', 'assign_to_own_department_group'],
  ['lhpermission', 'see_permissions'],
];

/**
 * Grant ceiling (issue 9, item 4): nobody grants what they do not hold. Owners and administrators hold
 * everything. Anyone else may put a user only in groups whose roles grant enforced functions the actor holds
 * itself (a module's `*` only when it holds that `*`), and `lhdepartment/see_all` only over departments the actor
 * sees (LHC-5).
 */
export function decideGrantCeiling(actor: AccessFacts, layout: DepartmentLayout, granted: readonly Grant[]): Decision {
  if (actor.administers) return allow('owners and administrators hold every function');
  const missing = new Set<string>();
  const seen = departmentsVisibleTo(actor, layout);
  for (const grant of granted) {
    // `*` grants every function of its module, enforced ones added later included: only a holder of `*` gives it.
    if (grant.function === ALL_FUNCTIONS && ENFORCED_FUNCTIONS.some(([m]) => m === grant.module)) {
      if (!hasFunction(actor.grants, grant.module, ALL_FUNCTIONS)) missing.add(`${grant.module}/${ALL_FUNCTIONS}`);
      continue;
    }
    for (const [module, fn] of ENFORCED_FUNCTIONS) {
      if (!grantCovers(grant, module, fn)) continue;
      if (module === 'lhdepartment' && fn === 'see_all') {
        const shown = visibleDepartmentIds(departmentScope([grant]), layout.departmentIds, layout.groups, []);
        if ([...shown].some((d) => !seen.has(d))) missing.add('lhdepartment/see_all over departments you do not see');
      } else if (!hasFunction(actor.grants, module, fn)) missing.add(`${module}/${fn}`);
    }
  }
  return missing.size
    ? deny(`you cannot grant what you do not hold: ${[...missing].join(', ')}`)
    : allow('you hold every function these groups grant');
}
