import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildConsole, collectPageErrors, launchBrowser, screenshot } from '../support/browser';
import { gql, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

// Issue 14: the admin console in a real browser against the real system (this tier's database and processes).
// Each step asserts what the page shows and what the API then holds. Screenshots go to test-artifacts/console/.
const PASSWORD = 'correct horse battery';
let sys: TestSystem;
let browser: Browser;
let dir: string;
let consoleUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'console-'));
  await buildConsole(dir);
  sys = await startTestSystem({ consoleDir: dir });
  consoleUrl = sys.gatewayUrl.replace(/\/graphql$/, '/console/');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await sys?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function signUp(name: string) {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const res = await gql(
    sys.gatewayUrl,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token account { id } } }`,
    { input: { email, name, password: PASSWORD } },
  );
  expect(res.errors).toBeUndefined();
  return { email, name, token: res.data!.signUp.token as string, id: res.data!.signUp.account.id as string };
}

async function membersOf(organizationId: string, token: string): Promise<Array<{ email: string; role: string }>> {
  const res = await gql(
    sys.gatewayUrl,
    `query($id: ID!) { organization(id: $id) { members(first: 100) { edges { node { role account { email } } } } } }`,
    { id: organizationId },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.organization.members.edges.map((e: { node: { role: string; account: { email: string } } }) => ({
    email: e.node.account.email,
    role: e.node.role,
  }));
}

async function signIn(page: Page, email: string) {
  await page.goto(consoleUrl);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Users' }).waitFor();
}

const row = (page: Page, email: string) => page.locator(`tr[data-email="${email}"]`);

describe('the console in Chromium (issue 14)', () => {
  let owner: Awaited<ReturnType<typeof signUp>>;
  let bob: Awaited<ReturnType<typeof signUp>>;
  let organizationId: string;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    owner = await signUp('Olivia Owner');
    bob = await signUp('Bob Invitee');
    const created = await gql(
      sys.gatewayUrl,
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }`,
      { i: { name: `Console Org ${owner.id.slice(-6)}` } },
      owner.token,
    );
    expect(created.errors).toBeUndefined();
    organizationId = created.data!.createOrganization.organization.id as string;
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });
  afterAll(() => context?.close());

  it('serves the built console at /console with a strict content security policy', async () => {
    const res = await fetch(consoleUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<div id="root">');
    const traversal = await fetch(consoleUrl + '..%2F..%2Fpackage.json');
    expect(traversal.status).toBe(404);
  });

  it('signs in and lists the members of the organization (USERS tab)', async () => {
    await signIn(page, owner.email);
    await row(page, owner.email).waitFor();
    expect(await row(page, owner.email).innerText()).toContain('OWNER');
    await screenshot(page, 'users');
  });

  it('invites a registered person as MEMBER: the row appears and the API holds the membership', async () => {
    await page.getByLabel('E-mail', { exact: true }).fill(bob.email);
    await page.getByLabel('Role', { exact: true }).selectOption('MEMBER');
    await page.getByRole('button', { name: 'INVITE USER' }).click();
    await row(page, bob.email).waitFor();
    expect(await row(page, bob.email).innerText()).toContain('MEMBER');
    expect(await membersOf(organizationId, owner.token)).toContainEqual({ email: bob.email, role: 'MEMBER' });
  });

  it('shows the server refusal beside the form for an unknown e-mail, and changes nothing', async () => {
    const before = await membersOf(organizationId, owner.token);
    await page.getByLabel('E-mail', { exact: true }).fill(uniqueEmail('nobody'));
    await page.getByRole('button', { name: 'INVITE USER' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).toMatch(/./);
    expect(await membersOf(organizationId, owner.token)).toEqual(before);
    await screenshot(page, 'users-error');
  });

  it('changes a role with the pen: the page and the API say ADMINISTRATOR', async () => {
    await page.getByRole('button', { name: `Edit role of ${bob.email}` }).click();
    await page.getByLabel(`Role of ${bob.email}`, { exact: true }).selectOption('ADMINISTRATOR');
    await page.getByText('Role changed to ADMINISTRATOR').waitFor();
    await page.waitForFunction(
      (email) => document.querySelector(`tr[data-email="${email}"]`)?.textContent?.includes('ADMINISTRATOR'),
      bob.email,
    );
    expect(await membersOf(organizationId, owner.token)).toContainEqual({ email: bob.email, role: 'ADMINISTRATOR' });
  });

  it('grants and revokes the billing editor custom role (GA-7) on the USERS tab: the page and the API agree', async () => {
    const customRoles = async () => {
      const res = await gql(
        sys.gatewayUrl,
        `query($id: ID!) { organization(id: $id) { members(first: 100) { edges { node { customRoles account { email } } } } } }`,
        { id: organizationId },
        owner.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.organization.members.edges.find(
        (e: { node: { account: { email: string } } }) => e.node.account.email === bob.email,
      ).node.customRoles as string[];
    };
    expect(await customRoles()).toEqual([]);
    await page.getByRole('button', { name: `Grant billing editor to ${bob.email}` }).click();
    await page.getByRole('button', { name: `Revoke billing editor from ${bob.email}` }).waitFor();
    expect(await row(page, bob.email).getByTestId('custom-roles').innerText()).toContain('billing editor');
    expect(await customRoles()).toEqual(['BILLING_EDITOR']);
    await page.getByRole('button', { name: `Revoke billing editor from ${bob.email}` }).click();
    await page.getByRole('button', { name: `Grant billing editor to ${bob.email}` }).waitFor();
    expect(await customRoles()).toEqual([]);
  });

  it('removes with the seed confirmation: NO, KEEP IT keeps; YES, CLOSE ACCESS removes', async () => {
    await row(page, bob.email).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'users-remove-dialog');
    await page.getByRole('button', { name: 'NO, KEEP IT' }).click();
    expect(await membersOf(organizationId, owner.token)).toContainEqual({ email: bob.email, role: 'ADMINISTRATOR' });
    await row(page, bob.email).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'YES, CLOSE ACCESS' }).click();
    await page.getByText('Access closed').waitFor();
    await row(page, bob.email).waitFor({ state: 'detached' });
    expect((await membersOf(organizationId, owner.token)).map((m) => m.email)).not.toContain(bob.email);
  });

  it('AUDIT shows the events the API holds, newest first, and filters by domain (X-3)', async () => {
    const api = await gql(
      sys.gatewayUrl,
      `query($id: ID!) { organization(id: $id) { auditLog(first: 20) { edges { node { action domain } } } } }`,
      { id: organizationId },
      owner.token,
    );
    expect(api.errors).toBeUndefined();
    const actions = api.data!.organization.auditLog.edges.map((e: { node: { action: string } }) => e.node.action);
    // The invite, the role change and the removal above were audited.
    expect(actions.length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'AUDIT' }).click();
    await page.getByRole('heading', { name: 'Audit' }).waitFor();
    await page.locator('tr[data-action]').first().waitFor();
    expect(
      await page.locator('tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
    ).toEqual(actions);
    await screenshot(page, 'audit');
    await page.getByLabel('Domain').selectOption('CUSTOMER_HIERARCHY');
    // Loaded (no progress shown, the table back) and no row: this organization has no portal events.
    await page.waitForFunction(
      () =>
        !document.querySelector('main [role=status]') &&
        document.querySelector('main table') !== null &&
        document.querySelectorAll('tr[data-action]').length === 0,
    );
    await page.getByLabel('Domain').selectOption('ACCOUNTS');
    await page.locator('tr[data-action]').first().waitFor();
  });

  it('shows the X-1 picture on MY ACCESS', async () => {
    await page.getByRole('button', { name: 'MY ACCESS' }).click();
    await page.getByRole('heading', { name: 'My access' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Console Org ${owner.id.slice(-6)}`);
    await screenshot(page, 'my-access');
  });

  it('a plain member sees the buttons exactly as the server answers viewerCan… (X-7), at 390 px', async () => {
    const carol = await signUp('Carol Member');
    const added = await gql(
      sys.gatewayUrl,
      `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { membership { id } } }`,
      { i: { organizationId, email: carol.email, role: 'MEMBER' } },
      owner.token,
    );
    expect(added.errors).toBeUndefined();
    // What the server says carol may do to each member; the page must show exactly that.
    const asked = await gql(
      sys.gatewayUrl,
      `query($id: ID!) { organization(id: $id) { viewerCanAddMember members(first: 100) { edges { node {
         viewerCanChangeRole viewerCanRemove viewerCanTransferOwnership viewerCanGrantCustomRole
         account { email } } } } } }`,
      { id: organizationId },
      carol.token,
    );
    expect(asked.errors).toBeUndefined();
    const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const narrow = await other.newPage();
    const narrowErrors = collectPageErrors(narrow);
    await signIn(narrow, carol.email);
    await row(narrow, owner.email).waitFor();
    expect(await narrow.getByRole('button', { name: 'INVITE USER' }).count()).toBe(
      asked.data!.organization.viewerCanAddMember ? 1 : 0,
    );
    for (const { node } of asked.data!.organization.members.edges) {
      const r = row(narrow, node.account.email);
      expect({
        email: node.account.email,
        pen: await r.getByRole('button', { name: `Edit role of ${node.account.email}` }).isEnabled(),
        remove: await r.getByRole('button', { name: 'Remove' }).isEnabled(),
        owner: await r.getByRole('button', { name: 'Make owner' }).isEnabled(),
        grant: await r.getByRole('button', { name: `Grant billing editor to ${node.account.email}` }).isEnabled(),
      }).toEqual({
        email: node.account.email,
        pen: node.viewerCanChangeRole === true,
        remove: node.viewerCanRemove === true,
        owner: node.viewerCanTransferOwnership === true,
        grant: node.viewerCanGrantCustomRole === true,
      });
    }
    // A plain member may not remove the owner: the server says so, and so does the page.
    expect(await row(narrow, owner.email).getByRole('button', { name: 'Remove' }).isEnabled()).toBe(false);
    await screenshot(narrow, 'users-member-390px');
    await other.close();
    expect(narrowErrors).toEqual([]);
  });

  it('finds a member by part of the e-mail through the server (MemberFilter.search), keeping the focus', async () => {
    const search = owner.email.split('@')[0]!;
    await page.getByRole('button', { name: 'USERS', exact: true }).click();
    await row(page, owner.email).waitFor();
    const box = page.getByLabel('Find by name or e-mail');
    await box.fill(search);
    await page.getByText('1 matching members').waitFor();
    expect(
      await page.locator('tbody tr[data-email]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-email'))),
    ).toEqual([owner.email]);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('');
    await page.getByText(/^\d+ members of/).waitFor();
  });

  it('works with the keyboard alone: sign in, switch screens, ask the decision query; every stop is named and visible', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const kb = await other.newPage();
    const kbErrors = collectPageErrors(kb);
    await kb.goto(consoleUrl);
    await kb.getByRole('heading', { name: 'Sign in' }).waitFor();
    /** What has the focus: its accessible name (label, aria-label or text) and whether its outline shows. */
    const focused = () =>
      kb.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
        const name = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
        const style = getComputedStyle(el);
        const description = document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
        return {
          tag: el.tagName,
          name,
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
          refused: el.getAttribute('aria-disabled') === 'true',
          description,
        };
      });
    const tabTo = async (name: string, key = 'Tab', max = 60) => {
      const seen: Array<{ tag: string; name: string; outline: boolean; refused: boolean; description: string }> = [];
      for (let i = 0; i < max; i++) {
        await kb.keyboard.press(key);
        const f = await focused();
        if (!f) continue;
        seen.push(f);
        if (f.name === name) return seen;
      }
      throw new Error(`Tab never reached "${name}"; it reached ${seen.map((f) => f.name).join(' | ')}`);
    };
    const stops = [...(await tabTo('E-mail'))];
    await kb.keyboard.type(owner.email);
    stops.push(...(await tabTo('Password')));
    await kb.keyboard.type(PASSWORD);
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { name: 'Users' }).waitFor();
    await row(kb, owner.email).waitFor();
    // A refused button stays in the tab order and says the server's reason: the owner may not remove itself (its
    // row comes first). Enter on it does nothing. Then back up to the tabs.
    stops.push(...(await tabTo('MY ACCESS')));
    const [remove] = (await tabTo('Remove')).slice(-1);
    expect(remove).toMatchObject({ refused: true });
    expect(remove!.description.length).toBeGreaterThan(0);
    await kb.keyboard.press('Enter');
    expect(await kb.getByRole('dialog').count()).toBe(0);
    stops.push(...(await tabTo('MY ACCESS', 'Shift+Tab')));
    await kb.keyboard.press('Enter');
    await kb.getByRole('heading', { name: "Why can't I …?" }).waitFor();
    stops.push(...(await tabTo('Action')));
    await kb.keyboard.press('ArrowDown'); // the second question: rename the organization
    stops.push(...(await tabTo('Ask')));
    await kb.keyboard.press('Enter');
    const answer = kb.locator('[data-allowed]');
    await answer.waitFor();
    // The owner may rename its organization (GA-6): the server's answer, reached without a pointer.
    expect(await answer.getAttribute('data-allowed')).toBe('true');
    for (const stop of stops) {
      expect([stop.tag, stop.name.length > 0]).toEqual([stop.tag, true]);
      expect([stop.name, stop.outline]).toEqual([stop.name, true]);
    }
    await other.close();
    expect(kbErrors).toEqual([]);
  });

  it('signs out, and a reload after sign-out shows the sign-in form', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
