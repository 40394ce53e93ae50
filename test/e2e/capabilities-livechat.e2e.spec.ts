import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { loadSampleConfiguration } from '../../subgraphs/department-groups/seed/demo';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

/**
 * X-7 for live chat (seed 001, LHC-5…LHC-7): for every kind of person of the seed's sample configuration, each
 * `viewerCan…` field equals what its mutation then does (allowed ⇔ it succeeds, denied ⇔ FORBIDDEN).
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

type Person = 'owner' | 'admin' | 'member' | 'operator' | 'leader';

async function world(): Promise<{ org: string; people: Record<Person, TestAccount> }> {
  const o = await f.organization();
  const operator = await f.account('us-operator');
  const leader = await f.account('us-leader');
  for (const who of [operator, leader])
    await f.services.memberships.addMember(o.owner.viewer, {
      organizationId: o.org.id,
      email: who.email,
      role: PrimaryRole.MEMBER,
    });
  const prDb = sys.deps['product-roles'].db;
  await new ProductService(prDb).enable(o.owner.viewer, { organizationId: o.org.id, product: 'livechat' });
  for (const who of [o.owner, operator, leader])
    await new ProductUserService(prDb).assign(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: who.id,
      product: 'livechat',
      role: who === o.owner ? 'administrator' : 'normal',
    });
  await loadSampleConfiguration(
    sys.deps['department-groups'].db,
    o.owner.viewer,
    o.org.id,
    new Map([
      ['us-operator@demo.test', operator.id],
      ['us-leader@demo.test', leader.id],
    ]),
    { chats: true },
  );
  return { org: o.org.id, people: { owner: o.owner, admin: o.admin, member: o.member, operator, leader } };
}

const CAN = `query($o: ID!) { organization(id: $o) { viewerCanCreateDepartment viewerCanConfigureLiveChat
  viewerCanStartChat userGroups { edges { node { id viewerCanEdit } } } chats(first: 100) { edges { node { id viewerCanPostMessage } } } } }`;

const outcome = (res: { errors?: unknown[] }, c: unknown[]) =>
  res.errors ? (c.every((x) => x === 'FORBIDDEN') ? 'FORBIDDEN' : `UNEXPECTED ${JSON.stringify(c)}`) : 'ALLOWED';

describe('X-7 live chat: viewerCan… equals the mutation, for every person of seed 001', () => {
  it.each(['owner', 'admin', 'member', 'operator', 'leader'] as Person[])('%s', async (who) => {
    const w = await world();
    const me = w.people[who];
    const page = await gql(sys.gatewayUrl, CAN, { o: w.org }, me.token);
    const org = page.data!.organization as {
      viewerCanCreateDepartment: boolean;
      viewerCanConfigureLiveChat: boolean;
      userGroups: { edges: Array<{ node: { id: string; viewerCanEdit: boolean } }> } | null;
      chats: { edges: Array<{ node: { id: string; viewerCanPostMessage: boolean } }> } | null;
    };
    const run = async (doc: string, vars: Record<string, unknown>) => {
      const res = await gql(sys.gatewayUrl, doc, vars, me.token);
      return outcome(res, codes(res));
    };
    const expectSame = (name: string, can: boolean, done: string) =>
      expect([name, done]).toEqual([name, can ? 'ALLOWED' : 'FORBIDDEN']);
    expectSame(
      'createDepartment',
      org.viewerCanCreateDepartment,
      await run('mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }', {
        i: { organizationId: w.org, name: `Dept by ${who}` },
      }),
    );
    expectSame(
      'createUserGroup',
      org.viewerCanConfigureLiveChat,
      await run('mutation($i: CreateUserGroupInput!) { createUserGroup(input: $i) { userGroup { id } } }', {
        i: { organizationId: w.org, name: `Group by ${who}` },
      }),
    );
    for (const { node: g } of (org.userGroups?.edges ?? []).slice(0, 2))
      expectSame(
        `setUserGroupWorkWith ${g.id}`,
        g.viewerCanEdit,
        await run('mutation($i: SetUserGroupWorkWithInput!) { setUserGroupWorkWith(input: $i) { userGroup { id } } }', {
          i: { organizationId: w.org, userGroupId: g.id, workWithIds: [] },
        }),
      );
    for (const chat of (org.chats?.edges ?? []).map((e) => e.node))
      expectSame(
        `postChatMessage ${chat.id}`,
        chat.viewerCanPostMessage,
        await run('mutation($i: PostChatMessageInput!) { postChatMessage(input: $i) { chat { id } } }', {
          i: { chatId: chat.id, body: `from ${who}` },
        }),
      );
  });
});
