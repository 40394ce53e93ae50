import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { randomUUID } from 'node:crypto';
import { CustomRole } from '../../subgraphs/common/organization-access';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { buildWorld } from '../support/customer-hierarchy';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, type GqlResponse, type TestSystem } from '../support/system';

/**
 * X-7 (viewerCan… by the mutations' own rule, batched) and X-2 (one decisions query across the four domains),
 * through the gateway.
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

const q = (query: string, variables: Record<string, unknown>, who: TestAccount) =>
  gql(sys.gatewayUrl, query, variables, who.token);

const MEMBER_CAN = `viewerCanChangeRole viewerCanGrantCustomRole viewerCanRevokeCustomRole viewerCanRemove viewerCanTransferOwnership`;
const MEMBERS = `query($o: ID!) { organization(id: $o) {
  viewerCanAddMember viewerCanRename viewerCanLeave viewerCanTransferOwnership
  members(first: 10) { edges { node { id role account { id } ${MEMBER_CAN} } } } } }`;

type Who = 'owner' | 'admin' | 'member';
type MemberField =
  | 'viewerCanChangeRole'
  | 'viewerCanGrantCustomRole'
  | 'viewerCanRevokeCustomRole'
  | 'viewerCanRemove'
  | 'viewerCanTransferOwnership';

/** Each membership action: its field and the real mutation on a target (role given is a change for that target). */
const MEMBER_ACTIONS: ReadonlyArray<
  readonly [MemberField, (o: string, a: string, targetRole: string) => [string, object]]
> = [
  [
    'viewerCanChangeRole',
    (o, a, r) => [
      'mutation($i: SetPrimaryRoleInput!) { setPrimaryRole(input: $i) { membership { id } } }',
      { i: { organizationId: o, accountId: a, role: r === 'MEMBER' ? 'ADMINISTRATOR' : 'MEMBER' } },
    ],
  ],
  [
    'viewerCanGrantCustomRole',
    (o, a) => [
      'mutation($i: CustomRoleInput!) { grantCustomRole(input: $i) { membership { id } } }',
      { i: { organizationId: o, accountId: a, role: 'BILLING_EDITOR' } },
    ],
  ],
  [
    'viewerCanRevokeCustomRole',
    (o, a) => [
      'mutation($i: CustomRoleInput!) { revokeCustomRole(input: $i) { membership { id } } }',
      { i: { organizationId: o, accountId: a, role: 'BILLING_EDITOR' } },
    ],
  ],
  [
    'viewerCanRemove',
    (o, a) => [
      'mutation($i: OrganizationMemberInput!) { removeOrganizationMember(input: $i) { removedMembershipId } }',
      { i: { organizationId: o, accountId: a } },
    ],
  ],
  [
    'viewerCanTransferOwnership',
    (o, a) => [
      'mutation($i: OrganizationMemberInput!) { transferOwnership(input: $i) { organization { id } } }',
      { i: { organizationId: o, accountId: a } },
    ],
  ],
];

/** Refusals: FORBIDDEN, or the domain's own codes for the owner's rules (GA-5, GA-11) and self-transfer. */
const REFUSALS = new Set(['FORBIDDEN', 'OWNER_REQUIRED', 'OWNER_CANNOT_BE_REMOVED', 'BAD_USER_INPUT']);
function outcome(res: GqlResponse): string {
  if (!res.errors) return 'ALLOWED';
  const c = codes(res);
  return c.every((code) => REFUSALS.has(code as string)) ? 'REFUSED' : `UNEXPECTED ${JSON.stringify(c)}`;
}

describe('X-7 accounts: every (actor × target × action) cell, viewerCan… equals what the mutation then does', () => {
  const WHO: Who[] = ['owner', 'admin', 'member'];
  const cells = WHO.flatMap((actor) =>
    WHO.flatMap((target) => MEMBER_ACTIONS.map(([field], i) => [actor, target, field, i] as const)),
  );
  it.each(cells)('%s on %s: %s', async (actorName, targetName, field, i) => {
    const o = await f.organization();
    // Every actor may grant or revoke BILLING_EDITOR only when it holds it (or owns): give it to the admin.
    await f.services.memberships.grantCustomRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.admin.id,
      role: CustomRole.BILLING_EDITOR,
    });
    const actor = o[actorName];
    const target = o[targetName];
    const page = await q(MEMBERS, { o: o.org.id }, actor);
    expect(page.errors).toBeUndefined();
    const node = (page.data!.organization.members.edges as Array<{ node: Record<string, unknown> }>)
      .map((e) => e.node)
      .find((n) => (n.account as { id: string }).id === toGlobalId('Account', target.id))!;
    const can = node[field] as boolean;
    const [doc, vars] = MEMBER_ACTIONS[i]![1](o.org.id, target.id, node.role as string);
    expect(outcome(await q(doc, vars as Record<string, unknown>, actor))).toBe(can ? 'ALLOWED' : 'REFUSED');
  });

  it.each(['owner', 'admin', 'member'] as Who[])('organization actions as %s', async (who) => {
    const o = await f.organization();
    const actor = o[who];
    const org = (await q(MEMBERS, { o: o.org.id }, actor)).data!.organization as Record<string, boolean>;
    expect(org.viewerCanAddMember).toBe(who !== 'member');
    const other = await f.account('newcomer');
    const ops: Array<[string, string, Record<string, unknown>]> = [
      [
        'viewerCanAddMember',
        'mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { membership { id } } }',
        { i: { organizationId: o.org.id, email: other.email, role: 'MEMBER' } },
      ],
      [
        'viewerCanRename',
        'mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { organization { id } } }',
        { i: { organizationId: o.org.id, name: `Renamed ${who}` } },
      ],
      [
        'viewerCanTransferOwnership',
        'mutation($i: OrganizationMemberInput!) { transferOwnership(input: $i) { organization { id } } }',
        { i: { organizationId: o.org.id, accountId: who === 'member' ? o.admin.id : o.member.id } },
      ],
      [
        'viewerCanLeave',
        'mutation($i: LeaveOrganizationInput!) { leaveOrganization(input: $i) { removedMembershipId } }',
        { i: { organizationId: o.org.id } },
      ],
    ];
    for (const [field, doc, vars] of ops) {
      // Asked again before each mutation: the previous one (a transfer) may have changed the caller's role.
      const now = (await q(MEMBERS, { o: o.org.id }, actor)).data!.organization as Record<string, boolean>;
      expect([field, outcome(await q(doc, vars, actor))]).toEqual([field, now[field] ? 'ALLOWED' : 'REFUSED']);
    }
  });
});

describe('X-7 batching: a page of members with every viewerCan field costs a constant number of statements', () => {
  it('does not grow with the page, and adds at most a constant to the page itself', async () => {
    const o = await f.organization();
    const db = sys.deps.accounts.db;
    const count = async (fields: string) => {
      const res = await gql(
        sys.subgraphUrls.accounts!,
        `query($id: ID!) { organization(id: $id) { viewerCanAddMember members(first: 100) { totalCount edges { node { role ${fields} } } } } }`,
        { id: o.org.id },
        o.admin.token,
      );
      expect(res.errors).toBeUndefined();
      return {
        n: res.data!.organization.members.totalCount as number,
        sql: Number(res.headers.get('x-sql-statements')),
      };
    };
    const add = (n: number) =>
      db.query(
        `WITH a AS (INSERT INTO accounts.accounts (email, name, password_hash)
           SELECT 'cap-' || gen_random_uuid() || '@example.test', 'Cap member', 'x' FROM generate_series(1, $2) RETURNING id)
         INSERT INTO accounts.memberships (organization_id, account_id, role) SELECT $1, id, 'MEMBER' FROM a`,
        [o.org.id, n],
      );
    await add(7);
    const small = await count(MEMBER_CAN);
    const pageOnly = await count('');
    await add(90);
    const large = await count(MEMBER_CAN);
    expect([small.n, large.n]).toEqual([10, 100]);
    expect(large.sql).toBe(small.sql);
    expect(small.sql - pageOnly.sql).toBeLessThanOrEqual(1);
  });
});

const DECIDE = `query($r: [DecisionRequest!]!) { decisions(requests: $r) {
  __typename key ... on AccessDecision { action resourceId accountId allowed reason grants missing } } }`;
type Answer = { __typename: string; allowed: boolean | null; reason: string; grants: string[]; missing: string[] };

describe('X-2: one decisions query across the four domains', () => {
  it('answers allowed and denied per domain with the grants or the missing ones; unknown = cross-tenant; FORBIDDEN for others', async () => {
    const o = await f.organization();
    await new ProductService(sys.deps['product-roles'].db).enable(o.owner.viewer, {
      organizationId: o.org.id,
      product: 'chatbot',
    });
    const world = await buildWorld(f, sys.deps['customer-hierarchy'].db);
    const k1 = world.customers.K1;
    const members = (await q(MEMBERS, { o: o.org.id }, o.owner)).data!.organization.members.edges as Array<{
      node: { id: string; account: { id: string } };
    }>;
    const memberMembership = members.find((e) => e.node.account.id === toGlobalId('Account', o.member.id))!.node.id;
    const requests = [
      { action: 'REMOVE_ORGANIZATION_MEMBER', resourceId: memberMembership },
      { action: 'CHATBOT_COMPANY_NAME_UPDATE', resourceId: o.org.id },
      { action: 'LIVECHAT_CREATE_DEPARTMENT', resourceId: o.org.id },
      { action: 'PORTAL_EDIT_CUSTOMER', resourceId: k1 },
    ];
    const ask = async (who: TestAccount, r: object[]) => q(DECIDE, { r }, who);
    const ownerAnswers = (await ask(o.owner, requests)).data!.decisions as Answer[];
    expect(ownerAnswers.map((a) => [a.__typename, a.allowed])).toEqual([
      ['AccountsAccessDecision', true],
      ['ProductAccessDecision', true],
      ['LiveChatAccessDecision', true],
      ['PortalAccessDecision', false],
    ]);
    for (const a of ownerAnswers.slice(0, 3)) expect(a.grants.length).toBeGreaterThan(0);
    const memberAnswers = (await ask(o.member, requests)).data!.decisions as Answer[];
    expect(memberAnswers.map((a) => a.allowed)).toEqual([false, false, false, false]);
    expect(memberAnswers[0]!.missing).toEqual(['organization:administer']);
    expect(memberAnswers[1]!.missing).toEqual(['chatbot company_name U']);
    expect(memberAnswers[2]!.missing).toEqual(['lhdepartment/create']);
    const support = (await ask(world.people.SUPPORT, [requests[3]!])).data!.decisions as Answer[];
    expect(support[0]!.allowed).toBe(true);
    expect(support[0]!.grants[0]).toMatch(/^SUPPORT/);
    const technical = (await ask(world.people.CUSTOMER_TECHNICAL, [requests[3]!])).data!.decisions as Answer[];
    expect([technical[0]!.allowed, technical[0]!.missing.length]).toEqual([false, 1]);

    // Cross-tenant resources answer exactly like unknown ones, in every domain.
    const stranger = (await f.organization()).owner;
    const unknown = randomUUID();
    const strangerAsks = async (resourceId: string) =>
      (
        (
          await ask(
            stranger,
            requests.map((r) => ({ ...r, resourceId })),
          )
        ).data!.decisions as Answer[]
      ).map(({ allowed, reason, grants, missing }) => ({ allowed, reason, grants, missing }));
    const real = await Promise.all(
      requests.map(async (r) => {
        const [a] = (await ask(stranger, [r])).data!.decisions as Answer[];
        return { allowed: a!.allowed, reason: a!.reason, grants: a!.grants, missing: a!.missing };
      }),
    );
    expect(real).toEqual(await strangerAsks(unknown));

    // Another account's access: the owner may ask about the member; the member may not ask about the owner.
    const aboutMember = await ask(o.owner, [{ ...requests[0]!, accountId: o.member.id }]);
    expect(aboutMember.errors).toBeUndefined();
    expect((aboutMember.data!.decisions as Answer[])[0]!.allowed).toBe(false);
    const aboutOwner = await ask(
      o.member,
      requests.slice(0, 3).map((r) => ({ ...r, accountId: o.owner.id })),
    );
    expect((aboutOwner.data!.decisions as Answer[]).map((a) => a.allowed)).toEqual([null, null, null]);
    expect(new Set(codes(aboutOwner))).toEqual(new Set(['FORBIDDEN']));

    // Bounded: at most 100 questions per call.
    const tooMany = await ask(
      o.owner,
      Array.from({ length: 101 }, () => requests[0]!),
    );
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('LHC-7 (issue 13): a member reads its own live-chat permissions', () => {
  it('without lhpermission/see_permissions or a LiveChat seat; not another member’s', async () => {
    const o = await f.organization();
    const own = await q(
      'query($o: ID!) { me { effectivePermissions(organizationId: $o) { module function } } }',
      { o: o.org.id },
      o.member,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.me.effectivePermissions).toEqual([]);
    const other = await q(
      'query($o: ID!, $a: ID!) { operatorPermissionDecision(input: { organizationId: $o, accountId: $a, module: "lhchat", function: "use" }) { allowed } }',
      { o: o.org.id, a: o.admin.id },
      o.member,
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
  });
});

describe('X-2 product answers name a missing grant only when one would help', () => {
  it('the company OWNER refused its own role holds users.manage (nothing missing); a DESIGNER lacks it', async () => {
    const o = await f.organization();
    const db = sys.deps['product-roles'].db;
    await new ProductService(db).enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
    const designer = await f.account('designer');
    await new CompanyService(db).invite(o.owner.viewer, {
      organizationId: o.org.id,
      email: designer.email,
      role: 'DESIGNER' as never,
    });
    await new CompanyService(db).accept(designer.viewer, { organizationId: o.org.id });
    const users = (
      await q(
        `query($o: ID!) { organization(id: $o) { chatbotCompany { users(first: 10) { edges { node { id account { id } } } } } } }`,
        { o: o.org.id },
        o.owner,
      )
    ).data!.organization.chatbotCompany.users.edges.map(
      (e: { node: { id: string; account: { id: string } } }) => e.node,
    );
    const idOf = (who: TestAccount) =>
      users.find((u: { account: { id: string } }) => u.account.id === toGlobalId('Account', who.id))!.id as string;
    const ownRole = (await q(DECIDE, { r: [{ action: 'CHANGE_COMPANY_ROLE', resourceId: idOf(o.owner) }] }, o.owner))
      .data!.decisions as Answer[];
    expect([ownRole[0]!.allowed, ownRole[0]!.missing]).toEqual([false, []]);
    const byDesigner = (
      await q(DECIDE, { r: [{ action: 'CHANGE_COMPANY_ROLE', resourceId: idOf(o.owner) }] }, designer)
    ).data!.decisions as Answer[];
    expect([byDesigner[0]!.allowed, byDesigner[0]!.missing]).toEqual([
      false,
      ['chatbot company OWNER or ADMINISTRATOR'],
    ]);
  });
});
