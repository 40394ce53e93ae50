import DataLoader from 'dataloader';
import type { Viewer } from '../auth/tokens';
import { fromGlobalId } from '../federation/global-id';
import { isUuid } from '../loaders';
import type { Decision } from './kernel';

/**
 * X-2 + X-7: the catalogue of every action the batch decision query answers, by owning domain. Each action is
 * decided by the same pure `decide()` that guards its mutation and computes its `viewerCan…` field (one rule, two
 * uses); the owning subgraph answers it through its `…AccessDecision` entity.
 */
export type DecisionDomain = 'accounts' | 'product-roles' | 'department-groups' | 'customer-hierarchy';

/** The entity type each domain answers its decisions with (all implement the `AccessDecision` interface). */
export const DECISION_TYPE_NAMES: Readonly<Record<DecisionDomain, string>> = {
  accounts: 'AccountsAccessDecision',
  'product-roles': 'ProductAccessDecision',
  'department-groups': 'LiveChatAccessDecision',
  'customer-hierarchy': 'PortalAccessDecision',
};

/** What the `resourceId` of an action names, by the type whose id (global or raw) it is. */
export type DecisionResource =
  | 'Organization'
  | 'Membership'
  | 'ProductUser'
  | 'ProductCustomRole'
  | 'EnabledProduct'
  | 'Chat'
  | 'Department'
  | 'Customer'
  | 'CustomerOrConduitOrServer';

/** Accounts actions (GA-5, GA-6, GA-7, GA-11). */
const ACCOUNTS = {
  ADD_ORGANIZATION_MEMBER: 'Organization',
  RENAME_ORGANIZATION: 'Organization',
  LEAVE_ORGANIZATION: 'Organization',
  SET_PRIMARY_ROLE: 'Membership',
  GRANT_CUSTOM_ROLE: 'Membership',
  REVOKE_CUSTOM_ROLE: 'Membership',
  REMOVE_ORGANIZATION_MEMBER: 'Membership',
  TRANSFER_OWNERSHIP: 'Membership',
} as const;

/** Product-roles actions (GA-8, GA-9, LC-1…LC-3, CB-4, CB-5) and every CB-2 cell. */
const PRODUCT_ROLES = {
  UPDATE_PRODUCT_USER: 'ProductUser',
  DEACTIVATE_PRODUCT_USER: 'ProductUser',
  REACTIVATE_PRODUCT_USER: 'ProductUser',
  REVOKE_PRODUCT_ROLE: 'ProductUser',
  CHANGE_COMPANY_ROLE: 'ProductUser',
  REMOVE_COMPANY_USER: 'ProductUser',
  UPDATE_PRODUCT_ROLE: 'ProductCustomRole',
  DELETE_PRODUCT_ROLE: 'ProductCustomRole',
  // On a product of an organization (`organizationId:product`, or the EnabledProduct's global id), enabled or not.
  SWITCH_PRODUCT: 'EnabledProduct',
  CREATE_PRODUCT_ROLE: 'EnabledProduct',
} as const;

/** The CB-2 matrix cells, `CHATBOT_<RESOURCE>_<OPERATION>` on an organization (its chatbot company). */
export const CHATBOT_CELL_ACTIONS: ReadonlyArray<readonly [action: string, resource: string, op: string]> = [
  ['project', 'CRUD'],
  ['agent_data', 'RU'],
  ['agent_channels', 'CRUD'],
  ['agent_scenario', 'CRUD'],
  ['agent_scenario_replacement', 'A'],
  ['agent_export', 'A'],
  ['agent_import', 'A'],
  ['company_intents', 'CRUD'],
  ['company_external_requests', 'CRUD'],
  ['invited_users', 'CRUD'],
  ['company_owner', 'CRUD'],
  ['company_name', 'CRUD'],
  ['company_billing_plan', 'CRUD'],
].flatMap(([resource, ops]) =>
  ops!.split('').map((op) => {
    const name = { C: 'CREATE', R: 'READ', U: 'UPDATE', D: 'DELETE', A: 'ACTION' }[op]!;
    return [`CHATBOT_${resource!.toUpperCase()}_${name}`, resource!, op] as const;
  }),
);

/** Department-groups actions (LHC-5…LHC-7): operations of an organization's live chat, on one chat or one department. */
const DEPARTMENT_GROUPS = {
  LIVECHAT_CREATE_DEPARTMENT: 'Organization',
  LIVECHAT_CREATE_OPERATOR: 'Organization',
  LIVECHAT_EDIT_OPERATOR: 'Organization',
  LIVECHAT_CONFIGURE: 'Organization',
  LIVECHAT_START_CHAT: 'Organization',
  LIVECHAT_READ_CHATS: 'Organization',
  LIVECHAT_SEE_PERMISSIONS: 'Organization',
  LIVECHAT_READ_CHAT: 'Chat',
  LIVECHAT_POST_CHAT_MESSAGE: 'Chat',
  LIVECHAT_EDIT_DEPARTMENT: 'Department',
  LIVECHAT_DELETE_DEPARTMENT: 'Department',
} as const;

/** Every ES-3 matrix row, `PORTAL_<MATRIX>_<ROW>`, on a customer, a sales conduit or a server. */
export const PORTAL_ACTION_ROWS: readonly string[] = [
  'create:customer',
  'create:department',
  'create:association_intra',
  'create:association_inter_conduit',
  'create:association_inter_customer',
  'create:group',
  'create:broadcast_group',
  'create:activation_code',
  'create:user',
  'create:note',
  'edit:customer',
  'edit:billing_non_billable',
  'edit:billing_activate_demo',
  'edit:billing_extend_demo',
  'edit:billing_activate',
  'edit:billing_deactivate',
  'edit:billing_archive',
  'edit:client_side_recording',
  'edit:external_contacts',
  'edit:rtp_gateway',
  'edit:department',
  'edit:group',
  'edit:broadcast_group',
  'edit:user',
  'edit:feature_keys',
  'edit:note',
  'edit:activation_code',
  'delete:department',
  'delete:association_intra',
  'delete:association_inter_conduit',
  'delete:association_inter_customer',
  'delete:group',
  'delete:user',
  'delete:note',
  'view:portal_users',
  'view:portal_users_customer',
  'view:portal_users_conduit',
  'view:notes',
  'view:customers',
  'view:association_intra',
];

/** `PORTAL_EDIT_BILLING_ARCHIVE` ↔ `edit:billing_archive`. */
export const portalActionName = (row: string): string => `PORTAL_${row.replace(':', '_').toUpperCase()}`;

/** One action of the catalogue: its owning domain and what its resource id names. */
export interface ActionSpec {
  domain: DecisionDomain;
  resource: DecisionResource;
}

/** The whole catalogue: action name → owning domain and resource kind. */
const spec = (action: string, domain: DecisionDomain, resource: DecisionResource): [string, ActionSpec] => [
  action,
  { domain, resource },
];
export const DECISION_ACTIONS: Readonly<Record<string, ActionSpec>> = Object.fromEntries([
  ...Object.entries(ACCOUNTS).map(([a, r]) => spec(a, 'accounts', r)),
  ...Object.entries(PRODUCT_ROLES).map(([a, r]) => spec(a, 'product-roles', r)),
  ...CHATBOT_CELL_ACTIONS.map(([a]) => spec(a, 'product-roles', 'Organization')),
  ...Object.entries(DEPARTMENT_GROUPS).map(([a, r]) => spec(a, 'department-groups', r)),
  ...PORTAL_ACTION_ROWS.map((row) => spec(portalActionName(row), 'customer-hierarchy', 'CustomerOrConduitOrServer')),
]);

/** The GraphQL enum of every action (identical in every subgraph: the root field takes it, every answer names it). */
export const DecisionAction: Record<string, string> = Object.fromEntries(
  Object.keys(DECISION_ACTIONS).map((a) => [a, a]),
);

/** At most this many questions per `decisions` call (X-10: bounded work). */
export const MAX_DECISION_REQUESTS = 100;

/** One question: may `accountId` take `action` on `resourceId`? */
export interface DecisionQuestion {
  action: string;
  resourceId: string;
  accountId: string;
}

/** The opaque key of a decision entity: the question, so the owning subgraph can answer it from the key alone. */
export function encodeDecisionKey(q: DecisionQuestion): string {
  return Buffer.from(JSON.stringify([q.action, q.resourceId, q.accountId]), 'utf8').toString('base64url');
}

/** The question a key encodes; null for anything that is not a key this module made (answered like unknown). */
export function decodeDecisionKey(key: unknown): DecisionQuestion | null {
  if (typeof key !== 'string' || key.length > 2000) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string')) return null;
    const [action, resourceId, accountId] = parsed as [string, string, string];
    if (!DECISION_ACTIONS[action] || !isUuid(accountId)) return null;
    return { action, resourceId, accountId: accountId.toLowerCase() };
  } catch {
    return null;
  }
}

/**
 * The raw id a resource id names for a type: a raw uuid, a raw composite (`a:b:c`) or a global id of that type.
 * Null when it names nothing of that type (the answer is then the unknown-resource answer, never an error).
 */
export function resourceRawId(resourceId: string, typeName: string): string | null {
  if (isUuid(resourceId)) return resourceId.toLowerCase();
  const id: string = resourceId;
  const g = fromGlobalId(id);
  if (g) return g.typeName === typeName ? g.rawId : null;
  return id.includes(':') && id.length <= 400 ? id : null;
}

/** An answer of the decision query: the kernel's decision plus the grants that decided it, or the missing ones. */
export interface ExplainedDecision extends Decision {
  grants: string[];
  missing: string[];
}

/** What a decision entity resolves to. `forbidden`: the caller may not see that account's access (FORBIDDEN). */
export interface DecisionAnswer extends DecisionQuestion, ExplainedDecision {
  key: string;
  forbidden: boolean;
}

/**
 * The answer for a resource that does not exist or that the caller cannot see: identical for both, so a decision
 * never tells whether another tenant's id exists.
 */
export const UNKNOWN_RESOURCE: ExplainedDecision = {
  allowed: false,
  reason: 'Denied: no such resource',
  grants: [],
  missing: [],
};

/** A decision with its grants or missing ones. */
export function explained(decision: Decision, grants: string[], missing: string[]): ExplainedDecision {
  return decision.allowed
    ? { allowed: true, reason: decision.reason, grants, missing: [] }
    : { allowed: false, reason: decision.reason, grants: [], missing };
}

/** Builds an answer. */
export function answer(
  key: string,
  q: DecisionQuestion,
  decision: ExplainedDecision,
  forbidden = false,
): DecisionAnswer {
  return { ...q, ...(forbidden ? UNKNOWN_RESOURCE : decision), key, forbidden };
}

/**
 * One domain's answers by decision key, per request: a key that is not a question of this domain, or a caller
 * who is not signed in, gets the unknown-resource answer. Facts come from the domain's own per-request loaders,
 * so a batch of questions costs a constant number of statements per kind of fact.
 */
export function decisionLoader(
  domain: DecisionDomain,
  currentViewer: () => Viewer | null,
  answerOne: (viewer: Viewer, key: string, q: DecisionQuestion) => Promise<DecisionAnswer>,
): DataLoader<string, DecisionAnswer> {
  return new DataLoader<string, DecisionAnswer>((keys) =>
    Promise.all(
      keys.map((key): Promise<DecisionAnswer> => {
        const viewer = currentViewer();
        const q = decodeDecisionKey(key);
        if (!viewer || !q || DECISION_ACTIONS[q.action]?.domain !== domain)
          return Promise.resolve(answer(key, q ?? { action: '', resourceId: '', accountId: '' }, UNKNOWN_RESOURCE));
        return answerOne(viewer, key, q);
      }),
    ),
  );
}
