import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { bootstrapRoot } from '../../subgraphs/customer-hierarchy/portal-role/portal-role.service';
import { accountsFactory, PASSWORD, type TestAccount } from '../support/factories';
import { codes, gql, rawId, startTestSystem, type TestSystem } from '../support/system';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';

// GA-11 / X-6, through the gateway with real tokens: a person holding grants in all four domains of one
// organization (a customer of the reseller hierarchy, with LiveChat and ChatBot enabled) is removed by the owner.
// Each domain ends its own grants in the same transaction and writes one member.offboarded event; accounts'
// membership.removed names the roles the membership held; the one audit log shows them all; re-adding the
// account gives a plain MEMBER and nothing else. One `it` per domain, so a domain whose cascade is missing fails
// on its own.
let sys: TestSystem;
let db: DataSource;
let f: ReturnType<typeof accountsFactory>;
let owner: TestAccount;
let person: TestAccount;
let root: TestAccount;
let organizationId: string;
let customerId: string;
let groupId: string;
let removal: Awaited<ReturnType<typeof gql>>;
let serverId: string;

const call = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(sys.gatewayUrl, query, variables, token);
  if (res.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(res.errors)}`);
  return res.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

/** What the person holds in the organization, domain by domain, read from each domain's tables. */
async function grantsOf(accountId: string) {
  const count = async (sql: string, params: unknown[] = [organizationId, accountId]) =>
    Number((await db.query(sql, params))[0].n);
  return {
    livechat: await count(
      `SELECT count(*) AS n FROM product_roles.product_users WHERE organization_id = $1 AND account_id = $2 AND product = 'livechat'`,
    ),
    chatbot: await count(
      `SELECT count(*) AS n FROM product_roles.product_users WHERE organization_id = $1 AND account_id = $2 AND product = 'chatbot'`,
    ),
    chatbotInvitations: await count(
      `SELECT count(*) AS n FROM product_roles.chatbot_invitations WHERE organization_id = $1 AND account_id = $2 AND status = 'PENDING'`,
    ),
    userGroups: await count(
      'SELECT count(*) AS n FROM department_groups.user_group_members WHERE organization_id = $1 AND account_id = $2',
    ),
    departmentGroups: await count(
      'SELECT count(*) AS n FROM department_groups.operator_department_groups WHERE organization_id = $1 AND account_id = $2',
    ),
    portal: await count(
      'SELECT count(*) AS n FROM customer_hierarchy.portal_role_assignments WHERE customer_id = $1 AND account_id = $2',
      [rawId(customerId), accountId],
    ),
  };
}

/** The person joins the customer's organization as a MEMBER with a LiveChat role, an operator's user group and a
 * customer-scoped portal role (CUSTOMER_TECHNICAL): a grant in each of the four domains. */
async function joinWithGrants(p: TestAccount) {
  const o = organizationId;
  await call(
    owner.token,
    'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: MEMBER }) { membership { id } } }',
    { o, e: p.email },
  );
  await call(
    owner.token,
    'mutation($o: ID!, $a: ID!) { assignProductRole(input: { organizationId: $o, accountId: $a, product: "livechat", role: "normal" }) { productUser { role } } }',
    { o, a: p.id },
  );
  await call(
    owner.token,
    'mutation($o: ID!, $a: ID!, $g: [ID!]!) { createOperator(input: { organizationId: $o, accountId: $a, userGroupIds: $g }) { operator { accountId } } }',
    { o, a: p.id, g: [groupId] },
  );
  await call(
    root.token,
    'mutation($e: String!, $k: ID!) { assignPortalRole(input: { email: $e, role: CUSTOMER_TECHNICAL, customerId: $k }) { portalRoleAssignment { id } } }',
    { e: p.email, k: customerId },
  );
}

const LOG = `query($o: ID!, $filter: AuditLogFilter) { organization(id: $o) { auditLog(first: 50, filter: $filter) {
  edges { node { domain action actor { id name email } targetType targetId before after } } } } }`;

/** The organization's audit log as the owner reads it through the gateway. */
async function auditLog(filter: Record<string, unknown>) {
  const data = await call(owner.token, LOG, { o: organizationId, filter });
  const nodes = (data.organization.auditLog.edges as Array<{ node: Record<string, any> }>).map((e) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
  // The API answers global ids (issue 13); these tests compare with the accounts the factory made.
  for (const node of nodes) if (node.actor) node.actor.id = rawId(node.actor.id);
  return nodes;
}

beforeAll(async () => {
  sys = await startTestSystem();
  db = sys.deps.accounts!.db;
  f = accountsFactory(sys.deps.accounts!);
  owner = await f.account('offboard-owner');
  person = await f.account('offboard-person');
  root = await f.account('offboard-root');
  await bootstrapRoot(sys.deps['customer-hierarchy']!.db, root.email);

  // The organization is a customer of the hierarchy (ES-1), owned by `owner`.
  const tag = randomUUID().slice(0, 6);
  serverId = (
    await call(root.token, 'mutation($n: String!) { createServer(input: { name: $n }) { server { id } } }', {
      n: `S ${tag}`,
    })
  ).createServer.server.id as string;
  const conduitId = (
    await call(
      root.token,
      'mutation($s: ID!) { createSalesConduit(input: { serverId: $s, name: "North" }) { salesConduit { id } } }',
      {
        s: serverId,
      },
    )
  ).createSalesConduit.salesConduit.id as string;
  customerId = (
    await call(
      root.token,
      'mutation($c: ID!, $n: String!, $e: String!) { createCustomer(input: { conduitId: $c, name: $n, ownerEmail: $e }) { customer { id } } }',
      { c: conduitId, n: `Offboarding ${tag}`, e: owner.email },
    )
  ).createCustomer.customer.id as string;
  [{ organization_id: organizationId }] = await db.query(
    'SELECT organization_id FROM customer_hierarchy.customers WHERE id = $1',
    [rawId(customerId)],
  );
  const o = organizationId;

  // Accounts: the person is a member, with billing_editor.
  await call(
    owner.token,
    'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: MEMBER }) { membership { id } } }',
    { o, e: person.email },
  );
  await call(
    owner.token,
    'mutation($o: ID!, $a: ID!) { grantCustomRole(input: { organizationId: $o, accountId: $a, role: BILLING_EDITOR }) { membership { id } } }',
    { o, a: person.id },
  );
  // Product roles: a LiveChat product user, and a ChatBot company user by accepted invitation (CB-3).
  for (const p of ['livechat', 'chatbot']) {
    await call(
      owner.token,
      'mutation($o: ID!, $p: String!) { enableProduct(input: { organizationId: $o, product: $p }) { enabledProduct { enabledAt } } }',
      { o, p },
    );
  }
  await call(
    owner.token,
    'mutation($o: ID!, $a: ID!) { assignProductRole(input: { organizationId: $o, accountId: $a, product: "livechat", role: "normal" }) { productUser { role } } }',
    { o, a: person.id },
  );
  await call(
    owner.token,
    'mutation($o: ID!, $e: String!) { inviteCompanyUser(input: { organizationId: $o, email: $e, role: DESIGNER }) { companyInvitation { id } } }',
    { o, e: person.email },
  );
  await call(
    person.token,
    'mutation($o: ID!) { acceptCompanyInvitation(input: { organizationId: $o }) { productUser { role } } }',
    {
      o,
    },
  );
  // Department groups: an operator in a required user group, assigned to a department group.
  groupId = (
    await call(
      owner.token,
      'mutation($o: ID!) { createUserGroup(input: { organizationId: $o, name: "Operators", required: true }) { userGroup { id } } }',
      { o },
    )
  ).createUserGroup.userGroup.id as string;
  const departmentId = (
    await call(
      owner.token,
      'mutation($o: ID!) { createDepartment(input: { organizationId: $o, name: "Support" }) { department { id } } }',
      { o },
    )
  ).createDepartment.department.id as string;
  const departmentGroupId = (
    await call(
      owner.token,
      'mutation($o: ID!, $d: [ID!]!) { createDepartmentGroup(input: { organizationId: $o, name: "All", departmentIds: $d }) { departmentGroup { id } } }',
      { o, d: [departmentId] },
    )
  ).createDepartmentGroup.departmentGroup.id as string;
  await call(
    owner.token,
    'mutation($o: ID!, $a: ID!, $g: [ID!]!, $dg: [ID!]) { createOperator(input: { organizationId: $o, accountId: $a, userGroupIds: $g, departmentGroupIds: $dg }) { operator { accountId } } }',
    { o, a: person.id, g: [groupId], dg: [departmentGroupId] },
  );
  // Customer hierarchy: a portal assignment on this customer.
  await call(
    root.token,
    'mutation($e: String!, $k: ID!) { assignPortalRole(input: { email: $e, role: CUSTOMER_ADMIN, customerId: $k }) { portalRoleAssignment { id } } }',
    { e: person.email, k: customerId },
  );

  expect(await grantsOf(person.id)).toEqual({
    livechat: 1,
    chatbot: 1,
    chatbotInvitations: 0,
    userGroups: 1,
    departmentGroups: 1,
    portal: 1,
  });

  // The owner removes the person: one request through the gateway.
  removal = await gql(
    sys.gatewayUrl,
    'mutation($o: ID!, $a: ID!) { removeOrganizationMember(input: { organizationId: $o, accountId: $a }) { removedMembershipId } }',
    { o, a: person.id },
    owner.token,
  );
});
afterAll(() => sys?.close());

describe('X-6: removing a member ends every grant in every domain, each audited (through the gateway)', () => {
  it('accounts: the membership is gone and membership.removed names the roles it held', async () => {
    expect(removal.errors).toBeUndefined();
    expect(
      await db.query('SELECT 1 FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2', [
        organizationId,
        person.id,
      ]),
    ).toEqual([]);
    const events = await auditLog({ domains: ['ACCOUNTS'], actions: ['membership.removed'] });
    expect(events).toEqual([
      expect.objectContaining({
        actor: { id: owner.id, name: 'offboard-owner', email: owner.email },
        before: expect.objectContaining({ accountId: person.id, role: 'MEMBER', customRoles: ['BILLING_EDITOR'] }),
        after: null,
      }),
    ]);
  });

  it('product roles: the LiveChat product user and the ChatBot company user are gone; one member.offboarded', async () => {
    const grants = await grantsOf(person.id);
    expect([grants.livechat, grants.chatbot, grants.chatbotInvitations]).toEqual([0, 0, 0]);
    const events = await auditLog({ domains: ['PRODUCT_ROLES'], actions: ['member.offboarded'] });
    expect(events).toEqual([
      expect.objectContaining({
        domain: 'PRODUCT_ROLES',
        targetType: 'Account',
        targetId: person.id,
        actor: { id: owner.id, name: 'offboard-owner', email: owner.email },
        after: null,
      }),
    ]);
    expect(JSON.stringify(events[0]!.before)).toMatch(/livechat/);
    expect(JSON.stringify(events[0]!.before)).toMatch(/chatbot/);
  });

  it('department groups: the user group and department group assignments are gone; one member.offboarded', async () => {
    const grants = await grantsOf(person.id);
    expect([grants.userGroups, grants.departmentGroups]).toEqual([0, 0]);
    const events = await auditLog({ domains: ['DEPARTMENT_GROUPS'], actions: ['member.offboarded'] });
    expect(events).toEqual([
      expect.objectContaining({
        targetType: 'Account',
        targetId: person.id,
        actor: expect.objectContaining({ id: owner.id }),
      }),
    ]);
    expect(JSON.stringify(events[0]!.before)).toMatch(/Operators/);
  });

  it('customer hierarchy: the portal assignment on this customer is gone; one member.offboarded', async () => {
    expect((await grantsOf(person.id)).portal).toBe(0);
    const events = await auditLog({ domains: ['CUSTOMER_HIERARCHY'], actions: ['member.offboarded'] });
    expect(events).toEqual([
      expect.objectContaining({
        targetType: 'Account',
        targetId: person.id,
        actor: expect.objectContaining({ id: owner.id }),
      }),
    ]);
    expect(JSON.stringify(events[0]!.before)).toMatch(/CUSTOMER_ADMIN/);
  });

  it('the one audit log lists what each domain removed, filtered by the person', async () => {
    const events = await auditLog({ targetId: person.id, actions: ['member.offboarded'] });
    expect(events.map((e) => e.domain).sort()).toEqual(['CUSTOMER_HIERARCHY', 'DEPARTMENT_GROUPS', 'PRODUCT_ROLES']);
  });

  it('re-adding the account gives a plain MEMBER and nothing else', async () => {
    const readd = await call(
      owner.token,
      'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: MEMBER }) { membership { role customRoles } } }',
      { o: organizationId, e: person.email },
    );
    expect(readd.addOrganizationMember.membership).toEqual({ role: 'MEMBER', customRoles: [] });
    expect(await grantsOf(person.id)).toEqual({
      livechat: 0,
      chatbot: 0,
      chatbotInvitations: 0,
      userGroups: 0,
      departmentGroups: 0,
      portal: 0,
    });
    // And through the gateway the person reads no chat and launches no LiveChat.
    const me = await gql(
      sys.gatewayUrl,
      'query($o: ID!) { canLaunch(organizationId: $o, product: "livechat") }',
      { o: organizationId },
      person.token,
    );
    expect(codes(me)).toEqual([]);
    expect(me.data).toEqual({ canLaunch: false });
  });

  it('leaving ends every grant too, each domain auditing it with the leaver as the actor', async () => {
    const leaver = await f.account('offboard-leaver');
    const o = organizationId;
    await joinWithGrants(leaver);
    await call(
      leaver.token,
      'mutation($o: ID!) { leaveOrganization(input: { organizationId: $o }) { removedMembershipId } }',
      { o },
    );
    expect(await grantsOf(leaver.id)).toEqual({
      livechat: 0,
      chatbot: 0,
      chatbotInvitations: 0,
      userGroups: 0,
      departmentGroups: 0,
      portal: 0,
    });
    const events = await auditLog({ targetId: leaver.id, actions: ['member.offboarded'] });
    expect(events.map((e) => [e.domain, e.actor?.id]).sort()).toEqual([
      ['CUSTOMER_HIERARCHY', leaver.id],
      ['DEPARTMENT_GROUPS', leaver.id],
      ['PRODUCT_ROLES', leaver.id],
    ]);
    expect(
      await auditLog({ domains: ['ACCOUNTS'], actions: ['membership.left'], actorAccountId: leaver.id }),
    ).toHaveLength(1);
  });

  it('the owner is never removed (OWNER_CANNOT_BE_REMOVED), by removal or by leaving', async () => {
    const remove = await gql(
      sys.gatewayUrl,
      'mutation($o: ID!, $a: ID!) { removeOrganizationMember(input: { organizationId: $o, accountId: $a }) { removedMembershipId } }',
      { o: organizationId, a: owner.id },
      owner.token,
    );
    const leave = await gql(
      sys.gatewayUrl,
      'mutation($o: ID!) { leaveOrganization(input: { organizationId: $o }) { removedMembershipId } }',
      { o: organizationId },
      owner.token,
    );
    expect([codes(remove), codes(leave)]).toEqual([['OWNER_CANNOT_BE_REMOVED'], ['OWNER_CANNOT_BE_REMOVED']]);
  });
});

describe('X-9 / X-6: deleting an account ends every grant in every organization and domain, and every session', () => {
  const DELETE = 'mutation($p: String!) { deleteAccount(input: { password: $p }) { deletedAccountId } }';
  let person: TestAccount;
  let otherOrganizationId: string;
  let invitingOrganizationId: string;

  /** Every row any domain holds for the account, in any organization, and its sessions. */
  async function everything(accountId: string) {
    const count = async (sql: string) => Number((await db.query(sql, [accountId]))[0].n);
    return {
      account: await count('SELECT count(*) AS n FROM accounts.accounts WHERE id = $1'),
      memberships: await count('SELECT count(*) AS n FROM accounts.memberships WHERE account_id = $1'),
      sessions: await count('SELECT count(*) AS n FROM accounts.sessions WHERE account_id = $1'),
      productUsers: await count('SELECT count(*) AS n FROM product_roles.product_users WHERE account_id = $1'),
      userGroups: await count('SELECT count(*) AS n FROM department_groups.user_group_members WHERE account_id = $1'),
      portal: await count('SELECT count(*) AS n FROM customer_hierarchy.portal_role_assignments WHERE account_id = $1'),
      pendingInvitations: await count(
        "SELECT count(*) AS n FROM product_roles.chatbot_invitations WHERE account_id = $1 AND status = 'PENDING'",
      ),
    };
  }

  beforeAll(async () => {
    person = await f.account('delete-me');
    await joinWithGrants(person);
    // Above any customer: SUPPORT of the server, which no membership carries.
    await call(
      root.token,
      'mutation($e: String!, $s: ID!) { assignPortalRole(input: { email: $e, role: SUPPORT, serverId: $s }) { portalRoleAssignment { id } } }',
      { e: person.email, s: serverId },
    );
    // And a second organization, another owner's, where the person is an ADMINISTRATOR.
    const other = await f.account('delete-other-owner');
    otherOrganizationId = rawId(
      (
        await call(
          other.token,
          'mutation($n: String!) { createOrganization(input: { name: $n }) { organization { id } } }',
          { n: `Other ${randomUUID().slice(0, 6)}` },
        )
      ).createOrganization.organization.id,
    );
    await call(
      other.token,
      'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: ADMINISTRATOR }) { membership { id } } }',
      { o: otherOrganizationId, e: person.email },
    );
    // A third organization, with ChatBot, whose company invites the person, not a member there (CB-3).
    invitingOrganizationId = rawId(
      (
        await call(
          other.token,
          'mutation($n: String!) { createOrganization(input: { name: $n }) { organization { id } } }',
          { n: `Inviting ${randomUUID().slice(0, 6)}` },
        )
      ).createOrganization.organization.id,
    );
    await call(
      other.token,
      'mutation($o: ID!) { enableProduct(input: { organizationId: $o, product: "chatbot" }) { enabledProduct { enabledAt } } }',
      { o: invitingOrganizationId },
    );
    await call(
      other.token,
      'mutation($o: ID!, $e: String!) { inviteCompanyUser(input: { organizationId: $o, email: $e, role: DESIGNER }) { companyInvitation { id } } }',
      { o: invitingOrganizationId, e: person.email },
    );
    expect(await everything(person.id)).toMatchObject({ account: 1, memberships: 2, productUsers: 1, userGroups: 1 });
    expect((await everything(person.id)).portal).toBe(2);
    expect((await everything(person.id)).pendingInvitations).toBe(1);
  });

  it('a wrong password changes nothing (INVALID_CREDENTIALS on password)', async () => {
    const before = await everything(person.id);
    const res = await gql(sys.gatewayUrl, DELETE, { p: 'not the password' }, person.token);
    expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['INVALID_CREDENTIALS', 'password'],
    ]);
    expect(await everything(person.id)).toEqual(before);
  });

  it('an organization owner is refused (OWNER_CANNOT_BE_REMOVED, the rule of leaving) and keeps everything', async () => {
    const before = await everything(owner.id);
    const res = await gql(sys.gatewayUrl, DELETE, { p: PASSWORD }, owner.token);
    expect(codes(res)).toEqual(['OWNER_CANNOT_BE_REMOVED']);
    expect(await everything(owner.id)).toEqual(before);
  });

  it('ROOT is refused by the hierarchy (FORBIDDEN): only the bootstrap step removes it', async () => {
    const res = await gql(sys.gatewayUrl, DELETE, { p: PASSWORD }, root.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect((await everything(root.id)).account).toBe(1);
  });

  it('with its password: everything goes in one change, each domain audits it, the token stops working', async () => {
    const res = await gql(sys.gatewayUrl, DELETE, { p: PASSWORD }, person.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.deleteAccount).toEqual({ deletedAccountId: toGlobalId('Account', person.id) });
    expect(await everything(person.id)).toEqual({
      account: 0,
      memberships: 0,
      sessions: 0,
      productUsers: 0,
      userGroups: 0,
      portal: 0,
      pendingInvitations: 0,
    });
    // The invitation where it was not a member is revoked, audited by product roles.
    const [revoked] = await db.query(
      `SELECT before, after FROM product_roles.audit_events
        WHERE action = 'company_invitation.revoked' AND organization_id = $1`,
      [invitingOrganizationId],
    );
    expect(revoked).toEqual({
      before: expect.objectContaining({ status: 'PENDING', email: person.email, reason: 'account.deleted' }),
      after: expect.objectContaining({ status: 'REVOKED' }),
    });
    // Each domain's own event, the person as the actor (its name kept on the event).
    const here = await auditLog({ targetId: person.id, actions: ['member.offboarded'] });
    expect(here.map((e) => [e.domain, e.actor?.id]).sort()).toEqual([
      ['CUSTOMER_HIERARCHY', person.id],
      ['DEPARTMENT_GROUPS', person.id],
      ['PRODUCT_ROLES', person.id],
    ]);
    const left = await auditLog({ domains: ['ACCOUNTS'], actions: ['membership.left'], actorAccountId: person.id });
    expect(left).toEqual([
      expect.objectContaining({
        actor: { id: person.id, name: 'delete-me', email: person.email },
        before: expect.objectContaining({ accountId: person.id, reason: 'account.deleted' }),
      }),
    ]);
    const [staff] = await db.query(
      `SELECT before FROM customer_hierarchy.audit_events WHERE action = 'account.offboarded' AND target_id = $1`,
      [person.id],
    );
    expect(staff.before.portalRoles).toEqual([expect.objectContaining({ role: 'SUPPORT' })]);
    const [deleted] = await db.query(
      `SELECT before FROM accounts.audit_events WHERE action = 'account.deleted' AND target_id = $1`,
      [person.id],
    );
    expect(deleted.before.organizationIds.sort()).toEqual([organizationId, otherOrganizationId].sort());
    // The access token it held is refused at once, even for a public field's neighbour.
    const after = await gql(sys.gatewayUrl, '{ me { id } }', {}, person.token);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);
    const logIn = await gql(sys.gatewayUrl, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { email: person.email, password: PASSWORD },
    });
    expect(codes(logIn)).toEqual(['INVALID_CREDENTIALS']);
  });

  it('the e-mail may sign up again and gets nothing back', async () => {
    const again = await gql(sys.gatewayUrl, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: person.email, name: 'Again', password: PASSWORD },
    });
    expect(again.errors).toBeUndefined();
    const me = await gql(
      sys.gatewayUrl,
      '{ me { memberships { id } portalRoles { id } } }',
      {},
      again.data!.signUp.token as string,
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ memberships: [], portalRoles: [] });
  });
});
