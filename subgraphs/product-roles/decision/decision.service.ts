import {
  answer,
  CHATBOT_CELL_ACTIONS,
  explained,
  resourceRawId,
  UNKNOWN_RESOURCE,
  type DecisionAnswer,
  type DecisionQuestion,
} from '../../common/access/capability';
import type { Decision } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { splitCompositeRawId } from '../../common/federation/global-id';
import { isUuid } from '../../common/loaders';
import type { AccessFacts, RoleHolder } from '../access/product-access.facts';
import {
  activeCompanyRole,
  decideChatbotCell,
  decideCompanyChange,
  decideProductManage,
  decideProductRead,
  decideProductSwitch,
  decideRoleChange,
  decideUserChange,
  isOrgAdmin,
} from '../access/product-access.rules';
import type { ChatbotResource, Operation } from '../chatbot/chatbot.matrix';

/** A product user as the rules see it. */
export interface ProductUserRef {
  organizationId: string;
  product: string;
  accountId: string;
}

/** A custom role as the rules see it. */
export interface CustomRoleRef {
  id: string;
  organizationId: string;
  product: string;
  permissions: string[];
  isDefault: boolean;
}

/** Every product-user action, by the mutations' own rules (LC-1, GA-9, CB-4, CB-5). */
export type ProductUserAction =
  | 'UPDATE_PRODUCT_USER'
  | 'DEACTIVATE_PRODUCT_USER'
  | 'REACTIVATE_PRODUCT_USER'
  | 'REVOKE_PRODUCT_ROLE'
  | 'CHANGE_COMPANY_ROLE'
  | 'REMOVE_COMPANY_USER';

const deny = (reason: string): Decision => ({ allowed: false, reason });

/**
 * X-7: may `actor` take this action on `target`'s product user? `decideUserChange` for the product-user
 * mutations, `decideCompanyChange` for the chatbot ones (the same calls their services re-check in the
 * transaction); chatbot users are removed only by removeCompanyUser and company roles exist only in chatbot.
 */
export function decideProductUserAction(action: ProductUserAction, actor: AccessFacts, target: AccessFacts): Decision {
  const chatbot = actor.companyRoles;
  switch (action) {
    case 'UPDATE_PRODUCT_USER':
      return decideUserChange(actor, target, { kind: 'update' });
    case 'DEACTIVATE_PRODUCT_USER':
      return decideUserChange(actor, target, { kind: 'deactivate' });
    case 'REACTIVATE_PRODUCT_USER':
      return decideUserChange(actor, target, { kind: 'reactivate' });
    case 'REVOKE_PRODUCT_ROLE':
      return chatbot
        ? deny('chatbot users are removed with removeCompanyUser')
        : decideUserChange(actor, target, { kind: 'revoke' });
    case 'CHANGE_COMPANY_ROLE':
      return chatbot
        ? decideCompanyChange(actor, target, { kind: 'custom_role', permissions: [] })
        : deny('company roles exist only in chatbot');
    case 'REMOVE_COMPANY_USER':
      return chatbot ? decideCompanyChange(actor, target, { kind: 'remove' }) : deny('only chatbot has company users');
  }
}

/** X-7 on a custom role: editing its grants or deleting it, by `decideRoleChange` (LC-2, LC-3; defaults stay). */
export function decideCustomRoleAction(
  action: 'UPDATE_PRODUCT_ROLE' | 'DELETE_PRODUCT_ROLE',
  actor: AccessFacts,
  role: CustomRoleRef,
  holders: readonly RoleHolder[],
): Decision {
  if (action === 'DELETE_PRODUCT_ROLE') {
    if (role.isDefault) return deny('default roles Admin and Operator cannot be deleted (LC-2)');
    return decideRoleChange(actor, { kind: 'delete', current: role.permissions, holders });
  }
  return decideRoleChange(actor, {
    kind: 'update',
    permissions: role.permissions,
    current: role.permissions,
    holders,
  });
}

/** What answering reads, through the request's loaders. */
export interface ProductDecisionFacts {
  facts(accountId: string, organizationId: string, product: string): Promise<AccessFacts>;
  customRole(id: string): Promise<CustomRoleRef | null>;
  holders(roleId: string): Promise<RoleHolder[]>;
}

/** The standing that gives an account its rights in a product (what an allowed answer names). */
function standing(f: AccessFacts): string[] {
  const company = activeCompanyRole(f);
  if (company) return [`chatbot company ${company}`];
  const out: string[] = [];
  if (f.primaryRole) out.push(`organization ${f.primaryRole}`);
  if (f.user?.active && f.user.customRoleName) out.push(`${f.product} role ${f.user.customRoleName}`);
  return out;
}

const CELLS = new Map(CHATBOT_CELL_ACTIONS.map(([a, r, op]) => [a, [r as ChatbotResource, op as Operation] as const]));

/**
 * X-2 for product roles: the same decide functions over the asked account's facts. A resource the caller cannot
 * read (LC-1: owners, administrators and active users of the product; chatbot: members) answers like an unknown
 * id; another account's access is seen by those who manage the product's users (LC-1, CB-4).
 */
export async function answerProductQuestion(
  viewer: Viewer,
  read: ProductDecisionFacts,
  key: string,
  q: DecisionQuestion,
): Promise<DecisionAnswer> {
  const cell = CELLS.get(q.action);
  // On a product of an organization, enabled or not (GA-8, LC-2): seen by every member, as the catalogue is.
  const onProduct = q.action === 'SWITCH_PRODUCT' || q.action === 'CREATE_PRODUCT_ROLE';
  let scope: { organizationId: string; product: string } | null = null;
  let user: ProductUserRef | null = null;
  let role: CustomRoleRef | null = null;
  if (cell) {
    const id = resourceRawId(q.resourceId, 'Organization');
    scope = id ? { organizationId: id, product: 'chatbot' } : null;
  } else if (onProduct) {
    const raw = resourceRawId(q.resourceId, 'EnabledProduct');
    const parts = raw ? splitCompositeRawId(raw, 2) : null;
    scope = parts && isUuid(parts[0]) ? { organizationId: parts[0]!.toLowerCase(), product: parts[1]! } : null;
  } else if (q.action === 'UPDATE_PRODUCT_ROLE' || q.action === 'DELETE_PRODUCT_ROLE') {
    const id = resourceRawId(q.resourceId, 'ProductCustomRole');
    role = id ? await read.customRole(id) : null;
    scope = role;
  } else {
    const raw = resourceRawId(q.resourceId, 'ProductUser');
    const parts = raw ? splitCompositeRawId(raw, 3) : null;
    user = parts ? { organizationId: parts[0]!, product: parts[1]!, accountId: parts[2]! } : null;
    scope = user;
  }
  if (!scope) return answer(key, q, UNKNOWN_RESOURCE);
  const mine = await read.facts(viewer.accountId, scope.organizationId, scope.product);
  const target = user ? await read.facts(user.accountId, user.organizationId, user.product) : null;
  const visible =
    cell || onProduct
      ? mine.primaryRole !== null
      : decideProductRead(mine).allowed || (user !== null && user.accountId === viewer.accountId);
  if (!mine.productKnown || !visible || (user && !target?.user)) return answer(key, q, UNKNOWN_RESOURCE);
  const self = q.accountId === viewer.accountId;
  if (!self && !decideProductManage(mine, 'users.manage').allowed) return answer(key, q, UNKNOWN_RESOURCE, true);
  const asked = self ? mine : await read.facts(q.accountId, scope.organizationId, scope.product);
  let decision: Decision;
  // What a refusal names as missing: the managing grant, unless the asked account holds it and is refused for
  // another reason (its own role, a higher rank, a default role): then nothing it could be given would help.
  let needs: string[];
  if (cell) {
    decision = decideChatbotCell(asked, cell[0], cell[1]);
    needs = [`chatbot ${cell[0]} ${cell[1]}`];
  } else if (q.action === 'SWITCH_PRODUCT') {
    decision = decideProductSwitch(asked);
    needs = isOrgAdmin(asked) ? [] : ['organization OWNER or ADMINISTRATOR'];
  } else if (q.action === 'CREATE_PRODUCT_ROLE') {
    decision = decideProductManage(asked, 'roles.manage');
    needs = [`${scope.product} roles.manage`];
  } else if (role) {
    decision = decideCustomRoleAction(
      q.action as 'UPDATE_PRODUCT_ROLE' | 'DELETE_PRODUCT_ROLE',
      asked,
      role,
      await read.holders(role.id),
    );
    needs = decideProductManage(asked, 'roles.manage').allowed ? [] : [`${scope.product} roles.manage`];
  } else {
    decision = decideProductUserAction(q.action as ProductUserAction, asked, target!);
    needs = decideProductManage(asked, 'users.manage').allowed
      ? []
      : [asked.companyRoles ? 'chatbot company OWNER or ADMINISTRATOR' : `${scope.product} users.manage`];
  }
  return answer(key, q, explained(decision, standing(asked), needs));
}
