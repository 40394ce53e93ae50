import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { ChatbotContentService } from '../../subgraphs/product-roles/chatbot/chatbot-content.service';
import { CompanyService } from '../../subgraphs/product-roles/chatbot/company.service';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { ProductUserService } from '../../subgraphs/product-roles/product-user/product-user.service';
import { accountsFactory, type TestAccount } from '../support/factories';
import { SEED_002_MATRIX, SEED_ROLES } from '../support/seed-002';
import { compositeRawId, toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, gql, startTestSystem, type TestSystem } from '../support/system';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
let products: ProductService;
let companies: CompanyService;
let content: ChatbotContentService;
let users: ProductUserService;

beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
  const db = sys.deps['product-roles']!.db;
  products = new ProductService(db);
  companies = new CompanyService(db);
  content = new ChatbotContentService(db);
  users = new ProductUserService(db);
});
afterAll(() => sys.close());

interface Company {
  orgId: string;
  byRole: Record<CompanyRole, TestAccount>;
}

async function company(): Promise<Company> {
  const o = await f.organization();
  const manager = await f.account('manager');
  const designer = await f.account('designer');
  await products.enable(o.owner.viewer, { organizationId: o.org.id, product: 'chatbot' });
  for (const [who, role] of [
    [o.admin, CompanyRole.ADMINISTRATOR],
    [manager, CompanyRole.MANAGER],
    [designer, CompanyRole.DESIGNER],
  ] as const) {
    await companies.invite(o.owner.viewer, { organizationId: o.org.id, email: who.email, role });
    await companies.accept(who.viewer, { organizationId: o.org.id });
  }
  return { orgId: o.org.id, byRole: { OWNER: o.owner, ADMINISTRATOR: o.admin, MANAGER: manager, DESIGNER: designer } };
}

/** Fresh resources for one cell, made by the owner through the services. */
async function fixtures(c: Company) {
  const organizationId = c.orgId;
  const project = await content.createProject(c.byRole.OWNER.viewer, { organizationId, name: 'Fixture project' });
  const agentA = await content.createAgent(c.byRole.OWNER.viewer, {
    organizationId,
    projectId: project.id,
    name: 'With scenario',
  });
  await content.createScenario(c.byRole.OWNER.viewer, { organizationId, agentId: agentA.id, content: { start: 'hi' } });
  const agentB = await content.createAgent(c.byRole.OWNER.viewer, {
    organizationId,
    projectId: project.id,
    name: 'Without scenario',
  });
  const channel = await content.addChannel(c.byRole.OWNER.viewer, { organizationId, agentId: agentA.id, kind: 'web' });
  const intent = await content.createIntent(c.byRole.OWNER.viewer, { organizationId, name: 'greeting' });
  const request = await content.createExternalRequest(c.byRole.OWNER.viewer, {
    organizationId,
    name: 'crm',
    url: 'https://crm.example.test/hook',
  });
  const guest = await f.account('guest');
  const invited = await f.account('invited');
  const invitation = await companies.invite(c.byRole.OWNER.viewer, {
    organizationId,
    email: invited.email,
    role: CompanyRole.DESIGNER,
  });
  return {
    o: organizationId,
    project: project.id,
    agentA: agentA.id,
    agentB: agentB.id,
    channel: channel.id,
    intent: intent.id,
    request: request.id,
    guest: guest.email,
    invitation: invitation.id,
    admin: c.byRole.ADMINISTRATOR.id,
  };
}
type Fx = Awaited<ReturnType<typeof fixtures>>;

const read = (selection: string) => `query($o: ID!) { organization(id: $o) { chatbotCompany { ${selection} } } }`;
const agents = (selection: string) =>
  read(`projects { edges { node { agents { edges { node { ${selection} } } } } } }`);

/** One real operation per cell of seed 002 (resource × letter). */
const OPERATIONS: Record<string, { doc: string; vars?: (fx: Fx) => Record<string, unknown>; fresh?: boolean }> = {
  'project:C': {
    doc: 'mutation($o: ID!) { createChatbotProject(input: { organizationId: $o, name: "New" }) { chatbotProject { id } } }',
  },
  'project:R': { doc: read('projects { edges { node { name } } }') },
  'project:U': {
    doc: 'mutation($o: ID!, $p: ID!) { updateChatbotProject(input: { organizationId: $o, projectId: $p, name: "Renamed" }) { chatbotProject { id } } }',
    vars: (x) => ({ p: x.project }),
  },
  'project:D': {
    doc: 'mutation($o: ID!, $p: ID!) { deleteChatbotProject(input: { organizationId: $o, projectId: $p }) { deletedChatbotProjectId } }',
    vars: (x) => ({ p: x.project }),
  },
  'agent_data:R': { doc: agents('name data') },
  'agent_data:U': {
    doc: 'mutation($o: ID!, $a: ID!) { updateChatbotAgent(input: { organizationId: $o, agentId: $a, data: { lang: "en" } }) { chatbotAgent { id } } }',
    vars: (x) => ({ a: x.agentA }),
  },
  'agent_channels:C': {
    doc: 'mutation($o: ID!, $a: ID!) { addChatbotAgentChannel(input: { organizationId: $o, agentId: $a, kind: TELEGRAM }) { chatbotChannel { id } } }',
    vars: (x) => ({ a: x.agentA }),
  },
  'agent_channels:R': { doc: agents('channels { kind }') },
  'agent_channels:U': {
    doc: 'mutation($o: ID!, $c: ID!) { updateChatbotAgentChannel(input: { organizationId: $o, channelId: $c, config: { color: "red" } }) { chatbotChannel { id } } }',
    vars: (x) => ({ c: x.channel }),
  },
  'agent_channels:D': {
    doc: 'mutation($o: ID!, $c: ID!) { removeChatbotAgentChannel(input: { organizationId: $o, channelId: $c }) { removedChatbotChannelId } }',
    vars: (x) => ({ c: x.channel }),
  },
  'agent_scenario:C': {
    doc: 'mutation($o: ID!, $a: ID!) { createChatbotAgentScenario(input: { organizationId: $o, agentId: $a, content: { start: "new" } }) { chatbotAgent { id } } }',
    vars: (x) => ({ a: x.agentB }),
  },
  'agent_scenario:R': { doc: agents('scenario') },
  'agent_scenario:U': {
    doc: 'mutation($o: ID!, $a: ID!) { updateChatbotAgentScenario(input: { organizationId: $o, agentId: $a, content: { start: "edited" } }) { chatbotAgent { id } } }',
    vars: (x) => ({ a: x.agentA }),
  },
  'agent_scenario:D': {
    doc: 'mutation($o: ID!, $a: ID!) { deleteChatbotAgentScenario(input: { organizationId: $o, agentId: $a }) { chatbotAgent { id } } }',
    vars: (x) => ({ a: x.agentA }),
  },
  'agent_scenario_replacement:A': {
    doc: 'mutation($o: ID!, $a: ID!, $b: ID!) { replaceChatbotAgentScenario(input: { organizationId: $o, agentId: $b, fromAgentId: $a }) { chatbotAgent { id } } }',
    vars: (x) => ({ a: x.agentA, b: x.agentB }),
  },
  'agent_export:A': {
    doc: 'query($o: ID!, $a: ID!) { exportChatbotAgent(organizationId: $o, agentId: $a) }',
    vars: (x) => ({ a: x.agentA }),
  },
  'agent_import:A': {
    doc: 'mutation($o: ID!, $p: ID!) { importChatbotAgent(input: { organizationId: $o, projectId: $p, agent: { format: "chatbot-agent/v1", name: "Imported", data: {}, channels: [{ kind: "web" }] } }) { chatbotAgent { id } } }',
    vars: (x) => ({ p: x.project }),
  },
  'company_intents:C': {
    doc: 'mutation($o: ID!) { createChatbotIntent(input: { organizationId: $o, name: "bye" }) { chatbotIntent { id } } }',
  },
  'company_intents:R': { doc: read('intents { edges { node { name } } }') },
  'company_intents:U': {
    doc: 'mutation($o: ID!, $i: ID!) { updateChatbotIntent(input: { organizationId: $o, intentId: $i, phrases: ["hello"] }) { chatbotIntent { id } } }',
    vars: (x) => ({ i: x.intent }),
  },
  'company_intents:D': {
    doc: 'mutation($o: ID!, $i: ID!) { deleteChatbotIntent(input: { organizationId: $o, intentId: $i }) { deletedChatbotIntentId } }',
    vars: (x) => ({ i: x.intent }),
  },
  'company_external_requests:C': {
    doc: 'mutation($o: ID!) { createChatbotExternalRequest(input: { organizationId: $o, name: "erp", url: "https://erp.example.test" }) { chatbotExternalRequest { id } } }',
  },
  'company_external_requests:R': { doc: read('externalRequests { edges { node { url } } }') },
  'company_external_requests:U': {
    doc: 'mutation($o: ID!, $r: ID!) { updateChatbotExternalRequest(input: { organizationId: $o, externalRequestId: $r, name: "crm2" }) { chatbotExternalRequest { id } } }',
    vars: (x) => ({ r: x.request }),
  },
  'company_external_requests:D': {
    doc: 'mutation($o: ID!, $r: ID!) { deleteChatbotExternalRequest(input: { organizationId: $o, externalRequestId: $r }) { deletedChatbotExternalRequestId } }',
    vars: (x) => ({ r: x.request }),
  },
  'invited_users:C': {
    doc: 'mutation($o: ID!, $e: String!) { inviteCompanyUser(input: { organizationId: $o, email: $e, role: DESIGNER }) { companyInvitation { id } } }',
    vars: (x) => ({ e: x.guest }),
  },
  'invited_users:R': {
    doc: read('invitations { edges { node { email role } } } users { totalCount edges { node { role } } }'),
  },
  'invited_users:U': {
    doc: 'mutation($o: ID!, $i: ID!) { changeCompanyInvitationRole(input: { organizationId: $o, invitationId: $i, role: MANAGER }) { companyInvitation { id } } }',
    vars: (x) => ({ i: x.invitation }),
  },
  'invited_users:D': {
    doc: 'mutation($o: ID!, $i: ID!) { revokeCompanyInvitation(input: { organizationId: $o, invitationId: $i }) { companyInvitation { id } } }',
    vars: (x) => ({ i: x.invitation }),
  },
  'company_owner:R': { doc: read('owner { id }') },
  'company_owner:U': {
    doc: 'mutation($o: ID!, $a: ID!) { transferCompanyOwnership(input: { organizationId: $o, accountId: $a }) { chatbotCompany { organizationId } } }',
    vars: (x) => ({ a: x.admin }),
    fresh: true,
  },
  'company_name:R': { doc: read('name') },
  'company_name:U': {
    doc: 'mutation($o: ID!) { renameChatbotCompany(input: { organizationId: $o, name: "Renamed Co" }) { chatbotCompany { organizationId } } }',
  },
  'company_billing_plan:R': { doc: read('billingPlan') },
  'company_billing_plan:U': {
    doc: 'mutation($o: ID!) { setChatbotBillingPlan(input: { organizationId: $o, plan: BUSINESS }) { chatbotCompany { organizationId } } }',
  },
  'company_billing_plan:D': {
    doc: 'mutation($o: ID!) { cancelChatbotBillingPlan(input: { organizationId: $o }) { chatbotCompany { organizationId } } }',
  },
};

/**
 * Seed cells with no operation of their own: a company always has exactly one owner (CB-1), a name and a plan,
 * so they are updated (and the plan reset to FREE, its "delete"), never created or deleted.
 */
const NO_OPERATION = [
  'company_owner:C',
  'company_owner:D',
  'company_name:C',
  'company_name:D',
  'company_billing_plan:C',
];

const CELLS = Object.entries(SEED_002_MATRIX).flatMap(([resource, byRole]) => {
  const letters = [...new Set(Object.values(byRole).join('').split(''))];
  return letters.flatMap((op) => SEED_ROLES.map((role) => [resource, op, role, byRole[role]!.includes(op)] as const));
});

let shared: Company;
beforeAll(async () => {
  shared = await company();
});

describe('CB-2 through the gateway: every cell of seed 002', () => {
  it('has an operation for every cell except the documented vacuous ones', () => {
    const cells = new Set(CELLS.map(([resource, op]) => `${resource}:${op}`));
    expect([...cells].filter((c) => !OPERATIONS[c]).sort()).toEqual([...NO_OPERATION].sort());
  });

  it.each(CELLS.filter(([resource, op]) => OPERATIONS[`${resource}:${op}`]))(
    '%s %s by %s → allowed %s',
    async (resource, op, role, allowed) => {
      const operation = OPERATIONS[`${resource}:${op}`]!;
      const c = operation.fresh ? await company() : shared;
      const fx = await fixtures(c);
      const res = await gql(
        sys.gatewayUrl,
        operation.doc,
        { o: c.orgId, ...(operation.vars?.(fx) ?? {}) },
        c.byRole[role as CompanyRole].token,
      );
      if (allowed) {
        expect(res.errors).toBeUndefined();
        expect(Object.values(res.data ?? {}).every((v) => v !== null)).toBe(true);
      } else {
        expect(codes(res).length).toBeGreaterThan(0);
        expect(new Set(codes(res))).toEqual(new Set(['FORBIDDEN']));
      }
    },
  );
});

describe('LC-1 and CB-5 through the gateway: access ends on the very next request', () => {
  const projects = read('projects { edges { node { name } } }');

  it('denies a deactivated company user every chatbot operation, and restores access on reactivation', async () => {
    const c = await company();
    const designer = c.byRole.DESIGNER;
    expect((await gql(sys.gatewayUrl, projects, { o: c.orgId }, designer.token)).errors).toBeUndefined();
    const input = { organizationId: c.orgId, accountId: designer.id, product: 'chatbot' };
    await users.setActive(c.byRole.OWNER.viewer, input, false);
    expect(codes(await gql(sys.gatewayUrl, projects, { o: c.orgId }, designer.token))).toContain('FORBIDDEN');
    await users.setActive(c.byRole.OWNER.viewer, input, true);
    expect((await gql(sys.gatewayUrl, projects, { o: c.orgId }, designer.token)).errors).toBeUndefined();
  });

  it('denies a removed company user at once, and the company leaves their list', async () => {
    const c = await company();
    const manager = c.byRole.MANAGER;
    const list = '{ me { chatbotCompanies { organizationId role } } }';
    expect((await gql(sys.gatewayUrl, list, {}, manager.token)).data!.me.chatbotCompanies).toEqual([
      { organizationId: toGlobalId('Organization', c.orgId), role: 'MANAGER' },
    ]);
    const removed = await gql(
      sys.gatewayUrl,
      'mutation($o: ID!, $a: ID!) { removeCompanyUser(input: { organizationId: $o, accountId: $a }) { removedProductUserId } }',
      { o: c.orgId, a: manager.id },
      c.byRole.ADMINISTRATOR.token,
    );
    // The payload names the removed company user (its chatbot ProductUser), for a client cache to evict.
    expect(removed.data).toEqual({
      removeCompanyUser: {
        removedProductUserId: toGlobalId('ProductUser', compositeRawId([c.orgId, 'chatbot', manager.id])),
      },
    });
    expect(codes(await gql(sys.gatewayUrl, projects, { o: c.orgId }, manager.token))).toContain('FORBIDDEN');
    expect((await gql(sys.gatewayUrl, list, {}, manager.token)).data!.me.chatbotCompanies).toEqual([]);
  });
});
