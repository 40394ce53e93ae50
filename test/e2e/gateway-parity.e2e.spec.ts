import { startGateway } from '../../gateway/gateway';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import type { RunningServer } from '../../subgraphs/common/http/server';
import { createLogger } from '../../subgraphs/common/logger';
import { loadSampleConfiguration } from '../../subgraphs/department-groups/seed/demo';
import { ChatbotContentService } from '../../subgraphs/product-roles/chatbot/chatbot-content.service';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { buildWorld } from '../support/customer-hierarchy';
import { accountsFactory, PASSWORD, type TestAccount } from '../support/factories';
import { startTestSystem, testConfig, type TestSystem } from '../support/system';

/**
 * The default engine (Hive Gateway runtime + Rust query planner) and @apollo/gateway, over the same running
 * subgraphs, answer a corpus of operations with the same HTTP status and the same JSON.
 */
let sys: TestSystem;
let apollo: RunningServer;
beforeAll(async () => {
  sys = await startTestSystem();
  const config = testConfig();
  expect(config.gatewayEngine).toBe('hive-router');
  apollo = await startGateway({
    config,
    tokens: await TokenService.fromConfig(config.jwt),
    logger: createLogger('apollo-gateway', 'silent'),
    port: 0,
    subgraphUrls: sys.subgraphUrls,
    engine: 'apollo',
  });
});
afterAll(async () => {
  await apollo.close();
  await sys.close();
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; path?: unknown[] }> };
}

async function ask(url: string, query: string, variables: Record<string, unknown>, authorization?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/**
 * The one normalization: errors sorted by path and message. Both engines fetch independent subgraphs in parallel
 * and append each fetch's errors as it completes, and the GraphQL spec gives the order of `errors` no meaning.
 */
function normalized(answer: Answer): Answer {
  const errors = answer.body.errors
    ?.slice()
    .sort((a, b) => `${JSON.stringify(a.path)}${a.message}`.localeCompare(`${JSON.stringify(b.path)}${b.message}`));
  return { status: answer.status, body: { ...answer.body, ...(errors ? { errors } : {}) } };
}

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** A raw Authorization header, or an account whose bearer token to send. */
  as?: TestAccount | string;
}

async function expectSameAnswers(cases: Case[]) {
  const mismatches: string[] = [];
  for (const c of cases) {
    const authorization = typeof c.as === 'string' ? c.as : c.as ? `Bearer ${c.as.token}` : undefined;
    const ours = normalized(await ask(sys.gatewayUrl, c.query, c.variables ?? {}, authorization));
    const theirs = normalized(await ask(apollo.url, c.query, c.variables ?? {}, authorization));
    try {
      expect(ours).toEqual(theirs);
    } catch {
      mismatches.push(`${c.name}\n  default: ${JSON.stringify(ours)}\n  apollo:  ${JSON.stringify(theirs)}`);
    }
  }
  expect(mismatches).toEqual([]);
}

describe('gateway engines answer alike', () => {
  it('on the README examples, the X-1 access picture and the chatbot matrix, for every kind of caller', async () => {
    const f = accountsFactory(sys.deps.accounts);
    const prDb = sys.deps['product-roles'].db;
    const products = new ProductService(prDb);
    const companies = new CompanyService(prDb);
    const content = new ChatbotContentService(prDb);

    // One organization with every product domain in it: members, products, a chatbot company with content,
    // seed 001's live-chat configuration, and a portal customer admin (the X-1 person) who is also a member.
    const { org, owner, admin, member } = await f.organization();
    const world = await buildWorld(f, sys.deps['customer-hierarchy'].db);
    const person = world.people.CUSTOMER_ADMIN;
    await f.services.memberships.addMember(owner.viewer, {
      organizationId: org.id,
      email: person.email,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await f.services.memberships.grantCustomRole(owner.viewer, {
      organizationId: org.id,
      accountId: person.id,
      role: CustomRole.BILLING_EDITOR,
    });
    for (const product of ['livechat', 'chatbot'])
      await products.enable(owner.viewer, { organizationId: org.id, product });
    // The person is a LiveChat administrator; the owner too, since it starts the sample's chats (GA-9).
    for (const who of [person, owner])
      await new ProductUserService(prDb).assign(owner.viewer, {
        organizationId: org.id,
        accountId: who.id,
        product: 'livechat',
        role: 'administrator',
      });
    const manager = await f.account('manager');
    const designer = await f.account('designer');
    for (const [who, role] of [
      [admin, CompanyRole.ADMINISTRATOR],
      [manager, CompanyRole.MANAGER],
      [designer, CompanyRole.DESIGNER],
      [person, CompanyRole.ADMINISTRATOR],
    ] as const) {
      await companies.invite(owner.viewer, { organizationId: org.id, email: who.email, role });
      await companies.accept(who.viewer, { organizationId: org.id });
    }
    const project = await content.createProject(owner.viewer, { organizationId: org.id, name: 'Parity project' });
    const agent = await content.createAgent(owner.viewer, {
      organizationId: org.id,
      projectId: project.id,
      name: 'Parity agent',
    });
    await content.createScenario(owner.viewer, { organizationId: org.id, agentId: agent.id, content: { start: 'hi' } });
    await content.addChannel(owner.viewer, { organizationId: org.id, agentId: agent.id, kind: 'web' });
    await content.createIntent(owner.viewer, { organizationId: org.id, name: 'greeting' });
    await loadSampleConfiguration(
      sys.deps['department-groups'].db,
      owner.viewer,
      org.id,
      new Map([['us-operator@demo.test', person.id]]),
      { chats: true },
    );
    const stranger = await f.account('stranger');
    const o = org.id;
    const customer = world.customers.K1;

    const ME = `query Me { me { name memberships { role customRoles organization { id name
      members(first: 10) { totalCount edges { node { role customRoles account { name email } } } }
      auditEvents(first: 5) { edges { node { action actor { name } before after } } } } } } }`;
    const PRODUCTS = `query Products($org: ID!) { organization(id: $org) {
      products { product { key name secondaryRoles } }
      productUsers(product: "livechat") { edges { node { account { name } role active customRole { name permissions } } } }
      members { edges { node { account { name } legacyLiveChatRole productRoles { product role } } } } }
      canLaunch(organizationId: $org, product: "livechat") }`;
    const COMPANY = `query Company($org: ID!) { organization(id: $org) {
      chatbotCompany { name billingPlan owner { name } users { totalCount edges { node { role account { email } } } } invitations { edges { node { email role } } }
        projects { edges { node { name agents { edges { node { name data scenario channels { kind } } } } } } } intents { edges { node { name } } } } }
      me { chatbotCompanies { name role invitedRole } } }`;
    const PORTAL = `query Portal { myPortalRoles { role server { id } conduit { id } customer { id } }
      customers(first: 10) { totalCount edges { node { id name billingState conduit { id } departments { edges { node { name } } } notes { edges { node { body } } } } } } }`;
    const DECIDE = `query Decide($me: ID!, $customer: ID!) {
      portalDecision(input: { accountId: $me, action: CREATE_CUSTOMER, customerId: $customer }) { allowed reason decidedBy { role } } }`;
    const CHATS = `query Chats($org: ID!) {
      organization(id: $org) { departments { edges { node { name } } } chats(first: 10) { totalCount edges { node { visitorName department { name } messages(first: 10) { edges { node { body } } } } } } }
      account: me { effectivePermissions(organizationId: $org) { module function limitation userGroup { name } role { name } } } }`;
    const PICTURE = `query Picture($o: ID!) { me { name
      memberships { role customRoles legacyLiveChatRole productRoles { product role active } organization { id name departments { edges { node { name } } } } }
      chatbotCompanies { organizationId role } portalRoles { role } effectivePermissions(organizationId: $o) { module function } } }`;
    // X-2 + X-7: one root field answered by four subgraphs through the AccessDecision entities, and viewerCan… fields.
    const DECISIONS = `query Decisions($o: ID!, $customer: ID!) { decisions(requests: [
      { action: ADD_ORGANIZATION_MEMBER, resourceId: $o }, { action: CHATBOT_PROJECT_CREATE, resourceId: $o },
      { action: LIVECHAT_CREATE_DEPARTMENT, resourceId: $o }, { action: PORTAL_EDIT_CUSTOMER, resourceId: $customer }]) {
        __typename key ... on AccessDecision { action allowed reason grants missing } }
      organization(id: $o) { viewerCanAddMember viewerCanCreateDepartment
        members(first: 5) { edges { node { viewerCanChangeRole viewerCanRemove } } } } }`;
    const ADD = `mutation Add($org: ID!) { addOrganizationMember(input: { organizationId: $org, email: "nobody@example.test", role: MEMBER }) { membership { id role } } }`;
    const IMPORT = `mutation Import($org: ID!, $project: ID!) { importChatbotAgent(input: { organizationId: $org, projectId: $project,
      agent: { format: "chatbot-agent/v1", name: "Imported", data: {}, channels: [{ kind: "web" }] } }) { chatbotAgent { id } } }`;

    const NODE_FIELDS = `__typename id ... on Organization { name } ... on Customer { name }
      ... on ChatbotProject { name } ... on ChatbotAgent { name } ... on Account { name } ... on ChatbotCompany { name }
      ... on Product { name } ... on Department { name } ... on Membership { role }`;
    // A refused field of one node in `nodes`: @apollo/gateway puts the error at the node's index within the
    // owner's `_entities` batch, not within the list (the default engine is right), so the list case asks only
    // fields every visible node shows; the single `node` case asks a refused field too.
    const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`;
    const NODE = `query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} ... on Customer { billingState } } }`;
    const [department] = (await sys.deps['department-groups'].db.query(
      'SELECT id FROM department_groups.departments WHERE organization_id = $1 LIMIT 1',
      [o],
    )) as Array<{ id: string }>;
    const nodeIds = [
      toGlobalId('Organization', o),
      toGlobalId('Customer', customer),
      toGlobalId('ChatbotProject', project.id),
      toGlobalId('ChatbotAgent', agent.id),
      toGlobalId('Account', owner.id),
      toGlobalId('ChatbotCompany', o),
      toGlobalId('Product', 'livechat'),
      toGlobalId('Department', department!.id),
      toGlobalId('Organization', '00000000-0000-4000-8000-000000000000'),
      toGlobalId('Nothing', o),
    ];
    const callers: Array<[string, TestAccount]> = [
      ['owner', owner],
      ['admin', admin],
      ['member', member],
      ['manager', manager],
      ['designer', designer],
      ['x-1 person', person],
      ['stranger', stranger],
      ['portal support', world.people.SUPPORT],
      ['portal sales rep', world.people.SALES_REP],
    ];
    const cases: Case[] = [];
    for (const [who, as] of callers) {
      cases.push(
        { name: `Me as ${who}`, query: ME, as },
        { name: `Products as ${who}`, query: PRODUCTS, variables: { org: o }, as },
        { name: `Company as ${who}`, query: COMPANY, variables: { org: o }, as },
        { name: `Portal as ${who}`, query: PORTAL, as },
        { name: `Decide as ${who}`, query: DECIDE, variables: { me: as.id, customer }, as },
        { name: `Decisions as ${who}`, query: DECISIONS, variables: { o, customer }, as },
        { name: `Chats as ${who}`, query: CHATS, variables: { org: o }, as },
        { name: `X-1 picture as ${who}`, query: PICTURE, variables: { o }, as },
        // Refused mutations change nothing, so both engines can be asked the same thing.
        {
          name: `Add as ${who} (FORBIDDEN unless owner/admin: they get NOT_FOUND)`,
          query: ADD,
          variables: { org: o },
          as,
        },
        { name: `Import as ${who}`, query: IMPORT, variables: { org: o, project: 'not-an-id' }, as },
        // Issue 13: node/nodes across the four subgraphs; what a caller may not see answers null like an unknown id.
        { name: `Nodes as ${who}`, query: NODES, variables: { ids: nodeIds }, as },
        { name: `Node as ${who}`, query: NODE, variables: { id: toGlobalId('Customer', customer) }, as },
      );
    }
    await expectSameAnswers(cases);
  });

  it('on errors: anonymous, bad input, bad tokens, partial results and refused requests', async () => {
    const f = accountsFactory(sys.deps.accounts);
    const { org, owner, member } = await f.organization();
    await expectSameAnswers([
      { name: 'anonymous me (UNAUTHENTICATED)', query: '{ me { id name } }' },
      {
        name: 'anonymous organization',
        query: 'query($o: ID!) { organization(id: $o) { name } }',
        variables: { o: org.id },
      },
      {
        name: 'partial: a member reads the name but not the audit (FORBIDDEN)',
        query: 'query($o: ID!) { organization(id: $o) { name auditEvents(first: 2) { edges { node { action } } } } }',
        variables: { o: org.id },
        as: member,
      },
      {
        name: 'partial across subgraphs: chatbot company not enabled, memberships fine',
        query:
          '{ me { name memberships { role organization { name chatbotCompany { name } } } chatbotCompanies { name } } }',
        as: owner,
      },
      {
        name: 'BAD_USER_INPUT on sign-up (non-null root field: data is null)',
        query: 'mutation { signUp(input: { email: "not-an-email", name: "X", password: "long enough" }) { token } }',
      },
      {
        name: 'BAD_USER_INPUT: a malformed node id, and more than 100 nodes',
        query: 'query($ids: [ID!]!) { node(id: "%%") { id } nodes(ids: $ids) { id } }',
        variables: { ids: Array.from({ length: 101 }, () => 'x') },
        as: owner,
      },
      {
        name: 'BAD_USER_INPUT: a malformed id',
        query: 'query($o: ID!) { organization(id: $o) { name } }',
        variables: { o: 'not-a-uuid' },
        as: owner,
      },
      {
        name: 'wrong password (INVALID_CREDENTIALS)',
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { account { id } } }',
        variables: { i: { email: `nobody-${org.id}@example.test`, password: 'wrong password' } },
      },
      {
        name: 'log-in with a stale token works',
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { account { id name } } }',
        variables: { i: { email: owner.email, password: PASSWORD } },
        as: 'Bearer not.a.token',
      },
      { name: 'protected only with a bad token (401)', query: '{ me { id } }', as: 'Bearer not.a.token' },
      { name: 'malformed Authorization (401)', query: '{ me { id } }', as: 'Basic abc' },
      { name: 'validation error', query: '{ me { nope } }', as: owner },
      { name: 'parse error', query: '{ me { id ', as: owner },
      { name: 'depth limit', query: `{ me { ${'memberships { account { '.repeat(8)}id${' } }'.repeat(8)} } }` },
      { name: 'alias limit', query: `{ me { ${Array.from({ length: 40 }, (_, i) => `a${i}: name`).join(' ')} } }` },
      { name: 'several operations, no operationName', query: 'query A { __typename } query B { __typename }' },
      { name: 'bad variable type', query: 'query($o: ID!) { organization(id: $o) { name } }', variables: { o: 5.5 } },
      { name: 'missing variable', query: 'query($o: ID!) { organization(id: $o) { name } }' },
      { name: '__typename only', query: '{ __typename }' },
    ]);
  });
});
