import { fromGlobalId, toGlobalId } from '../../subgraphs/common/federation/global-id';
import { MAX_NODES } from '../../subgraphs/common/federation/node-host';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { loadSampleConfiguration } from '../../subgraphs/department-groups/seed/demo';
import { ChatbotContentService } from '../../subgraphs/product-roles/chatbot/chatbot-content.service';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { buildWorld, type World } from '../support/customer-hierarchy';
import { accountsFactory, type TestAccount } from '../support/factories';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

// Issue 13, global object identification: every entity is a Node whose global id `node`/`nodes` resolve through
// federation, under the same field policies as every other path.
let sys: TestSystem;
let owner: TestAccount;
let admin: TestAccount;
let stranger: TestAccount;
let org: string;
let otherOrg: string;
let world: World;
beforeAll(async () => {
  sys = await startTestSystem();
  const f = accountsFactory(sys.deps.accounts!);
  const prDb = sys.deps['product-roles']!.db;
  const products = new ProductService(prDb);
  const companies = new CompanyService(prDb);
  const content = new ChatbotContentService(prDb);
  const made = await f.organization();
  ({ owner, admin } = made);
  org = made.org.id;
  otherOrg = (await f.organization()).org.id;
  stranger = await f.account('stranger');
  for (const product of ['livechat', 'chatbot']) await products.enable(owner.viewer, { organizationId: org, product });
  await new ProductUserService(prDb).assign(owner.viewer, {
    organizationId: org,
    accountId: owner.id,
    product: 'livechat',
    role: 'administrator',
  });
  await companies.invite(owner.viewer, { organizationId: org, email: admin.email, role: CompanyRole.ADMINISTRATOR });
  await companies.accept(admin.viewer, { organizationId: org });
  const invitee = await f.account('invitee');
  await f.services.memberships.addMember(owner.viewer, {
    organizationId: org,
    email: invitee.email,
    role: PrimaryRole.MEMBER,
  });
  await companies.invite(owner.viewer, { organizationId: org, email: invitee.email, role: CompanyRole.DESIGNER });
  const project = await content.createProject(owner.viewer, { organizationId: org, name: 'Node project' });
  const agent = await content.createAgent(owner.viewer, { organizationId: org, projectId: project.id, name: 'Bot' });
  await content.addChannel(owner.viewer, { organizationId: org, agentId: agent.id, kind: 'web' });
  await content.createIntent(owner.viewer, { organizationId: org, name: 'greeting' });
  await content.createExternalRequest(owner.viewer, { organizationId: org, name: 'crm', url: 'https://crm.example' });
  await loadSampleConfiguration(
    sys.deps['department-groups']!.db,
    owner.viewer,
    org,
    new Map([['us-operator@demo.test', admin.id]]),
    { chats: true },
  );
  world = await buildWorld(f, sys.deps['customer-hierarchy']!.db);
  // One of every customer-hierarchy object, made through the API by ROOT.
  const root = world.people.ROOT;
  const customerId = world.customers.K1;
  const run = async (query: string, input: Obj) => {
    const res = await q(query, { i: input }, root);
    expect(res.errors).toBeUndefined();
    return res.data! as Obj;
  };
  const dept = async (name: string) =>
    (
      (
        await run(
          'mutation($i: CreateNamedInput!) { x: createCustomerDepartment(input: $i) { customerDepartment { id } } }',
          {
            customerId,
            name,
          },
        )
      ).x as { customerDepartment: Obj }
    ).customerDepartment.id as string;
  const [d1, d2] = [await dept('Front'), await dept('Back')];
  await run(
    'mutation($i: CreateDepartmentAssociationInput!) { x: createDepartmentAssociation(input: $i) { departmentAssociation { id } } }',
    {
      departmentId: d1,
      otherDepartmentId: d2,
    },
  );
  await run('mutation($i: CreateNamedInput!) { x: createCustomerGroup(input: $i) { customerGroup { id } } }', {
    customerId,
    name: 'G',
  });
  await run('mutation($i: CreateNamedInput!) { x: createBroadcastGroup(input: $i) { broadcastGroup { id } } }', {
    customerId,
    name: 'B',
  });
  await run('mutation($i: CreateEndUserInput!) { x: createEndUser(input: $i) { endUser { id } } }', {
    customerId,
    name: 'End',
    email: 'end@example.test',
  });
  await run('mutation($i: CreateNoteInput!) { x: createCustomerNote(input: $i) { customerNote { id } } }', {
    customerId,
    body: 'Hi',
  });
  await run(
    'mutation($i: CreateActivationCodeInput!) { x: createManualActivationCode(input: $i) { manualActivationCode { id } } }',
    {
      customerId,
      label: 'L',
    },
  );
  await run(
    'mutation($i: SetExternalContactsInput!) { x: setExternalContacts(input: $i) { externalContacts { id } } }',
    {
      customerId,
      contacts: [{ name: 'Ext', email: 'ext@example.test' }],
    },
  );
  await run('mutation($i: SetRtpGatewayConfigInput!) { x: setRtpGatewayConfig(input: $i) { customer { id } } }', {
    customerId,
    host: 'rtp.example',
    port: 5060,
    transport: 'UDP',
  });
}, 120_000);
afterAll(() => sys.close());

const q = (query: string, variables: Record<string, unknown>, as: TestAccount) =>
  gql(sys.gatewayUrl, query, variables, as.token);

type Obj = Record<string, unknown>;
const first = (list: unknown): Obj => (list as Obj[])[0]!;
/** The nodes of a connection (issue 13: growing lists are connections). */
const nodes = (connection: unknown): Obj[] => ((connection as Obj).edges as Obj[]).map((e) => e.node as Obj);

/** One row per Node type: how a screen reaches one normally, and the fields to compare with `node(id:)`. */
const NODE_TYPES: Array<{ type: string; as: () => TestAccount; query: string; vars?: () => Obj; pick(d: Obj): Obj }> = [
  { type: 'Account', as: () => owner, query: '{ me { id name email } }', pick: (d) => d.me as Obj },
  {
    type: 'Organization',
    as: () => owner,
    query: 'query($o: ID!) { organization(id: $o) { id name } }',
    pick: (d) => d.organization as Obj,
  },
  {
    type: 'Membership',
    as: () => owner,
    query: 'query($o: ID!) { organization(id: $o) { members(first: 1) { edges { node { id role } } } } }',
    pick: (d) => first(((d.organization as Obj).members as Obj).edges).node as Obj,
  },
  {
    type: 'Product',
    as: () => owner,
    query: '{ productCatalogue { id name } }',
    pick: (d) => first(d.productCatalogue),
  },
  {
    type: 'EnabledProduct',
    as: () => owner,
    query: 'query($o: ID!) { organization(id: $o) { products { id enabledAt } } }',
    pick: (d) => first((d.organization as Obj).products),
  },
  {
    type: 'ProductUser',
    as: () => owner,
    query:
      'query($o: ID!) { organization(id: $o) { productUsers(product: "livechat") { edges { node { id role active } } } } }',
    pick: (d) => first(nodes((d.organization as Obj).productUsers)),
  },
  {
    type: 'ProductCustomRole',
    as: () => owner,
    query:
      'query($o: ID!) { organization(id: $o) { productCustomRoles(product: "livechat") { edges { node { id name } } } } }',
    pick: (d) => first(nodes((d.organization as Obj).productCustomRoles)),
  },
  ...(
    [
      ['ChatbotCompany', '{ id name billingPlan }', (c: Obj) => c],
      ['ChatbotProject', '{ projects { edges { node { id name } } } }', (c: Obj) => first(nodes(c.projects))],
      [
        'ChatbotAgent',
        '{ projects { edges { node { agents { edges { node { id name } } } } } } }',
        (c: Obj) => first(nodes(first(nodes(c.projects)).agents)),
      ],
      [
        'ChatbotChannel',
        '{ projects { edges { node { agents { edges { node { channels { id kind } } } } } } } }',
        (c: Obj) => first(first(nodes(first(nodes(c.projects)).agents)).channels),
      ],
      ['ChatbotIntent', '{ intents { edges { node { id name } } } }', (c: Obj) => first(nodes(c.intents))],
      [
        'ChatbotExternalRequest',
        '{ externalRequests { edges { node { id name url } } } }',
        (c: Obj) => first(nodes(c.externalRequests)),
      ],
      [
        'CompanyInvitation',
        '{ invitations { edges { node { id email role } } } }',
        (c: Obj) => first(nodes(c.invitations)),
      ],
    ] as const
  ).map(([type, selection, at]) => ({
    type,
    as: () => owner,
    query: `query($o: ID!) { organization(id: $o) { chatbotCompany ${selection} } }`,
    pick: (d: Obj) => at((d.organization as Obj).chatbotCompany as Obj),
  })),
  {
    type: 'CompanyListing',
    as: () => admin,
    query: '{ me { chatbotCompanies { id name role } } }',
    pick: (d) => first((d.me as Obj).chatbotCompanies),
  },
  ...(
    [
      ['Department', '{ departments { edges { node { id name number } } } }', (o: Obj) => first(nodes(o.departments))],
      [
        'DepartmentGroup',
        '{ departmentGroups { edges { node { id name } } } }',
        (o: Obj) => first(nodes(o.departmentGroups)),
      ],
      ['UserGroup', '{ userGroups { edges { node { id name required } } } }', (o: Obj) => first(nodes(o.userGroups))],
      ['OperatorRole', '{ operatorRoles { edges { node { id name } } } }', (o: Obj) => first(nodes(o.operatorRoles))],
      [
        'OperatorRoleGrant',
        '{ operatorRoles { edges { node { grants { id module function } } } } }',
        (o: Obj) => first(nodes(o.operatorRoles).find((r) => (r.grants as Obj[]).length > 0)!.grants),
      ],
      ['Operator', '{ operators { edges { node { id accountId } } } }', (o: Obj) => first(nodes(o.operators))],
      ['Chat', '{ chats { edges { node { id visitorName } } } }', (o: Obj) => first(nodes(o.chats))],
      [
        'ChatMessage',
        '{ chats { edges { node { messages { edges { node { id body } } } } } } }',
        (o: Obj) => first(nodes(first(nodes(o.chats)).messages)),
      ],
    ] as const
  ).map(([type, selection, at]) => ({
    type,
    as: () => owner,
    query: `query($o: ID!) { organization(id: $o) ${selection} }`,
    pick: (d: Obj) => at(d.organization as Obj),
  })),
  {
    type: 'Customer',
    as: () => world.people.ROOT,
    query: 'query($c: ID!) { customer(id: $c) { id name billingState } }',
    vars: () => ({ c: world.customers.K1 }),
    pick: (d) => d.customer as Obj,
  },
  {
    type: 'SalesConduit',
    as: () => world.people.ROOT,
    query: 'query($c: ID!) { customer(id: $c) { conduit { id name } } }',
    vars: () => ({ c: world.customers.K1 }),
    pick: (d) => (d.customer as Obj).conduit as Obj,
  },
  {
    type: 'Server',
    as: () => world.people.ROOT,
    query: '{ servers { edges { node { id name } } } }',
    pick: (d) => first(nodes(d.servers)),
  },
  ...(
    [
      ['CustomerDepartment', '{ departments { edges { node { id name } } } }', (c: Obj) => first(nodes(c.departments))],
      ['CustomerGroup', '{ groups { edges { node { id name } } } }', (c: Obj) => first(nodes(c.groups))],
      [
        'BroadcastGroup',
        '{ broadcastGroups { edges { node { id name } } } }',
        (c: Obj) => first(nodes(c.broadcastGroups)),
      ],
      ['EndUser', '{ endUsers { edges { node { id name email } } } }', (c: Obj) => first(nodes(c.endUsers))],
      ['CustomerNote', '{ notes { edges { node { id body } } } }', (c: Obj) => first(nodes(c.notes))],
      [
        'ManualActivationCode',
        '{ activationCodes { edges { node { id label } } } }',
        (c: Obj) => first(nodes(c.activationCodes)),
      ],
      [
        'ExternalContact',
        '{ externalContacts { edges { node { id name email } } } }',
        (c: Obj) => first(nodes(c.externalContacts)),
      ],
      ['RtpGatewayConfig', '{ rtpGatewayConfig { id host port transport } }', (c: Obj) => c.rtpGatewayConfig as Obj],
      [
        'DepartmentAssociation',
        '{ departmentAssociations { edges { node { id kind } } } }',
        (c: Obj) => first(nodes(c.departmentAssociations)),
      ],
    ] as const
  ).map(([type, selection, at]) => ({
    type,
    as: () => world.people.ROOT,
    query: `query($c: ID!) { customer(id: $c) ${selection} }`,
    vars: () => ({ c: world.customers.K1 }),
    pick: (d: Obj) => at(d.customer as Obj),
  })),
  {
    type: 'PortalRoleAssignment',
    as: () => world.people.SUPPORT,
    query: '{ myPortalRoles { id role } }',
    pick: (d) => first(d.myPortalRoles),
  },
];

const selectionOf = (o: Obj) => Object.keys(o).join(' ');

describe('node(id:) and nodes(ids:) (issue 13)', () => {
  it.each(NODE_TYPES.map((t) => [t.type, t]))('%s: node(id) answers what the normal path answers', async (type, t) => {
    const normal = await q(t.query, { o: org, ...(t.vars?.() ?? {}) }, t.as());
    expect(normal.errors).toBeUndefined();
    const object = t.pick(normal.data!);
    expect(fromGlobalId(object.id)?.typeName).toBe(type);
    const fetched = await q(
      `query($id: ID!) { node(id: $id) { __typename ... on ${type} { ${selectionOf(object)} } } }`,
      { id: object.id },
      t.as(),
    );
    expect(fetched.errors).toBeUndefined();
    expect(fetched.data!.node).toEqual({ __typename: type, ...object });
  });

  it('covers every Node type of the API schema', async () => {
    const res = await q('{ __type(name: "Node") { possibleTypes { name } } }', {}, owner);
    const all = (res.data!.__type.possibleTypes as Array<{ name: string }>).map((t) => t.name).sort();
    expect(all).toEqual(NODE_TYPES.map((t) => t.type).sort());
  });

  it('answers null for an unknown id, another tenant and an object the caller may not see, alike', async () => {
    const unknown = toGlobalId('Organization', '00000000-0000-4000-8000-000000000001');
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Organization { name } } }`;
    // The stranger is no member of `org`; the owner is no member of `otherOrg`.
    const asStranger = await q(query, { ids: [toGlobalId('Organization', org), unknown] }, stranger);
    expect(asStranger).toMatchObject({ data: { nodes: [null, null] } });
    expect(asStranger.errors).toBeUndefined();
    const asOwner = await q(query, { ids: [toGlobalId('Organization', otherOrg), unknown] }, owner);
    expect(asOwner.data!.nodes).toEqual([null, null]);
    expect(asOwner.errors).toBeUndefined();
  });

  it('answers a forbidden entity of another subgraph with null, never its fields', async () => {
    const res = await q(
      `query($id: ID!) { node(id: $id) { id ... on Customer { name billingState } } }`,
      { id: toGlobalId('Customer', world.customers.K1) },
      stranger,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });

  it('refuses malformed ids with BAD_USER_INPUT and an id of the wrong type answers like an unknown one', async () => {
    for (const id of ['nope!', '', 'T3JnYW5pemF0aW9u', Buffer.from('lower:x').toString('base64url')]) {
      const res = await q(`query($id: ID!) { node(id: $id) { id } }`, { id }, owner);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const asMembershipOfOrg = toGlobalId('Membership', org);
    const wrong = await q(`query($id: ID!) { organization(id: $id) { name } }`, { id: asMembershipOfOrg }, owner);
    const unknown = await q(
      `query($id: ID!) { organization(id: $id) { name } }`,
      { id: toGlobalId('Organization', '00000000-0000-4000-8000-000000000002') },
      owner,
    );
    expect({ data: wrong.data, errors: wrong.errors }).toEqual({ data: unknown.data, errors: unknown.errors });
    const malformedArg = await q(`query { organization(id: "%%%") { name } }`, {}, owner);
    expect(codes(malformedArg)).toEqual(['BAD_USER_INPUT']);
    expect(malformedArg.errors![0]!.extensions!.field).toBe('id');
  });

  it('takes the raw uuid as an ID argument too (transitional) and answers with the global id', async () => {
    const res = await q(`query($id: ID!) { organization(id: $id) { id } }`, { id: org }, owner);
    expect(res.data!.organization).toEqual({ id: toGlobalId('Organization', org) });
  });

  it(`caps nodes at ${MAX_NODES} ids`, async () => {
    const ids = Array.from({ length: MAX_NODES + 1 }, () => toGlobalId('Organization', org));
    const res = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, owner);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    const ok = await q(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(1) }, owner);
    expect(ok.errors).toBeUndefined();
    expect((ok.data!.nodes as unknown[]).length).toBe(MAX_NODES);
  });

  it('loads 50 nodes of one type in one batch: the owner subgraph runs as many statements as for 1', async () => {
    for (let i = 0; i < 50; i++) {
      const made = await q(
        'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }',
        { i: { organizationId: org, name: `Batch ${i}` } },
        owner,
      );
      expect(made.errors).toBeUndefined();
    }
    const res = await q(
      'query($o: ID!) { organization(id: $o) { departments(first: 100) { edges { node { id } } } } }',
      { o: org },
      owner,
    );
    const departments = nodes((res.data!.organization as Obj).departments).map((d) => d.id as string);
    const statements = async (ids: string[]) => {
      const direct = await fetch(sys.subgraphUrls['department-groups']!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id name number } } }`,
          variables: { r: ids.map((id) => ({ __typename: 'Department', id, __nodeCheck: true })) },
        }),
      });
      expect(direct.status).toBe(200);
      return Number(direct.headers.get('x-sql-statements'));
    };
    const fifty = departments.slice(-50);
    expect(new Set(fifty).size).toBe(50);
    expect(await statements(fifty)).toBe(await statements(fifty.slice(0, 1)));
    const all = await q(
      `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Department { name } } }`,
      { ids: fifty },
      owner,
    );
    expect(all.errors).toBeUndefined();
    expect((all.data!.nodes as Obj[]).every((n) => n !== null)).toBe(true);
  });
});
