import type { DataSource } from 'typeorm';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { loadSampleConfiguration } from '../../subgraphs/department-groups/seed/demo';
import { giveLiveChat } from '../support/department-groups';
import { accountsFactory, type TestAccount } from '../support/factories';
import { ChatService } from '../../subgraphs/department-groups/chat/chat.service';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, flattenConnections, gql, startTestSystem, type TestSystem } from '../support/system';

let gatewayUrl: string;
let departmentGroupsUrl: string;
let f: ReturnType<typeof accountsFactory>;
let dgDb: DataSource;
let productDb: DataSource;

let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem();
  gatewayUrl = sys.gatewayUrl;
  departmentGroupsUrl = sys.subgraphUrls['department-groups']!;
  f = accountsFactory(sys.deps.accounts!);
  dgDb = sys.deps['department-groups']!.db;
  productDb = sys.deps['product-roles']!.db;
});
afterAll(() => sys.close());

// Lists that are connections (chats, messages) read as plain lists here; connections have their own tests.
const q = async (query: string, variables: Record<string, unknown>, token?: string) => {
  const res = await gql(gatewayUrl, query, variables, token);
  return { ...res, data: flattenConnections(res.data) };
};

async function sample() {
  const { org, owner, member } = await f.organization();
  const people: TestAccount[] = [];
  for (const p of ['us-operator', 'us-leader', 'au-operator', 'au-leader']) {
    const a = await f.account(p);
    await f.services.memberships.addMember(owner.viewer, {
      organizationId: org.id,
      email: a.email,
      role: PrimaryRole.MEMBER,
    });
    people.push(a);
  }
  const [usOperator, usLeader, auOperator, auLeader] = people as [TestAccount, TestAccount, TestAccount, TestAccount];
  const byEmail = new Map([
    ['us-operator@demo.test', usOperator.id],
    ['us-leader@demo.test', usLeader.id],
    ['au-operator@demo.test', auOperator.id],
    ['au-leader@demo.test', auLeader.id],
  ]);
  // GA-9: live chat is the LiveChat product's; the owner and the operators are its users, the member is not.
  await giveLiveChat(productDb, owner.viewer, org.id, [
    [owner.id, 'administrator'],
    ...people.map((p) => [p.id, 'normal'] as [string, 'normal']),
  ]);
  const ids = await loadSampleConfiguration(dgDb, owner.viewer, org.id, byEmail, { chats: true });
  return { orgId: org.id, owner, member, usOperator, usLeader, auOperator, auLeader, ids };
}

const ORG = `query($o: ID!) { organization(id: $o) { name departments { edges { node { name } } }
  chats(first: 20) { edges { node { id visitorName department { name } messages(first: 20) { edges { node { body author { name } } } } } } } } }`;
const CHAT = `query($id: ID!) { chat(id: $id) { visitorName messages { edges { node { body } } } } }`;

describe('department-groups through the gateway, with real tokens', () => {
  it('LHC-5 end to end: a US operator reads US chats and not AU ones, and vice versa', async () => {
    const s = await sample();
    const us = await q(ORG, { o: s.orgId }, s.usOperator.token);
    expect(us.errors).toBeUndefined();
    // Organization.name comes from accounts, departments and chats from this subgraph: one federated answer.
    expect(us.data!.organization).toMatchObject({
      name: expect.stringMatching(/^Org /),
      departments: [{ name: 'Departments US' }],
    });
    expect(us.data!.organization.chats.map((c: { department: { name: string } }) => c.department.name)).toEqual([
      'Departments US',
    ]);

    const au = await q(ORG, { o: s.orgId }, s.auOperator.token);
    expect(au.data!.organization.chats.map((c: { department: { name: string } }) => c.department.name)).toEqual([
      'Departments AU',
    ]);

    const usChat = us.data!.organization.chats[0].id as string;
    const auChat = au.data!.organization.chats[0].id as string;
    const denied = await q(CHAT, { id: auChat }, s.usOperator.token);
    expect(denied.data).toEqual({ chat: null });
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    expect(codes(await q(CHAT, { id: usChat }, s.auOperator.token))).toEqual(['FORBIDDEN']);
    expect((await q(CHAT, { id: usChat }, s.usOperator.token)).data!.chat.visitorName).toBe(
      'Visitor of Departments US',
    );

    // The US operator answers; the owner (who sees everything) reads the author's name, resolved by accounts.
    const post = await q(
      'mutation($i: PostChatMessageInput!) { postChatMessage(input: $i) { chat { id } } }',
      { i: { chatId: usChat, body: 'How can I help?' } },
      s.usOperator.token,
    );
    expect(post.errors).toBeUndefined();
    const asOwner = await q(ORG, { o: s.orgId }, s.owner.token);
    const ownerUsChat = asOwner.data!.organization.chats.find((c: { id: string }) => c.id === usChat);
    expect(ownerUsChat.messages).toEqual([
      { body: 'Hello from Departments US', author: null },
      { body: 'How can I help?', author: { name: 'us-operator' } },
    ]);
    expect(
      codes(
        await q(
          'mutation($i: PostChatMessageInput!) { postChatMessage(input: $i) { chat { id } } }',
          { i: { chatId: auChat, body: 'x' } },
          s.usOperator.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // Anonymous callers are told to sign in.
    expect(codes(await q(CHAT, { id: usChat }))).toEqual(['UNAUTHENTICATED']);
  });

  it('LHC-6 and LHC-7 end to end: a US leader creates a US operator, not an AU one, and lists own permissions', async () => {
    const s = await sample();
    const newcomer = await f.account('newcomer');
    await f.services.memberships.addMember(s.owner.viewer, {
      organizationId: s.orgId,
      email: newcomer.email,
      role: PrimaryRole.MEMBER,
    });
    const create = `mutation($i: CreateOperatorInput!) { createOperator(input: $i) { operator { accountId account { name } userGroups { name } departmentGroups { name } } } }`;
    const g = (n: string) => s.ids.userGroups.get(n)!;
    const d = (n: string) => s.ids.departmentGroups.get(n)!;
    const au = await q(
      create,
      { i: { organizationId: s.orgId, accountId: newcomer.id, userGroupIds: [g('Operators'), g('AU Operators')] } },
      s.usLeader.token,
    );
    expect(au.data).toEqual({ createOperator: null });
    expect(codes(au)).toEqual(['FORBIDDEN']);
    const usCreated = await q(
      create,
      {
        i: {
          organizationId: s.orgId,
          accountId: newcomer.id,
          userGroupIds: [g('Operators'), g('US Operators')],
          departmentGroupIds: [d('Departments US')],
        },
      },
      s.usLeader.token,
    );
    expect(usCreated.errors).toBeUndefined();
    expect(usCreated.data!.createOperator.operator).toEqual({
      accountId: toGlobalId('Account', newcomer.id),
      account: { name: 'newcomer' },
      userGroups: [{ name: 'Operators' }, { name: 'US Operators' }],
      departmentGroups: [{ name: 'Departments US' }],
    });
    // Once a LiveChat user (GA-9), the new operator reads US chats on their very next request.
    await giveLiveChat(productDb, s.owner.viewer, s.orgId, [[newcomer.id, 'normal']]);
    const org = await q(ORG, { o: s.orgId }, newcomer.token);
    expect(org.data!.organization.chats.map((c: { department: { name: string } }) => c.department.name)).toEqual([
      'Departments US',
    ]);

    const perms = `query($o: ID!) { me { id effectivePermissions(organizationId: $o) { module function limitation userGroup { name } role { name } } } }`;
    const mine = await q(perms, { o: s.orgId }, newcomer.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.me.effectivePermissions).toContainEqual({
      module: 'lhdepartment',
      function: 'see_all',
      limitation: { group: [2] },
      userGroup: { name: 'US Operators' },
      role: { name: 'Operators US' },
    });
    // LHC-7 (issue 13): a plain member has no lhpermission/see_permissions, yet reads its own (empty) list.
    const member = await q(perms, { o: s.orgId }, s.member.token);
    expect(member.data!.me).toEqual({ id: toGlobalId('Account', s.member.id), effectivePermissions: [] });
    expect(codes(member)).toEqual([]);
  });

  it('X-6, GA-11 end to end: a removed operator re-added as a plain MEMBER is no operator and reads no chat', async () => {
    const s = await sample();
    const before = await q(ORG, { o: s.orgId }, s.usOperator.token);
    expect(before.errors).toBeUndefined();
    const usChat = before.data!.organization.chats[0].id as string;
    const removed = await q(
      'mutation($i: OrganizationMemberInput!) { removeOrganizationMember(input: $i) { removedMembershipId } }',
      { i: { organizationId: s.orgId, accountId: s.usOperator.id } },
      s.owner.token,
    );
    expect(removed.errors).toBeUndefined();
    // The removal's transaction ended its grants here and said what they were, by name.
    const [event] = await dgDb.query(
      `SELECT before FROM department_groups.audit_events WHERE organization_id = $1 AND action = 'member.offboarded' AND target_id = $2`,
      [s.orgId, s.usOperator.id],
    );
    expect(event.before.userGroups.map((g: { name: string }) => g.name)).toEqual(['Operators', 'US Operators']);
    expect(event.before.departmentGroups.map((g: { name: string }) => g.name)).toEqual(['Departments US']);
    const readded = await q(
      'mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { membership { id } } }',
      { i: { organizationId: s.orgId, email: s.usOperator.email, role: 'MEMBER' } },
      s.owner.token,
    );
    expect(readded.errors).toBeUndefined();
    const after = await q(ORG, { o: s.orgId }, s.usOperator.token);
    expect(after.data!.organization).toMatchObject({ departments: [], chats: null });
    expect(codes(after)).toEqual(['FORBIDDEN']);
    expect(codes(await q(CHAT, { id: usChat }, s.usOperator.token))).toEqual(['FORBIDDEN']);
    const operators = await q(
      'query($o: ID!) { organization(id: $o) { operators(first: 100) { edges { node { accountId } } } } }',
      { o: s.orgId },
      s.owner.token,
    );
    expect(operators.data!.organization.operators.map((o: { accountId: string }) => o.accountId)).not.toContain(
      s.usOperator.id,
    );
    const launch = await q(
      'query($o: ID!) { canLaunch(organizationId: $o, product: "livechat") }',
      { o: s.orgId },
      s.usOperator.token,
    );
    expect(launch.data).toEqual({ canLaunch: false });
  });

  it('bad input is a clear error with a stable code and changes nothing', async () => {
    const s = await sample();
    const before = await dgDb.query(
      'SELECT count(*)::int AS n FROM department_groups.roles WHERE organization_id = $1',
      [s.orgId],
    );
    const res = await q(
      'mutation($i: CreateOperatorRoleInput!) { createOperatorRole(input: $i) { operatorRole { id } } }',
      {
        i: {
          organizationId: s.orgId,
          name: 'Bad',
          grants: [{ module: 'lhdepartment', function: 'see_all', limitation: '{group:[2]}' }],
        },
      },
      s.owner.token,
    );
    expect(res.data).toEqual({ createOperatorRole: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'grants[0].limitation'],
    ]);
    expect(
      await dgDb.query('SELECT count(*)::int AS n FROM department_groups.roles WHERE organization_id = $1', [s.orgId]),
    ).toEqual(before);
  });

  it('issue 13: chats and messages are pages; a department filter narrows LHC-5, never widens it', async () => {
    const s = await sample();
    const dept = (n: string) => s.ids.departments.get(n)!;
    const chats = new ChatService(dgDb);
    for (const i of [1, 2]) {
      const c = await chats.startChat(s.owner.viewer, {
        organizationId: s.orgId,
        departmentId: dept('Departments US'),
        visitorName: `Pager ${i}`,
        message: 'm1',
      });
      for (const body of ['m2', 'm3']) await chats.postMessage(s.owner.viewer, { chatId: c.id, body });
    }
    const PAGE = `query($o: ID!, $first: Int, $after: String, $filter: ChatFilter) { organization(id: $o) {
      chats(first: $first, after: $after, filter: $filter) { totalCount edges { node { visitorName department { name }
        messages(first: 2) { edges { node { body } } pageInfo { hasNextPage endCursor } } } } pageInfo { hasNextPage endCursor } } } }`;
    const page = (vars: Record<string, unknown>, token: string) =>
      gql(gatewayUrl, PAGE, { o: s.orgId, ...vars }, token);

    // The US operator pages its three US chats one at a time, oldest first.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await page({ first: 1, after }, s.usOperator.token);
      expect(res.errors).toBeUndefined();
      const c = res.data!.organization.chats;
      expect(c.totalCount).toBe(3);
      seen.push(c.edges[0].node.visitorName);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Visitor of Departments US', 'Pager 1', 'Pager 2']);

    // Messages page too: the first two, then the rest after the cursor.
    const first = await page({ filter: { departmentIds: [dept('Departments US')] } }, s.owner.token);
    const pager = first.data!.organization.chats.edges[1].node;
    expect(pager.messages.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['m1', 'm2']);
    expect(pager.messages.pageInfo.hasNextPage).toBe(true);

    // The owner sees every department and filters to AU; the US operator asking for AU gets nothing (LHC-5).
    const au = await page({ filter: { departmentIds: [dept('Departments AU')] } }, s.owner.token);
    expect(
      au.data!.organization.chats.edges.map((e: { node: { department: { name: string } } }) => e.node.department.name),
    ).toEqual(['Departments AU']);
    const sneaky = await page({ filter: { departmentIds: [dept('Departments AU')] } }, s.usOperator.token);
    expect(sneaky.errors).toBeUndefined();
    expect(sneaky.data!.organization.chats).toMatchObject({ totalCount: 0, edges: [] });

    // Bad arguments, all at once; a cursor that is not one.
    const bad = await page({ first: 0, filter: { departmentIds: [] } }, s.owner.token);
    expect(
      bad.errors?.map((e) => [
        e.extensions?.code,
        e.extensions?.field,
        (e.extensions?.fieldErrors as Array<{ field: string }>).map((x) => x.field),
      ]),
    ).toEqual([['BAD_USER_INPUT', 'first', ['first', 'filter.departmentIds']]]);
    const forged = await page({ after: 'garbage' }, s.owner.token);
    expect(forged.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
  });

  it('resolves lists through loaders: SQL statements stay flat as the organization grows', async () => {
    const s = await sample();
    const query = `query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization {
      userGroups { edges { node { name required workWith { name } roles { name grants { module function limitation } } operators(first: 50) { edges { node { accountId userGroups { name } departmentGroups { name } } } } } } }
      operators(first: 50) { totalCount edges { node { accountId userGroups { name } } } } departmentGroups { edges { node { name departments { name } } } }
      chats(first: 50) { totalCount edges { node { visitorName department { name } messages(first: 10) { edges { node { body author { id } } } } } } } } } }`;
    const statements = async () => {
      const res = await fetch(departmentGroupsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.owner.token}` },
        body: JSON.stringify({ query, variables: { o: s.orgId } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors).toBeUndefined();
      return Number(res.headers.get('x-sql-statements'));
    };
    const small = await statements();
    for (let i = 0; i < 6; i++) {
      const a = await f.account('extra');
      await f.services.memberships.addMember(s.owner.viewer, {
        organizationId: s.orgId,
        email: a.email,
        role: PrimaryRole.MEMBER,
      });
      await new OperatorService(dgDb).createOperator(s.owner.viewer, {
        organizationId: s.orgId,
        accountId: a.id,
        userGroupIds: [s.ids.userGroups.get('Operators')!],
      });
      // Issue 13: chats and their messages are pages read by one statement each, however many chats.
      const chat = await new ChatService(dgDb).startChat(s.owner.viewer, {
        organizationId: s.orgId,
        departmentId: s.ids.departments.get('Departments US')!,
        visitorName: `Visitor ${i}`,
        message: 'Hello',
      });
      await new ChatService(dgDb).postMessage(s.owner.viewer, { chatId: chat.id, body: 'Answer' });
    }
    expect(await statements()).toBe(small);
  });
});
