import { randomUUID } from 'node:crypto';
import { gql, type GqlResponse } from '../support/system';
import {
  PRODUCTS,
  activeRank,
  apply,
  applyAccepted,
  canInvite,
  canLaunch,
  describe as describeStep,
  initialState,
  legacyLiveChatRole,
  type Outcome,
  type State,
  type Step,
} from './model';

const PASSWORD = 'oracle horse battery staple';

/** The real accounts and organization one history runs against (fresh for every replay). */
export interface World {
  url: string;
  orgId: string;
  people: Array<{ id: string; email: string; token: string }>;
}

/** One disagreement between the model and the system. */
export interface Divergence {
  /** Index of the step after which (or at which) it showed. */
  at: number;
  /** `step` for the step's own outcome, else the read check's name. */
  check: string;
  rule: string;
  expected: string;
  actual: string;
}

/** The outcome class of a response: OK, FORBIDDEN, or the domain error code. */
function classOf(res: GqlResponse, field: string): string {
  const err = res.errors?.[0];
  if (!err) return (res.data as Record<string, unknown> | null)?.[field] === null ? 'NULL' : 'OK';
  const code = err.extensions?.code;
  return typeof code === 'string' ? code : 'ERROR';
}

function agrees(expected: Outcome, actual: string): boolean {
  if (expected === 'OK') return actual === 'OK';
  if (expected === 'FORBIDDEN') return actual === 'FORBIDDEN';
  if (expected === 'REFUSED') return actual !== 'OK' && actual !== 'FORBIDDEN';
  return actual !== 'OK';
}

/** Signs up `n` people through the gateway, one after another (sign-up hashes a password). */
export async function signUpPeople(url: string, n: number): Promise<World['people']> {
  const tag = randomUUID().slice(0, 8);
  const people: World['people'] = [];
  for (let i = 0; i < n; i++) {
    const email = `oracle-${tag}-${i}@example.test`;
    const res = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token account { id } } }', {
      i: { email, name: `Person ${i}`, password: PASSWORD },
    });
    if (!res.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(res.errors)}`);
    people.push({ id: res.data.signUp.account.id as string, email, token: res.data.signUp.token as string });
  }
  return people;
}

/** A fresh organization created by person 0 (its owner, GA-5), with the given people or newly signed-up ones. */
export async function makeWorld(url: string, n: number, reuse?: World['people']): Promise<World> {
  // Accounts are shared by organizations (GA-1): replays reuse them, each with a fresh organization.
  const people = reuse ?? (await signUpPeople(url, n));
  const org = await gql(
    url,
    'mutation { createOrganization(input: { name: "Oracle org" }) { organization { id } } }',
    {},
    people[0].token,
  );
  if (!org.data?.createOrganization.organization)
    throw new Error(`createOrganization failed: ${JSON.stringify(org.errors)}`);
  return { url, orgId: org.data.createOrganization.organization.id as string, people };
}

/** The GraphQL operation of a step: its document, variables and root field. */
function operation(w: World, step: Step): { doc: string; vars: Record<string, unknown>; field: string } {
  const o = w.orgId;
  const acc = (p: number) => w.people[p].id;
  const m = (field: string, type: string, selection: string, input: Record<string, unknown>) => ({
    doc: `mutation($i: ${type}!) { ${field}(input: $i) ${selection} }`,
    vars: { i: input },
    field,
  });
  switch (step.kind) {
    case 'addMember':
      return m('addOrganizationMember', 'AddOrganizationMemberInput', '{ membership { id } }', {
        organizationId: o,
        email: w.people[step.target].email,
        role: step.role,
      });
    case 'setPrimaryRole':
      return m('setPrimaryRole', 'SetPrimaryRoleInput', '{ membership { id } }', {
        organizationId: o,
        accountId: acc(step.target),
        role: step.role,
      });
    case 'grantBillingEditor':
    case 'revokeBillingEditor':
      return m(
        step.kind === 'grantBillingEditor' ? 'grantCustomRole' : 'revokeCustomRole',
        'CustomRoleInput',
        '{ membership { id } }',
        { organizationId: o, accountId: acc(step.target), role: 'BILLING_EDITOR' },
      );
    case 'transferOwnership':
      return m('transferOwnership', 'OrganizationMemberInput', '{ organization { id } }', {
        organizationId: o,
        accountId: acc(step.target),
      });
    case 'removeMember':
      return m('removeOrganizationMember', 'OrganizationMemberInput', '{ removedMembershipId }', {
        organizationId: o,
        accountId: acc(step.target),
      });
    case 'leave':
      return m('leaveOrganization', 'LeaveOrganizationInput', '{ removedMembershipId }', { organizationId: o });
    case 'enableProduct':
      return m('enableProduct', 'OrganizationProductInput', '{ enabledProduct { enabledAt } }', {
        organizationId: o,
        product: step.product,
      });
    case 'disableProduct':
      return m('disableProduct', 'OrganizationProductInput', '{ removedEnabledProductId }', {
        organizationId: o,
        product: step.product,
      });
    case 'assignProductRole':
      return m('assignProductRole', 'AssignProductRoleInput', '{ productUser { role } }', {
        organizationId: o,
        accountId: acc(step.target),
        product: step.product,
        role: step.role,
      });
    case 'updateProductUser':
      return m('updateProductUser', 'UpdateProductUserInput', '{ productUser { role } }', {
        organizationId: o,
        accountId: acc(step.target),
        product: step.product,
        role: step.role,
      });
    case 'deactivateProductUser':
    case 'reactivateProductUser':
      return m(step.kind, 'ProductUserInput', '{ productUser { active } }', {
        organizationId: o,
        accountId: acc(step.target),
        product: step.product,
      });
    case 'invite':
      return m('inviteCompanyUser', 'InviteCompanyUserInput', '{ companyInvitation { id } }', {
        organizationId: o,
        email: w.people[step.target].email,
        role: step.rank,
      });
    case 'accept':
      return m('acceptCompanyInvitation', 'CompanyInput', '{ productUser { role } }', { organizationId: o });
    case 'changeCompanyRole':
      return m('changeCompanyRole', 'ChangeCompanyRoleInput', '{ productUser { role } }', {
        organizationId: o,
        accountId: acc(step.target),
        role: step.rank,
      });
    case 'removeCompanyUser':
      return m('removeCompanyUser', 'CompanyUserInput', '{ removedProductUserId }', {
        organizationId: o,
        accountId: acc(step.target),
      });
  }
}

/** Runs one step through the gateway as its actor, compares the outcome and advances the model. */
export async function runStep(
  w: World,
  s: State,
  step: Step,
  at: number,
): Promise<{ next: State; divergence?: Divergence; checked: boolean }> {
  const { doc, vars, field } = operation(w, step);
  const res = await gql(w.url, doc, vars, w.people[step.actor].token);
  const actual = classOf(res, field);
  const { prediction, next } = apply(s, step);
  if (prediction.outcome === 'AMBIGUOUS') {
    // The rules do not decide: follow the system, check nothing.
    return { next: actual === 'OK' ? applyAccepted(s, step) : s, checked: false };
  }
  if (agrees(prediction.outcome, actual)) return { next, checked: true };
  return {
    // Reported, then the model follows the system so one divergence does not cascade into every later read.
    next: actual === 'OK' ? applyAccepted(s, step) : s,
    checked: true,
    divergence: {
      at,
      check: `step: ${describeStep(step)}`,
      rule: prediction.rule,
      expected: `${prediction.outcome} (${prediction.why})`,
      actual: actual + (res.errors?.[0] ? `: ${res.errors[0].message}` : ''),
    },
  };
}

const READ = `query($o: ID!) {
  me {
    memberships { organization { id } role customRoles legacyLiveChatRole productRoles { product role active } }
    chatbotCompanies { organizationId role invitedRole active }
  }
  org: organization(id: $o) { id members(first: 100) { edges { node { role account { id } } } } products { product { key } } }
  company: organization(id: $o) { chatbotCompany { users(first: 100) { edges { node { role active account { id } } } } } }
  ${PRODUCTS.map((p) => `launch_${p}: canLaunch(organizationId: $o, product: "${p}")`).join('\n  ')}
}`;

interface ReadCheck {
  name: string;
  rule: string;
  expected: unknown;
  actual: unknown;
}

const norm = (x: unknown): string => JSON.stringify(x);
const sorted = <T>(xs: T[]): T[] => [...xs].sort((a, b) => (norm(a) < norm(b) ? -1 : 1));

/** Asks what person `p` sees and compares every answer with the model: returns the checks made. */
export async function readChecks(w: World, s: State, p: number): Promise<ReadCheck[]> {
  const res = await gql(w.url, READ, { o: w.orgId }, w.people[p].token);
  const data = res.data ?? {};
  const errorAt = (alias: string) => (res.errors ?? []).find((e) => e.path?.[0] === alias)?.extensions?.code;
  const who = `#${p}`;
  const checks: ReadCheck[] = [];
  const member = s.members.get(p);
  const idOf = (q: number) => w.people[q].id;

  // me.memberships for this organization: present iff a member, with the primary and custom roles (GA-3/4/7).
  const mine = (data.me?.memberships ?? []).find(
    (m: { organization?: { id: string } }) => m.organization?.id === w.orgId,
  );
  checks.push({ name: `${who} me.memberships has org`, rule: 'GA-11', expected: !!member, actual: !!mine });
  if (member && mine) {
    checks.push({ name: `${who} primary role`, rule: 'GA-4', expected: member.role, actual: mine.role });
    checks.push({
      name: `${who} custom roles`,
      rule: 'GA-7',
      expected: member.billingEditor ? ['BILLING_EDITOR'] : [],
      actual: mine.customRoles,
    });
    checks.push({
      name: `${who} legacy LiveChat role`,
      rule: 'GA-10',
      expected: legacyLiveChatRole(s, p),
      actual: mine.legacyLiveChatRole,
    });
    // Product roles of enabled products (what a disabled product lists is not decided by the rules).
    const expectedRoles = PRODUCTS.filter((x) => s.enabled.has(x)).flatMap((x) => {
      const u = s.productUsers[x].get(p);
      return u ? [{ product: x, role: u.role, active: u.active }] : [];
    });
    const actualRoles = ((mine.productRoles ?? []) as Array<{ product: string }>).filter((r) =>
      s.enabled.has(r.product as (typeof PRODUCTS)[number]),
    );
    checks.push({
      name: `${who} product roles`,
      rule: 'X-6',
      expected: sorted(expectedRoles),
      actual: sorted(actualRoles),
    });
  }
  // chatbotCompanies: the company is listed with the role held or the invitation pending (CB-3, CB-5).
  if (s.enabled.has('chatbot')) {
    const listing = (data.me?.chatbotCompanies ?? []).find(
      (c: { organizationId: string }) => c.organizationId === w.orgId,
    );
    const u = member ? s.productUsers.chatbot.get(p) : undefined;
    // An invitation is offered only while its inviter could still issue it (CB-3 × X-6).
    const inv = s.invitations.get(p);
    const offered = inv && canInvite(s, inv.by) ? inv : undefined;
    const expected = u
      ? { role: u.role, active: u.active }
      : offered
        ? { role: null, invitedRole: offered.rank }
        : null;
    const actual = listing
      ? u
        ? { role: listing.role, active: listing.active }
        : { role: listing.role, invitedRole: listing.invitedRole }
      : null;
    checks.push({ name: `${who} chatbotCompanies`, rule: 'CB-5', expected, actual });
  }
  // organization(id): readable iff a member (GA-3); then its members and their primary roles.
  checks.push({
    name: `${who} organization readable`,
    rule: 'GA-3',
    expected: member ? 'value' : 'FORBIDDEN',
    actual: data.org ? 'value' : (errorAt('org') ?? 'NULL'),
  });
  if (member && data.org) {
    const expected = sorted([...s.members].map(([q, m]) => ({ id: idOf(q), role: m.role })));
    const actual = sorted(
      (data.org.members?.edges ?? []).map((e: { node: { role: string; account: { id: string } } }) => ({
        id: e.node.account?.id,
        role: e.node.role,
      })),
    );
    checks.push({ name: `${who} Organization.members`, rule: 'GA-11', expected, actual });
    checks.push({
      name: `${who} Organization.products`,
      rule: 'GA-8',
      expected: PRODUCTS.filter((x) => s.enabled.has(x)).sort(),
      actual: ((data.org.products ?? []) as Array<{ product: { key: string } }>)
        .map((e) => e.product?.key)
        .filter((k) => (PRODUCTS as readonly string[]).includes(k))
        .sort(),
    });
  }
  // The chatbot company and its users: for active company users only (GA-9, CB-2 "invited users: R").
  if (member) {
    const rank = activeRank(s, p);
    const company = data.company?.chatbotCompany ?? null;
    checks.push({
      name: `${who} chatbotCompany readable`,
      rule: 'CB-2',
      expected: rank ? 'value' : 'denied',
      actual: company ? 'value' : 'denied',
    });
    if (rank && company) {
      const expected = sorted(
        [...s.productUsers.chatbot].map(([q, u]) => ({ id: idOf(q), role: u.role, active: u.active })),
      );
      const actual = sorted(
        (company.users?.edges.map((e: { node: unknown }) => e.node) ?? []).map(
          (u: { role: string; active: boolean; account: { id: string } | null }) => ({
            id: u.account?.id,
            role: u.role,
            active: u.active,
          }),
        ),
      );
      checks.push({ name: `${who} company users`, rule: 'CB-5', expected, actual });
    }
  }
  // GA-9: launching needs the product enabled and an active secondary role.
  for (const x of PRODUCTS)
    checks.push({
      name: `${who} canLaunch ${x}`,
      rule: x === 'chatbot' ? 'CB-5' : 'GA-9',
      expected: canLaunch(s, p, x),
      actual: data[`launch_${x}`] ?? null,
    });
  return checks;
}

/**
 * How many decisions a check compares: one, or for a list one per entry either side shows (each entry is a
 * separate "is it visible, with these roles" decision).
 */
export function weight(c: ReadCheck): number {
  if (!Array.isArray(c.expected) || !Array.isArray(c.actual)) return 1;
  return Math.max(1, new Set([...c.expected, ...c.actual].map(norm)).size);
}

/** Compares a read check; a divergence when they differ. */
export function compare(c: ReadCheck, at: number): Divergence | undefined {
  if (norm(c.expected) === norm(c.actual)) return undefined;
  return { at, check: c.name, rule: c.rule, expected: norm(c.expected), actual: norm(c.actual) };
}

/** The model's state after a whole history (for replays). */
export function fresh(people: number): State {
  return initialState(people);
}
