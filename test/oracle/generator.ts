import { PRODUCTS, SECONDARY_ROLES, type State, type Step } from './model';

/** A small seeded PRNG (mulberry32): the same seed gives the same history on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Step kinds and their weights: access changes of every modelled domain, seams weighted up. */
const KINDS: Array<[Step['kind'], number]> = [
  ['addMember', 8],
  ['setPrimaryRole', 4],
  ['grantBillingEditor', 3],
  ['revokeBillingEditor', 2],
  ['transferOwnership', 2],
  ['removeMember', 6],
  ['leave', 2],
  ['enableProduct', 5],
  ['disableProduct', 3],
  ['assignProductRole', 7],
  ['updateProductUser', 3],
  ['deactivateProductUser', 4],
  ['reactivateProductUser', 3],
  ['invite', 6],
  ['accept', 5],
  ['changeCompanyRole', 4],
  ['removeCompanyUser', 3],
];
const TOTAL = KINDS.reduce((n, [, w]) => n + w, 0);

/**
 * The next random step, drawn from the model's current state so most steps are meaningful: actors are mostly
 * members (often owners and administrators), but any person may be picked, so many steps are legitimately
 * refused.
 */
export function nextStep(r: () => number, s: State): Step {
  let x = r() * TOTAL;
  let kind: Step['kind'] = KINDS[0][0];
  for (const [k, w] of KINDS) {
    if ((x -= w) < 0) {
      kind = k;
      break;
    }
  }
  const everyone = Array.from({ length: s.people }, (_, i) => i);
  const members = [...s.members.keys()];
  const managers = members.filter((p) => s.members.get(p)!.role !== 'MEMBER');
  const companyUsers = [...s.productUsers.chatbot.keys()];
  const actor = (): number => {
    const y = r();
    if (y < 0.45 && managers.length) return pick(r, managers);
    if (y < 0.75 && members.length) return pick(r, members);
    return pick(r, everyone);
  };
  const target = (): number => pick(r, r() < 0.6 && members.length ? members : everyone);
  const plain = () => pick(r, ['livechat', 'helpdesk'] as const);
  const lower = () => pick(r, ['ADMINISTRATOR', 'MANAGER', 'DESIGNER'] as const);
  switch (kind) {
    case 'addMember':
      return { kind, actor: actor(), target: pick(r, everyone), role: pick(r, ['ADMINISTRATOR', 'MEMBER'] as const) };
    case 'setPrimaryRole':
      return { kind, actor: actor(), target: target(), role: pick(r, ['ADMINISTRATOR', 'MEMBER'] as const) };
    case 'grantBillingEditor':
    case 'revokeBillingEditor':
    case 'transferOwnership':
    case 'removeMember':
      return { kind, actor: actor(), target: target() };
    case 'leave':
      return { kind, actor: actor() };
    case 'enableProduct':
    case 'disableProduct':
      return { kind, actor: actor(), product: pick(r, PRODUCTS) };
    case 'assignProductRole':
    case 'updateProductUser': {
      const product = plain();
      return { kind, actor: actor(), target: target(), product, role: pick(r, SECONDARY_ROLES[product]) };
    }
    case 'deactivateProductUser':
    case 'reactivateProductUser': {
      const product = pick(r, PRODUCTS);
      const users = [...s.productUsers[product].keys()];
      return { kind, actor: actor(), target: users.length && r() < 0.8 ? pick(r, users) : target(), product };
    }
    case 'invite':
      return {
        kind,
        actor: companyUsers.length && r() < 0.6 ? pick(r, companyUsers) : actor(),
        target: pick(r, everyone),
        rank: lower(),
      };
    case 'accept': {
      const invited = [...s.invitations.keys()];
      return { kind, actor: invited.length && r() < 0.85 ? pick(r, invited) : pick(r, everyone) };
    }
    case 'changeCompanyRole':
    case 'removeCompanyUser': {
      const a = companyUsers.length && r() < 0.7 ? pick(r, companyUsers) : actor();
      const t = companyUsers.length && r() < 0.8 ? pick(r, companyUsers) : target();
      return kind === 'changeCompanyRole'
        ? { kind, actor: a, target: t, rank: lower() }
        : { kind, actor: a, target: t };
    }
  }
}
