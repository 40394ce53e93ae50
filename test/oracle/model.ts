/**
 * X-8: the reference model of the consistency oracle. Plain data and pure functions transcribed from
 * REQUIREMENTS.md and the seeds (000, 002, 003), deliberately importing nothing from the services, the
 * subgraphs' matrices or their policies: it must be able to disagree with them.
 *
 * People are numbered 0..n-1 (person 0 creates the organization, so is its first owner, GA-5). Every
 * prediction carries the rule id that decided it, so a divergence names its rule and the known open seams can
 * be excluded by rule id.
 */

/** Accounts primary roles (GA-4). */
export type PrimaryRole = 'OWNER' | 'ADMINISTRATOR' | 'MEMBER';
/** Chatbot company ranks (CB-1), low to high. */
export const RANKS = ['DESIGNER', 'MANAGER', 'ADMINISTRATOR', 'OWNER'] as const;
export type Rank = (typeof RANKS)[number];
/** The products the histories use: two with plain secondary roles (GA-9) and chatbot with company ranks. */
export const PRODUCTS = ['livechat', 'helpdesk', 'chatbot'] as const;
export type Product = (typeof PRODUCTS)[number];
/** Plain secondary roles per product (GA-9; the catalogue is data, these are the seed's and the API's). */
export const SECONDARY_ROLES: Record<'livechat' | 'helpdesk', readonly string[]> = {
  livechat: ['administrator', 'normal'],
  helpdesk: ['administrator', 'agent'],
};

export interface Member {
  role: PrimaryRole;
  billingEditor: boolean;
}
export interface ProductUser {
  role: string;
  active: boolean;
}

/** The whole modelled state of one organization and its people. */
export interface State {
  people: number;
  members: Map<number, Member>;
  /** Products enabled now. */
  enabled: Set<Product>;
  /** Product users per product; kept while the product is disabled (disabling never deletes data). */
  productUsers: Record<Product, Map<number, ProductUser>>;
  /** Pending chatbot invitations: person → invited rank and who invited them (CB-3). */
  invitations: Map<number, { rank: Rank; by: number }>;
  /** Whether chatbot was ever enabled (the company, with its owner, exists from then on). */
  companyOpened: boolean;
}

/** A step of a history: who does what. People are indices; the driver maps them to accounts. */
export type Step =
  | { kind: 'addMember'; actor: number; target: number; role: 'ADMINISTRATOR' | 'MEMBER' }
  | { kind: 'setPrimaryRole'; actor: number; target: number; role: 'ADMINISTRATOR' | 'MEMBER' }
  | { kind: 'grantBillingEditor'; actor: number; target: number }
  | { kind: 'revokeBillingEditor'; actor: number; target: number }
  | { kind: 'transferOwnership'; actor: number; target: number }
  | { kind: 'removeMember'; actor: number; target: number }
  | { kind: 'leave'; actor: number }
  | { kind: 'enableProduct'; actor: number; product: Product }
  | { kind: 'disableProduct'; actor: number; product: Product }
  | { kind: 'assignProductRole'; actor: number; target: number; product: 'livechat' | 'helpdesk'; role: string }
  | { kind: 'updateProductUser'; actor: number; target: number; product: 'livechat' | 'helpdesk'; role: string }
  | { kind: 'deactivateProductUser'; actor: number; target: number; product: Product }
  | { kind: 'reactivateProductUser'; actor: number; target: number; product: Product }
  | { kind: 'invite'; actor: number; target: number; rank: Exclude<Rank, 'OWNER'> }
  | { kind: 'accept'; actor: number }
  | { kind: 'changeCompanyRole'; actor: number; target: number; rank: Exclude<Rank, 'OWNER'> }
  | { kind: 'removeCompanyUser'; actor: number; target: number };

/**
 * What the system should answer. OK: success. FORBIDDEN: a policy refusal. REFUSED: a domain error (any code
 * but FORBIDDEN). DENIED: not OK, either class (the rules say no, not which error). AMBIGUOUS: the rules do not
 * decide; the check is left out and the model follows the system.
 */
export type Outcome = 'OK' | 'FORBIDDEN' | 'REFUSED' | 'DENIED' | 'AMBIGUOUS';
export interface Prediction {
  outcome: Outcome;
  /** The rule that decided it (e.g. `CB-4`, `GA-11`). */
  rule: string;
  why: string;
}

/** A fresh organization: person 0 created it and is its owner (GA-5); nothing else. */
export function initialState(people: number): State {
  return {
    people,
    members: new Map([[0, { role: 'OWNER', billingEditor: false }]]),
    enabled: new Set(),
    productUsers: { livechat: new Map(), helpdesk: new Map(), chatbot: new Map() },
    invitations: new Map(),
    companyOpened: false,
  };
}

/** A deep copy (steps are applied to copies so a prediction never mutates its input). */
export function clone(s: State): State {
  return {
    people: s.people,
    members: new Map([...s.members].map(([k, v]) => [k, { ...v }])),
    enabled: new Set(s.enabled),
    productUsers: {
      livechat: new Map([...s.productUsers.livechat].map(([k, v]) => [k, { ...v }])),
      helpdesk: new Map([...s.productUsers.helpdesk].map(([k, v]) => [k, { ...v }])),
      chatbot: new Map([...s.productUsers.chatbot].map(([k, v]) => [k, { ...v }])),
    },
    invitations: new Map(s.invitations),
    companyOpened: s.companyOpened,
  };
}

const ok = (rule: string, why: string): Prediction => ({ outcome: 'OK', rule, why });
const forbidden = (rule: string, why: string): Prediction => ({ outcome: 'FORBIDDEN', rule, why });
const refused = (rule: string, why: string): Prediction => ({ outcome: 'REFUSED', rule, why });
const denied = (rule: string, why: string): Prediction => ({ outcome: 'DENIED', rule, why });
const ambiguous = (rule: string, why: string): Prediction => ({ outcome: 'AMBIGUOUS', rule, why });

const PRIMARY_RANK: Record<PrimaryRole, number> = { MEMBER: 0, ADMINISTRATOR: 1, OWNER: 2 };
const rankOf = (r: Rank): number => RANKS.indexOf(r);

/** GA-6: owners and administrators manage the organization. */
export const isOrgAdmin = (s: State, p: number): boolean => {
  const m = s.members.get(p);
  return m !== undefined && m.role !== 'MEMBER';
};

/** The active chatbot rank of a person: chatbot enabled, a company user, not deactivated (GA-9, LC-1). */
export function activeRank(s: State, p: number): Rank | undefined {
  if (!s.enabled.has('chatbot')) return undefined;
  const u = s.productUsers.chatbot.get(p);
  return u && u.active ? (u.role as Rank) : undefined;
}

/** CB-3: who may invite to the company now: its active OWNER or ADMINISTRATOR (the company lives while chatbot is on). */
export function canInvite(s: State, p: number): boolean {
  const rank = activeRank(s, p);
  return rank === 'OWNER' || rank === 'ADMINISTRATOR';
}

/** GA-9 + LC-1: a person may launch a product when it is enabled and they hold an active secondary role in it. */
export function canLaunch(s: State, p: number, product: Product): boolean {
  if (!s.enabled.has(product) || !s.members.has(p)) return false;
  return s.productUsers[product].get(p)?.active === true;
}

/** GA-10: the derived legacy LiveChat role, or null without an active LiveChat role. */
export function legacyLiveChatRole(s: State, p: number): string | null {
  const m = s.members.get(p);
  if (!m || !canLaunch(s, p, 'livechat')) return null;
  const lc = s.productUsers.livechat.get(p)!.role;
  if (lc === 'administrator') {
    if (m.role === 'OWNER') return 'OWNER';
    if (m.role === 'ADMINISTRATOR' && m.billingEditor) return 'VICEOWNER';
    return 'ADMINISTRATOR';
  }
  return 'AGENT';
}

/**
 * The org-level guard shared by every management step (GA-6 plus the grant ceiling): the actor is an owner or
 * administrator, never acts on their own grants, never on a higher rank.
 */
function orgManage(
  s: State,
  actor: number,
  target: number | undefined,
  rule: string,
  ownerMaySelf = false,
): Prediction | undefined {
  if (!s.members.has(actor)) return forbidden(rule, 'actor is not a member');
  if (!isOrgAdmin(s, actor)) return forbidden('GA-6', 'a member manages only itself');
  if (target === undefined) return undefined;
  // Product users (LC-1): the organization OWNER may set its own. Nobody outranks the owner, so no one else could
  // ever give it a product role, and it already holds every permission, so it cannot reach beyond its grants.
  if (target === actor && !(ownerMaySelf && s.members.get(actor)!.role === 'OWNER'))
    return denied('X-grant-ceiling', 'nobody edits their own grants');
  const t = s.members.get(target);
  if (t && PRIMARY_RANK[t.role] > PRIMARY_RANK[s.members.get(actor)!.role])
    return denied('X-grant-ceiling', 'acting on a higher rank');
  return undefined;
}

/**
 * Same rank, two different administrators: the grant ceiling forbids only higher ranks, so what one administrator
 * may do to another's grants is left to the system (in every domain alike; rank-seam.spec.ts holds them equal).
 */
function sameRankAdministrators(s: State, actor: number, target: number): boolean {
  return (
    actor !== target &&
    s.members.get(actor)?.role === 'ADMINISTRATOR' &&
    s.members.get(target)?.role === 'ADMINISTRATOR'
  );
}

/** GA-11 / X-6: everything the person holds in the organization ends; the membership goes. */
function offboard(s: State, p: number): void {
  s.members.delete(p);
  for (const product of PRODUCTS) s.productUsers[product].delete(p);
  s.invitations.delete(p);
}

/** Predicts a step's outcome and the state after it (the same state when the step is refused). */
export function apply(prev: State, step: Step): { prediction: Prediction; next: State } {
  const s = clone(prev);
  const prediction = decide(s, step);
  // A refused step changes nothing; an ambiguous one is resolved by the driver (it follows the system).
  return { prediction, next: prediction.outcome === 'OK' ? s : prev };
}

/** Applies a step the model calls AMBIGUOUS but the system accepted, so model and system stay in step. */
export function applyAccepted(prev: State, step: Step): State {
  const s = clone(prev);
  effect(s, step);
  return s;
}

function decide(s: State, step: Step): Prediction {
  const p = check(s, step);
  if (p.outcome === 'OK') effect(s, step);
  return p;
}

/** The decision alone (no effect). */
function check(s: State, step: Step): Prediction {
  switch (step.kind) {
    case 'addMember': {
      const g = orgManage(s, step.actor, undefined, 'GA-6');
      if (g) return g;
      if (s.members.has(step.target)) return refused('GA-3', 'already a member');
      return ok('GA-6', 'an administrator adds a member');
    }
    case 'setPrimaryRole': {
      const g = orgManage(s, step.actor, step.target, 'GA-6');
      if (g) return g;
      const t = s.members.get(step.target);
      if (!t) return refused('GA-3', 'not a member');
      if (t.role === 'OWNER') return denied('GA-5', "the owner's role changes only by transfer");
      if (s.members.get(step.actor)!.role === 'ADMINISTRATOR' && t.role === 'ADMINISTRATOR')
        // Same rank: the grant ceiling forbids only higher ranks; left to the system.
        return ambiguous('X-grant-ceiling', 'an administrator re-roles another administrator');
      return ok('GA-6', 'an administrator sets a primary role');
    }
    case 'grantBillingEditor':
    case 'revokeBillingEditor': {
      const g = orgManage(s, step.actor, step.target, 'GA-7');
      if (g) return g;
      if (!s.members.has(step.target)) return refused('GA-3', 'not a member');
      const a = s.members.get(step.actor)!;
      if (a.role === 'ADMINISTRATOR' && !a.billingEditor)
        return step.kind === 'grantBillingEditor'
          ? denied('X-grant-ceiling', 'grants what they do not hold')
          : ambiguous('X-grant-ceiling', 'takes away what they do not hold (the rule speaks of granting)');
      if (a.role === 'ADMINISTRATOR' && s.members.get(step.target)!.role === 'ADMINISTRATOR')
        return ambiguous('X-grant-ceiling', 'same rank');
      return ok('GA-7', 'custom role edited');
    }
    case 'transferOwnership': {
      if (!s.members.has(step.actor)) return forbidden('GA-5', 'actor is not a member');
      if (s.members.get(step.actor)!.role !== 'OWNER') return forbidden('GA-5', 'only the owner transfers');
      if (step.target === step.actor) return ambiguous('GA-5', 'transfer to oneself');
      if (!s.members.has(step.target)) return refused('GA-5', 'the new owner must be a member');
      return ok('GA-5', 'ownership transferred');
    }
    case 'removeMember': {
      if (step.target === step.actor) return ambiguous('GA-11', 'removing oneself (leave is the way)');
      const g = orgManage(s, step.actor, step.target, 'GA-11');
      if (g) return g;
      const t = s.members.get(step.target);
      if (!t) return refused('GA-11', 'not a member');
      if (t.role === 'OWNER') return denied('GA-11', 'the owner cannot be removed');
      // CB-5 whatever mutation carries it: removing a company user from the organization removes them from the
      // company, so only the organization OWNER, or an active company OWNER/ADMINISTRATOR acting on a lower rank.
      const targetRank = s.productUsers.chatbot.get(step.target)?.role;
      const actorUser = s.productUsers.chatbot.get(step.actor);
      if (
        targetRank !== undefined &&
        s.members.get(step.actor)!.role !== 'OWNER' &&
        !(
          actorUser?.active &&
          (actorUser.role === 'OWNER' || actorUser.role === 'ADMINISTRATOR') &&
          targetRank !== 'OWNER'
        )
      )
        return denied('CB-5', 'a company user leaves the company only under CB-5');
      if (s.companyOpened && s.productUsers.chatbot.get(step.target)?.role === 'OWNER')
        return refused('CB-1', 'the chatbot company would lose its owner');
      if (s.members.get(step.actor)!.role === 'ADMINISTRATOR' && t.role === 'ADMINISTRATOR')
        return ambiguous('X-grant-ceiling', 'same rank');
      return ok('GA-11', 'member removed');
    }
    case 'leave': {
      const m = s.members.get(step.actor);
      if (!m) return forbidden('GA-11', 'not a member');
      if (m.role === 'OWNER') return denied('GA-11', 'the owner transfers first');
      if (s.companyOpened && s.productUsers.chatbot.get(step.actor)?.role === 'OWNER')
        return refused('CB-1', 'the chatbot company would lose its owner');
      return ok('X-6', 'member leaves');
    }
    case 'enableProduct': {
      const g = orgManage(s, step.actor, undefined, 'GA-6');
      if (g) return g;
      if (companySwitchUndecided(s, step.actor, step.product))
        return ambiguous('CB-2', 'switching chatbot by an administrator who is not the company OWNER');
      if (s.enabled.has(step.product)) return refused('GA-8', 'enabled at most once');
      return ok('GA-8', 'product enabled');
    }
    case 'disableProduct': {
      const g = orgManage(s, step.actor, undefined, 'GA-6');
      if (g) return g;
      if (companySwitchUndecided(s, step.actor, step.product))
        return ambiguous('CB-2', 'switching chatbot by an administrator who is not the company OWNER');
      if (!s.enabled.has(step.product)) return refused('GA-8', 'not enabled');
      return ok('GA-6', 'product disabled');
    }
    case 'assignProductRole':
    case 'updateProductUser': {
      const g = orgManage(s, step.actor, step.target, 'LC-1', true);
      if (g) return g;
      if (!s.enabled.has(step.product)) return refused('GA-9', 'product not enabled');
      if (!s.members.has(step.target)) return refused('GA-9', 'not a member');
      const held = s.productUsers[step.product].get(step.target);
      if (step.kind === 'assignProductRole' && held) return refused('LC-1', 'already a product user');
      if (step.kind === 'updateProductUser' && !held) return refused('LC-1', 'not a product user');
      if (sameRankAdministrators(s, step.actor, step.target))
        return ambiguous('X-grant-ceiling', "an administrator sets another administrator's product role");
      return ok('LC-1', 'product role set');
    }
    case 'deactivateProductUser':
    case 'reactivateProductUser': {
      if (step.product === 'chatbot') return chatbotUserCheck(s, step.actor, step.target, 'CB-5');
      const g = orgManage(s, step.actor, step.target, 'LC-1', true);
      if (g) return g;
      if (!s.enabled.has(step.product)) return refused('GA-9', 'product not enabled');
      if (!s.productUsers[step.product].has(step.target)) return refused('LC-1', 'not a product user');
      if (sameRankAdministrators(s, step.actor, step.target))
        return ambiguous('X-grant-ceiling', 'an administrator (de)activates another administrator');
      return ok('LC-1', 'product user (de)activated');
    }
    case 'invite': {
      if (!s.enabled.has('chatbot')) return denied('GA-9', 'chatbot not enabled');
      const a = activeRank(s, step.actor);
      if (a !== 'OWNER' && a !== 'ADMINISTRATOR') return forbidden('CB-3', 'only ADMINISTRATOR and OWNER invite');
      // A pending invitation blocks a new one only while its inviter could still issue it (a stale one gives way).
      const pending = s.invitations.get(step.target);
      if (s.productUsers.chatbot.has(step.target) || (pending && canInvite(s, pending.by)))
        return refused('CB-3', 'ALREADY_INVITED');
      if (a === 'ADMINISTRATOR' && step.rank === 'ADMINISTRATOR')
        return ambiguous('CB-4', 'an administrator invites an administrator (same rank)');
      return ok('CB-3', 'invited');
    }
    case 'accept': {
      const invitation = s.invitations.get(step.actor);
      if (!invitation) return refused('CB-3', 'no pending invitation');
      if (!s.enabled.has('chatbot')) return ambiguous('GA-9', 'accepting while chatbot is disabled');
      // the invitation carries the inviter's authority; it ends when they could no longer invite.
      if (!canInvite(s, invitation.by)) return refused('CB-3', 'INVITATION_INVALIDATED');
      return ok('CB-3', 'invitation accepted');
    }
    case 'changeCompanyRole':
      return chatbotUserCheck(s, step.actor, step.target, 'CB-4');
    case 'removeCompanyUser':
      return chatbotUserCheck(s, step.actor, step.target, 'CB-5');
  }
}

/**
 * GA-6 lets administrators switch products; CB-2 keeps the company's owner-level rows for its OWNER. Whether an
 * organization administrator who is not the company OWNER may switch chatbot once the company exists is not
 * decided by the rules: left out of the checks.
 */
function companySwitchUndecided(s: State, actor: number, product: Product): boolean {
  return product === 'chatbot' && s.companyOpened && s.productUsers.chatbot.get(actor)?.role !== 'OWNER';
}

/** CB-4 / CB-5 whatever mutation carries them: an active OWNER or ADMINISTRATOR, on a lower rank, never oneself. */
function chatbotUserCheck(s: State, actor: number, target: number, rule: 'CB-4' | 'CB-5'): Prediction {
  if (!s.enabled.has('chatbot')) return denied('GA-9', 'chatbot not enabled');
  const a = activeRank(s, actor);
  if (a !== 'OWNER' && a !== 'ADMINISTRATOR') {
    if (isOrgAdmin(s, actor) && a === undefined)
      return ambiguous(rule, 'an organization administrator who is no company user');
    return forbidden(rule, 'only OWNER and ADMINISTRATOR manage company users');
  }
  if (actor === target) return denied(rule, 'never one’s own role');
  const t = s.productUsers.chatbot.get(target);
  if (!t) return refused(rule, 'not a company user');
  if (t.role === 'OWNER') return denied(rule, 'the OWNER is never edited or removed');
  if (rankOf(t.role as Rank) >= rankOf(a))
    return rankOf(t.role as Rank) === rankOf(a) && rule === 'CB-5'
      ? ambiguous(rule, 'an ADMINISTRATOR removes an ADMINISTRATOR (CB-5 lists them as removable)')
      : denied(rule, 'only a user with broader rights than the target');
  return ok(rule, 'company user managed');
}

function effect(s: State, step: Step): void {
  switch (step.kind) {
    case 'addMember':
      // re-adding restores nothing: a fresh membership with only its primary role.
      s.members.set(step.target, { role: step.role, billingEditor: false });
      return;
    case 'setPrimaryRole':
      s.members.get(step.target)!.role = step.role;
      return;
    case 'grantBillingEditor':
      s.members.get(step.target)!.billingEditor = true;
      return;
    case 'revokeBillingEditor':
      s.members.get(step.target)!.billingEditor = false;
      return;
    case 'transferOwnership': {
      s.members.get(step.actor)!.role = 'ADMINISTRATOR';
      s.members.get(step.target)!.role = 'OWNER';
      // The rules do not say whether the chatbot company follows; the reading taken (GA-5 mirrored into CB-1):
      // an old owner holding the company OWNER hands it over too and becomes ADMINISTRATOR, like GA-5's owner.
      const company = s.productUsers.chatbot;
      if (company.get(step.actor)?.role === 'OWNER') {
        company.set(step.actor, { role: 'ADMINISTRATOR', active: company.get(step.actor)!.active });
        company.set(step.target, { role: 'OWNER', active: true });
        s.invitations.delete(step.target);
      }
      return;
    }
    case 'removeMember':
      offboard(s, step.target);
      return;
    case 'leave':
      offboard(s, step.actor);
      return;
    case 'enableProduct':
      s.enabled.add(step.product);
      if (step.product === 'chatbot' && !s.companyOpened) {
        // Seed reading: the company opens with the organization's owner as its one OWNER (CB-1).
        s.companyOpened = true;
        const owner = [...s.members].find(([, m]) => m.role === 'OWNER')![0];
        s.productUsers.chatbot.set(owner, { role: 'OWNER', active: true });
      }
      return;
    case 'disableProduct':
      // Disabling never deletes data: re-enabling restores it; access ends while disabled.
      s.enabled.delete(step.product);
      return;
    case 'assignProductRole':
      s.productUsers[step.product].set(step.target, { role: step.role, active: true });
      return;
    case 'updateProductUser':
      s.productUsers[step.product].get(step.target)!.role = step.role;
      return;
    case 'deactivateProductUser':
      s.productUsers[step.product].get(step.target)!.active = false;
      return;
    case 'reactivateProductUser':
      s.productUsers[step.product].get(step.target)!.active = true;
      return;
    case 'invite':
      s.invitations.set(step.target, { rank: step.rank, by: step.actor });
      return;
    case 'accept': {
      const { rank } = s.invitations.get(step.actor)!;
      s.invitations.delete(step.actor);
      // CB-3 + GA: an accepted invitation makes a non-member a MEMBER of the organization.
      if (!s.members.has(step.actor)) s.members.set(step.actor, { role: 'MEMBER', billingEditor: false });
      s.productUsers.chatbot.set(step.actor, { role: rank, active: true });
      return;
    }
    case 'changeCompanyRole':
      s.productUsers.chatbot.get(step.target)!.role = step.rank;
      return;
    case 'removeCompanyUser':
      s.productUsers.chatbot.delete(step.target);
      return;
  }
}

/** A readable line for a step (the shrunk history is printed with these). */
export function describe(step: Step): string {
  const who = (p: number) => `#${p}`;
  switch (step.kind) {
    case 'leave':
    case 'accept':
      return `${who(step.actor)} ${step.kind}`;
    case 'enableProduct':
    case 'disableProduct':
      return `${who(step.actor)} ${step.kind} ${step.product}`;
    default: {
      const extra = 'role' in step ? ` as ${step.role}` : 'rank' in step ? ` as ${step.rank}` : '';
      const product = 'product' in step ? ` in ${step.product}` : '';
      return `${who(step.actor)} ${step.kind} ${who(step.target)}${product}${extra}`;
    }
  }
}
