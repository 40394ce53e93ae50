import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../subgraphs/accounts/seed/demo';
import { buildConsole, collectPageErrors, launchBrowser, screenshot } from '../support/browser';
import { gql, startDemoSystem, uniqueEmail, type TestSystem } from '../support/system';

// Issue 14's seed flows in Chromium, signed in as the demo people of `npm start` (a database of this file's own,
// seeded by the subgraphs' demo seeds): invite → accept → change role → remove (seed 002), deactivate a LiveChat
// user (seed 003), extend a demo (seed 004), a US operator sees only US chats (seed 001). Each step asserts what the
// page shows and what the API then holds; every button is compared with the server's viewerCan… answer.
let sys: TestSystem;
let browser: Browser;
let dir: string;
let consoleUrl: string;
const pageErrors: string[][] = [];
const tokens = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'console-flows-'));
  await buildConsole(dir);
  sys = await startDemoSystem({ consoleDir: dir });
  consoleUrl = sys.gatewayUrl.replace(/\/graphql$/, '/console/');
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await sys?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A bearer token for `email` (the demo password unless given), to read what the API holds. */
async function tokenOf(email: string, password = DEMO_PASSWORD): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const res = await gql(sys.gatewayUrl, `mutation($i: LogInInput!) { logIn(input: $i) { token } }`, {
    i: { email, password },
  });
  expect(res.errors).toBeUndefined();
  tokens.set(email, res.data!.logIn.token as string);
  return res.data!.logIn.token as string;
}

async function api(email: string, query: string, variables: Record<string, unknown> = {}, password?: string) {
  const res = await gql(sys.gatewayUrl, query, variables, await tokenOf(email, password));
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A fresh page signed in as `email`, on the tab named `tab`. */
async function signedIn(email: string, tab: string, password = DEMO_PASSWORD, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  pageErrors.push(collectPageErrors(page));
  await page.goto(consoleUrl);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Screens' }).waitFor();
  await page.getByRole('button', { name: tab, exact: true }).click();
  return page;
}

/** The id of the demo organization, as the owner's API sees it. */
async function acme(): Promise<string> {
  const me = await api('owner@demo.test', '{ me { memberships { organization { id name } } } }');
  return me.me.memberships.find((m: { organization: { name: string } }) => m.organization.name === 'Acme Support')
    .organization.id as string;
}

const attribute = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

describe('seed 002 in the console: invite → accept → change role → remove', () => {
  const invitee = { email: uniqueEmail('ivy'), name: 'Ivy Invitee', password: 'correct horse battery' };
  let org: string;
  let owner: Page;
  const companyRow = (page: Page, email: string) => page.locator(`tr[data-company-user="${email}"]`);
  const COMPANY = `query($o: ID!) { organization(id: $o) { chatbotCompany { users(first: 100) { edges { node {
    id role account { email } } } } invitations(first: 100) { edges { node { email role status } } } } } }`;

  beforeAll(async () => {
    const res = await gql(sys.gatewayUrl, `mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, {
      i: invitee,
    });
    expect(res.errors).toBeUndefined();
    org = await acme();
    owner = await signedIn('owner@demo.test', 'CHATBOT');
    await owner.getByRole('heading', { name: 'Chatbot company' }).waitFor();
  });

  it('the owner invites a registered person as DESIGNER through the INVITE USER panel', async () => {
    await owner.getByRole('button', { name: 'INVITE USER' }).click();
    await owner.getByLabel('E-MAIL', { exact: true }).fill(invitee.email);
    await owner.getByLabel('Company role', { exact: true }).selectOption('DESIGNER');
    await owner.getByRole('button', { name: 'INVITE', exact: true }).click();
    await owner.locator(`li[data-invited="${invitee.email}"]`).waitFor();
    expect(await owner.locator(`li[data-invited="${invitee.email}"]`).innerText()).toContain('PENDING');
    const held = await api('owner@demo.test', COMPANY, { o: org });
    expect(held.organization.chatbotCompany.invitations.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      email: invitee.email,
      role: 'DESIGNER',
      status: 'PENDING',
    });
    await screenshot(owner, 'chatbot-invited');
  });

  it('an unregistered e-mail gets the server warning beside the panel, and nothing is invited', async () => {
    const before = await api('owner@demo.test', COMPANY, { o: org });
    await owner.getByRole('button', { name: 'INVITE USER' }).click();
    await owner.getByLabel('E-MAIL', { exact: true }).fill(uniqueEmail('nobody'));
    await owner.getByRole('button', { name: 'INVITE', exact: true }).click();
    await owner.locator('form[aria-label="Invite a company user"] [role=alert]').waitFor();
    expect(await api('owner@demo.test', COMPANY, { o: org })).toEqual(before);
    await owner.getByRole('button', { name: 'INVITE USER' }).click(); // closes the panel
  });

  it('the invitee sees the invitation, accepts it, and is then a DESIGNER of the company', async () => {
    const page = await signedIn(invitee.email, 'CHATBOT', invitee.password);
    await page.getByRole('button', { name: 'Accept invitation to Acme Support' }).click();
    await page.getByText('You joined Acme Support as DESIGNER').waitFor();
    const me = await api(invitee.email, '{ me { chatbotCompanies { name role } } }', {}, invitee.password);
    expect(me.me.chatbotCompanies).toContainEqual({ name: 'Acme Support', role: 'DESIGNER' });
    // The organization switcher now offers the organization the invitation joined (CB-3 through GA-1).
    await page.locator('#organization option', { hasText: 'Acme Support' }).waitFor({ state: 'attached' });
    await screenshot(page, 'chatbot-accepted');
    await page.context().close();
  });

  it('the owner changes the role with the pen (ROLE → SAVE): the page and the API say MANAGER', async () => {
    await owner.reload();
    await owner.getByRole('button', { name: 'CHATBOT', exact: true }).click();
    await companyRow(owner, invitee.email).waitFor();
    await owner.getByRole('button', { name: `Edit company role of ${invitee.email}` }).click();
    await owner.getByLabel('ROLE', { exact: true }).selectOption('MANAGER');
    await owner.getByRole('button', { name: 'SAVE' }).click();
    await owner.getByText('Company role changed to MANAGER').waitFor();
    await owner.waitForFunction(
      (email) => document.querySelector(`tr[data-company-user="${email}"]`)?.textContent?.includes('MANAGER'),
      invitee.email,
    );
    const held = await api('owner@demo.test', COMPANY, { o: org });
    const roles = held.organization.chatbotCompany.users.edges.map(
      (e: { node: { role: string; account: { email: string } } }) => [e.node.account.email, e.node.role],
    );
    expect(roles).toContainEqual([invitee.email, 'MANAGER']);
  });

  it('every pen and trash bin is enabled exactly where the server says, a blocked one with its reason', async () => {
    const asked = await api(
      'owner@demo.test',
      `query($o: ID!) { organization(id: $o) { chatbotCompany { users(first: 100) { edges { node {
         id viewerCanChangeRole viewerCanRemove account { email } } } } } } }`,
      { o: org },
    );
    const users = asked.organization.chatbotCompany.users.edges.map(
      (e: {
        node: { id: string; viewerCanChangeRole: boolean; viewerCanRemove: boolean; account: { email: string } };
      }) => e.node,
    );
    expect(users.some((u: { viewerCanChangeRole: boolean }) => !u.viewerCanChangeRole)).toBe(true);
    for (const u of users) {
      const pen = owner.getByRole('button', { name: `Edit company role of ${u.account.email}` });
      const bin = owner.getByRole('button', { name: `Remove ${u.account.email} from the company` });
      expect([u.account.email, await pen.isEnabled(), await bin.isEnabled()]).toEqual([
        u.account.email,
        u.viewerCanChangeRole,
        u.viewerCanRemove,
      ]);
      if (!u.viewerCanChangeRole) {
        // The hover text is the decision query's own reason for this button, not words of the console.
        const why = await api(
          'owner@demo.test',
          `query($r: [DecisionRequest!]!) { decisions(requests: $r) { allowed reason } }`,
          { r: [{ action: 'CHANGE_COMPANY_ROLE', resourceId: u.id }] },
        );
        expect(why.decisions[0].allowed).toBe(false);
        await owner.waitForFunction(
          ([email, reason]) =>
            document
              .querySelector(`button[aria-label="Edit company role of ${email}"]`)
              ?.getAttribute('title')
              ?.startsWith(reason!) === true,
          [u.account.email, why.decisions[0].reason as string] as const,
        );
      }
    }
  });

  it('the trash bin asks first: NO, KEEP IT keeps; YES, CLOSE ACCESS removes from the company', async () => {
    await owner.getByRole('button', { name: `Remove ${invitee.email} from the company` }).click();
    await owner.getByRole('dialog').waitFor();
    await screenshot(owner, 'chatbot-remove-dialog');
    await owner.getByRole('button', { name: 'NO, KEEP IT' }).click();
    const kept = await api('owner@demo.test', COMPANY, { o: org });
    expect(JSON.stringify(kept)).toContain(invitee.email);
    await owner.getByRole('button', { name: `Remove ${invitee.email} from the company` }).click();
    await owner.getByRole('button', { name: 'YES, CLOSE ACCESS' }).click();
    await owner.getByText('Access closed').waitFor();
    await companyRow(owner, invitee.email).waitFor({ state: 'detached' });
    const users = (await api('owner@demo.test', COMPANY, { o: org })).organization.chatbotCompany.users.edges;
    expect(users.map((e: { node: { account: { email: string } } }) => e.node.account.email)).not.toContain(
      invitee.email,
    );
    // "The Company will be removed from the list of companies available to this user."
    const me = await api(invitee.email, '{ me { chatbotCompanies { name role } } }', {}, invitee.password);
    expect(me.me.chatbotCompanies.filter((c: { role: string | null }) => c.role !== null)).toEqual([]);
    await screenshot(owner, 'chatbot');
  });
});

describe('seed 003 in the console: deactivate a LiveChat user, and the Roles page', () => {
  const PRODUCT_USERS = `query($o: ID!) { organization(id: $o) { productUsers(product: "livechat", first: 100) {
    edges { node { active account { email } } } } } }`;
  let page: Page;
  let org: string;

  beforeAll(async () => {
    org = await acme();
    page = await signedIn('admin@demo.test', 'PRODUCTS AND ROLES');
    await page.getByRole('heading', { name: 'Products and roles' }).waitFor();
  });

  it('the administrator deactivates member@demo.test: the page, the API and the member’s launch say so', async () => {
    const row = page.locator('tr[data-product-user="member@demo.test"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Active');
    await page.getByRole('button', { name: 'Deactivate member@demo.test' }).click();
    await page.getByText('member@demo.test deactivated').waitFor();
    await page.waitForFunction(() =>
      document.querySelector('tr[data-product-user="member@demo.test"]')?.textContent?.includes('Deactivated'),
    );
    const held = await api('admin@demo.test', PRODUCT_USERS, { o: org });
    expect(held.organization.productUsers.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      active: false,
      account: { email: 'member@demo.test' },
    });
    // GA-9: a deactivated user cannot launch the product.
    const launch = await api(
      'member@demo.test',
      'query($o: ID!) { canLaunch(organizationId: $o, product: "livechat") }',
      {
        o: org,
      },
    );
    expect(launch.canLaunch).toBe(false);
    await screenshot(page, 'products');
    await page.getByRole('button', { name: 'Reactivate member@demo.test' }).click();
    await page.getByText('member@demo.test reactivated').waitFor();
    const back = await api(
      'member@demo.test',
      'query($o: ID!) { canLaunch(organizationId: $o, product: "livechat") }',
      {
        o: org,
      },
    );
    expect(back.canLaunch).toBe(true);
  });

  it('adds a role on the Roles page, and the default roles cannot be deleted (the server says so)', async () => {
    await page.getByRole('button', { name: 'Add role' }).click();
    await page.getByLabel('Role name').fill('Night shift');
    await page.locator('form[aria-label="Add role"] input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'SAVE' }).click();
    await page.locator('tr[data-role="Night shift"]').waitFor();
    const roles = await api(
      'admin@demo.test',
      `query($o: ID!) { organization(id: $o) { productCustomRoles(product: "livechat", first: 100) { edges { node { name isDefault viewerCanDelete } } } } }`,
      { o: org },
    );
    const list = (
      roles.organization.productCustomRoles as {
        edges: Array<{ node: { name: string; isDefault: boolean; viewerCanDelete: boolean } }>;
      }
    ).edges.map((e) => e.node);
    expect(list.map((r) => r.name)).toContain('Night shift');
    for (const r of list)
      expect([r.name, await page.getByRole('button', { name: `Delete role ${r.name}` }).isEnabled()]).toEqual([
        r.name,
        r.viewerCanDelete,
      ]);
    expect(list.filter((r) => r.isDefault).every((r) => !r.viewerCanDelete)).toBe(true);
    await page.getByRole('button', { name: 'Delete role Night shift' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.locator('tr[data-role="Night shift"]').waitFor({ state: 'detached' });
    await screenshot(page, 'roles');
  });
});

describe('seed 004 in the console: extend a demo, buttons exactly where the matrix allows', () => {
  const FIELDS = `id name billingState demoEndsOn
    viewerCanExtendDemo viewerCanActivate viewerCanDeactivate viewerCanArchive viewerCanActivateDemo`;
  const CUSTOMERS = `{ customers(first: 100) { edges { node { ${FIELDS} } } } }`;
  /** What the API shows `email` of customers: its reach (reseller staff) or its own assignments (customer side). */
  async function reach(email: string): Promise<Array<Record<string, string | boolean>>> {
    if (!email.startsWith('customer-'))
      return (await api(email, CUSTOMERS)).customers.edges.map((e: { node: unknown }) => e.node);
    // ES-3: the customer side may not view customers' billing; the buttons are all it is asked about.
    const mine = await api(
      email,
      `{ myPortalRoles { customer { ${FIELDS.replace('billingState demoEndsOn', '')} } } }`,
    );
    const list = mine.myPortalRoles.flatMap((r: { customer: unknown }) => (r.customer ? [r.customer] : []));
    return [...new Map(list.map((c: { id: string }) => [c.id, c])).values()] as Array<Record<string, string | boolean>>;
  }

  it('support@demo.test extends Northwind Dental’s demo by 14 days: the page and the API hold the new end', async () => {
    const before = (await api('support@demo.test', CUSTOMERS)).customers.edges
      .map((e: { node: unknown }) => e.node)
      .find((c: { name: string }) => c.name === 'Northwind Dental');
    expect(before.billingState).toBe('DEMO');
    const page = await signedIn('support@demo.test', 'PORTAL');
    const row = page.locator('tr[data-customer="Northwind Dental"]');
    await row.waitFor();
    await page.getByRole('button', { name: 'Extend demo 14 days: Northwind Dental' }).click();
    await page.getByText('Extend demo 14 days: Northwind Dental done').waitFor();
    const after = (await api('support@demo.test', CUSTOMERS)).customers.edges
      .map((e: { node: unknown }) => e.node)
      .find((c: { name: string }) => c.name === 'Northwind Dental');
    const expected = new Date(`${before.demoEndsOn}T00:00:00Z`);
    expected.setUTCDate(expected.getUTCDate() + 14);
    expect(after.demoEndsOn).toBe(expected.toISOString().slice(0, 10));
    await page.waitForFunction(
      (end) =>
        document.querySelector('tr[data-customer="Northwind Dental"] [data-billing]')?.textContent?.includes(end),
      after.demoEndsOn as string,
    );
    await screenshot(page, 'portal');
    await page.context().close();
  });

  it.each(['support@demo.test', 'conduit-admin@demo.test', 'sales-rep@demo.test', 'customer-admin@demo.test'])(
    '%s sees the customers of its reach, each billing button as the server answers',
    async (email) => {
      const held = await reach(email);
      expect(held.length).toBeGreaterThan(0);
      const page = await signedIn(email, 'PORTAL', DEMO_PASSWORD, email.startsWith('sales') ? 390 : 1280);
      await page.getByRole('heading', { name: 'Portal' }).waitFor();
      if (held.length) await page.locator(`tr[data-customer="${held[0]!.name as string}"]`).waitFor();
      expect((await attribute(page, 'tr[data-customer]', 'data-customer')).sort()).toEqual(
        held.map((c) => c.name).sort(),
      );
      const LABELS: Record<string, string> = {
        viewerCanActivateDemo: 'Start demo',
        viewerCanExtendDemo: 'Extend demo 14 days',
        viewerCanActivate: 'Activate',
        viewerCanDeactivate: 'Deactivate',
        viewerCanArchive: 'Archive',
      };
      for (const c of held)
        for (const [field, label] of Object.entries(LABELS))
          expect([
            c.name,
            label,
            await page.getByRole('button', { name: `${label}: ${c.name as string}`, exact: true }).isEnabled(),
          ]).toEqual([c.name, label, c[field]]);
      await page.context().close();
    },
  );
});

describe('seed 001 in the console: a US operator sees only US chats', () => {
  const CHATS = `query($o: ID!) { organization(id: $o) { chats(first: 100) { edges { node { department { name } } } } } }`;

  it.each([
    ['us-operator@demo.test', ['Departments US']],
    ['au-operator@demo.test', ['Departments AU']],
    ['owner@demo.test', ['Departments AU', 'Departments US']],
  ])('%s sees the chats of %j only, on the page as in the API', async (email, departments) => {
    const org = await acme();
    const held = await api(email, CHATS, { o: org });
    const fromApi = [
      ...new Set(
        held.organization.chats.edges.map((e: { node: { department: { name: string } } }) => e.node.department.name),
      ),
    ].sort();
    expect(fromApi).toEqual(departments);
    const page = await signedIn(email, 'LIVE CHAT');
    await page.getByRole('heading', { name: 'Live chat' }).waitFor();
    await page.locator('tr[data-chat-department]').first().waitFor();
    const shown = await attribute(page, 'tr[data-chat-department]', 'data-chat-department');
    expect(shown.length).toBe(held.organization.chats.edges.length);
    expect([...new Set(shown)].sort()).toEqual(departments);
    if (email.startsWith('us-')) {
      // LHC-7: the operator reads its own permissions, each with the role and user group it comes from.
      await page.getByRole('table', { name: 'My permissions' }).waitFor();
      expect(await page.getByRole('table', { name: 'My permissions' }).innerText()).toContain('Operators US');
      await screenshot(page, 'livechat-us-operator');
    }
    await page.context().close();
  });
});

describe('seed 001 in the console: departments are created, renamed and deleted where the server allows', () => {
  const DEPARTMENTS = `query($o: ID!) { organization(id: $o) { viewerCanCreateDepartment departments(first: 100) { edges { node { name } } } } }`;

  it('the administrator creates, renames and deletes a department; the page and the API agree at each step', async () => {
    const org = await acme();
    const names = async () =>
      (
        (await api('admin@demo.test', DEPARTMENTS, { o: org })).organization.departments as {
          edges: Array<{ node: { name: string } }>;
        }
      ).edges.map((e) => e.node.name);
    const page = await signedIn('admin@demo.test', 'LIVE CHAT');
    await page.getByLabel('New department', { exact: true }).fill('Departments EU');
    await page.getByRole('button', { name: 'Create department', exact: true }).click();
    await page.locator('tr[data-department="Departments EU"]').waitFor();
    expect(await names()).toContain('Departments EU');
    await page.getByRole('button', { name: 'Rename department Departments EU' }).click();
    await page.getByLabel('New name of Departments EU').fill('Departments EMEA');
    await page.getByRole('button', { name: 'SAVE' }).click();
    await page.locator('tr[data-department="Departments EMEA"]').waitFor();
    expect(await names()).toEqual(expect.arrayContaining(['Departments EMEA']));
    expect(await names()).not.toContain('Departments EU');
    await page.getByRole('button', { name: 'Delete department Departments EMEA' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.locator('tr[data-department="Departments EMEA"]').waitFor({ state: 'detached' });
    expect(await names()).not.toContain('Departments EMEA');
    await page.context().close();
  });

  it('an operator’s Create department is blocked, with the decision query’s reason on hover', async () => {
    const org = await acme();
    const can = await api('us-operator@demo.test', DEPARTMENTS, { o: org });
    expect(can.organization.viewerCanCreateDepartment).toBe(false);
    const why = await api(
      'us-operator@demo.test',
      `query($r: [DecisionRequest!]!) { decisions(requests: $r) { reason } }`,
      {
        r: [{ action: 'LIVECHAT_CREATE_DEPARTMENT', resourceId: org }],
      },
    );
    const page = await signedIn('us-operator@demo.test', 'LIVE CHAT');
    const button = page.getByRole('button', { name: 'Create department', exact: true });
    await button.waitFor();
    expect(await button.isEnabled()).toBe(false);
    await page.waitForFunction(
      (reason) =>
        [...document.querySelectorAll('button')]
          .find((b) => b.textContent === 'Create department')
          ?.getAttribute('title')
          ?.startsWith(reason) === true,
      why.decisions[0].reason as string,
    );
    await screenshot(page, 'livechat-operator-blocked');
    await page.context().close();
  });
});

describe('seed 001 in the console: department groups, user groups and roles are managed where the server allows', () => {
  const CONFIG = `query($o: ID!) { organization(id: $o) {
    departmentGroups(first: 100) { edges { node { name } } } userGroups(first: 100) { edges { node { name } } }
    operatorRoles(first: 100) { edges { node { name } } } } }`;
  const LISTS = [
    ['department group', 'departmentGroups'],
    ['user group', 'userGroups'],
    ['role', 'operatorRoles'],
  ] as const;
  const namesOf = async (org: string, list: string) =>
    (
      (await api('admin@demo.test', CONFIG, { o: org })).organization[list] as {
        edges: Array<{ node: { name: string } }>;
      }
    ).edges.map((e) => e.node.name);

  it.each(LISTS)(
    'the administrator creates, renames and deletes a %s; the page and the API agree',
    async (noun, list) => {
      const org = await acme();
      const slug = noun.replace(/\s+/g, '-');
      const first = `Console ${noun} ${Date.now() % 100000}`;
      const second = `${first} renamed`;
      const page = await signedIn('admin@demo.test', 'LIVE CHAT');
      await page.getByLabel(`New ${noun}`, { exact: true }).fill(first);
      await page.getByRole('button', { name: `Create ${noun}`, exact: true }).click();
      await page.locator(`tr[data-${slug}="${first}"]`).waitFor();
      expect(await namesOf(org, list)).toContain(first);
      await page.getByRole('button', { name: `Rename ${noun} ${first}`, exact: true }).click();
      await page.getByLabel(`New name of ${first}`).fill(second);
      await page.getByRole('button', { name: 'SAVE' }).click();
      await page.locator(`tr[data-${slug}="${second}"]`).waitFor();
      expect(await namesOf(org, list)).toContain(second);
      expect(await namesOf(org, list)).not.toContain(first);
      await page.getByRole('button', { name: `Delete ${noun} ${second}`, exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await page.locator(`tr[data-${slug}="${second}"]`).waitFor({ state: 'detached' });
      expect(await namesOf(org, list)).not.toContain(second);
      await page.context().close();
    },
  );

  it('a user group with operators is not deleted: the server says why (CONFLICT) and the page shows it', async () => {
    const org = await acme();
    const before = await namesOf(org, 'userGroups');
    const page = await signedIn('admin@demo.test', 'LIVE CHAT');
    await page.getByRole('button', { name: 'Delete user group Operators', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/operator/i);
    expect(await namesOf(org, 'userGroups')).toEqual(before);
    await page.context().close();
  });
});

describe("every refused button says why, in the server's words (X-2 through the decision query)", () => {
  // A refused GuardedButton whose decision the server did not explain falls back to this text (console/src/guard.tsx).
  const FALLBACK = 'The server says you may not do this.';
  it.each([
    // Enable/Disable and Add role (SWITCH_PRODUCT, CREATE_PRODUCT_ROLE on organization:product).
    ['member@demo.test', 'PRODUCTS AND ROLES', ['Enable|Disable', 'Add role']],
    // INVITE USER (CB-2's invited_users create cell).
    ['designer@demo.test', 'CHATBOT', ['INVITE USER']],
    // A department's rename and delete (LIVECHAT_EDIT_DEPARTMENT / _DELETE_DEPARTMENT, LHC-5).
    ['us-operator@demo.test', 'LIVE CHAT', ['Create department', 'Rename department', 'Delete department']],
    // Department groups, user groups and roles: the organization's configuration (LIVECHAT_CONFIGURE).
    [
      'us-leader@demo.test',
      'LIVE CHAT',
      ['Create department group', 'Create user group', 'Create role', 'Delete role'],
    ],
  ] as const)('%s on %s', async (email, tab, labels) => {
    const page = await signedIn(email, tab);
    for (const label of labels)
      await page
        .getByRole('button', { name: new RegExp(`^(${label})`) })
        .first()
        .waitFor();
    // Reasons arrive with the decisions query after the screen: wait until no refused button has the fallback.
    const titles = () =>
      page.evaluate(
        (names) =>
          [...document.querySelectorAll('button')]
            .filter((b) =>
              names.some((n) => new RegExp(`^(${n})`).test(b.getAttribute('aria-label') ?? b.textContent ?? '')),
            )
            .map((b) => ({
              name: b.getAttribute('aria-label') ?? b.textContent,
              disabled: b.disabled || b.getAttribute('aria-disabled') === 'true',
              title: b.title,
              // What a screen reader says on focus: the accessible description.
              description: document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
            })),
        [...labels],
      );
    await page
      .waitForFunction(
        (fallback) =>
          ![...document.querySelectorAll('button[aria-disabled="true"]')].some(
            (b) => b.getAttribute('title') === fallback,
          ),
        FALLBACK,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const seen = await titles();
    expect(seen.length).toBeGreaterThanOrEqual(labels.length);
    for (const b of seen) {
      expect(b.disabled).toBe(true);
      expect([b.name, b.title]).not.toEqual([b.name, FALLBACK]);
      expect(b.title.length).toBeGreaterThan(0);
      expect([b.name, b.description]).toEqual([b.name, b.title]);
    }
    await page.context().close();
  });
});

describe('MY ACCESS answers "why can\'t I …?" through the decision query', () => {
  it.each([
    ['member@demo.test', false],
    ['admin@demo.test', true],
  ])('%s asks whether it may add a member: the page says what the API says', async (email, allowed) => {
    const org = await acme();
    const held = await api(email, `query($r: [DecisionRequest!]!) { decisions(requests: $r) { allowed reason } }`, {
      r: [{ action: 'ADD_ORGANIZATION_MEMBER', resourceId: org }],
    });
    expect(held.decisions[0].allowed).toBe(allowed);
    const page = await signedIn(email, 'MY ACCESS');
    await page.getByLabel('Action').selectOption('ADD_ORGANIZATION_MEMBER');
    await page.getByRole('button', { name: 'Ask' }).click();
    const answer = page.locator(`[data-allowed="${String(allowed)}"]`);
    await answer.waitFor();
    expect(await answer.innerText()).toContain(held.decisions[0].reason as string);
    if (!allowed) await screenshot(page, 'my-access-why');
    await page.context().close();
  });
});

describe('the console stayed quiet', () => {
  it('logged no errors in any browser console', () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
