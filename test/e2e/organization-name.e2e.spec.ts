import { codes, gql, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

// Issue 13: the organization's name is the one name of a company and a customer. renameOrganization is GA-6
// (`organization:administer`), validated (BAD_USER_INPUT, nothing changed) and audited (organization.renamed).
let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const PASSWORD = 'correct horse battery';
const q = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
  gql(sys.gatewayUrl, query, variables, token);

async function signUp(name: string) {
  const email = uniqueEmail(name);
  const res = await gql(
    sys.gatewayUrl,
    `mutation($input: SignUpInput!) { signUp(input: $input) { token account { id } } }`,
    { input: { email, name, password: PASSWORD } },
  );
  expect(res.errors).toBeUndefined();
  return {
    email: email.toLowerCase(),
    token: res.data!.signUp.token as string,
    id: res.data!.signUp.account.id as string,
  };
}

const RENAME = `mutation($i: RenameOrganizationInput!) { renameOrganization(input: $i) { id name } }`;
const NAME = `query($id: ID!) { organization(id: $id) { name } }`;
const AUDIT = `query($id: ID!) { organization(id: $id) { auditLog(first: 50, filter: { actions: ["organization.renamed"] }) {
  edges { node { action targetId before after actor { id } } } } } }`;

describe('renameOrganization (issue 13, GA-2, GA-6)', () => {
  let owner: Awaited<ReturnType<typeof signUp>>;
  let admin: typeof owner;
  let member: typeof owner;
  let outsider: typeof owner;
  let orgId: string;

  beforeAll(async () => {
    [owner, admin, member, outsider] = await Promise.all(['Olga', 'Arno', 'Mona', 'Otto'].map((n) => signUp(n)));
    const created = await q('mutation { createOrganization(input: { name: "Naming Co" }) { id } }', {}, owner.token);
    orgId = created.data!.createOrganization.id as string;
    const add = `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { id } }`;
    for (const [who, role] of [
      [admin, 'ADMINISTRATOR'],
      [member, 'MEMBER'],
    ] as const) {
      expect(
        (await q(add, { i: { organizationId: orgId, email: who.email, role } }, owner.token)).errors,
      ).toBeUndefined();
    }
  });

  // GA-6 cell by cell: owner and administrator rename; member and outsider are FORBIDDEN and change nothing.
  it.each([
    ['OWNER', true, () => owner],
    ['ADMINISTRATOR', true, () => admin],
    ['MEMBER', false, () => member],
    ['outsider', false, () => outsider],
  ] as const)('%s: allowed %s', async (label, allowed, who) => {
    const before = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    const name = `Renamed by ${label}`;
    const res = await q(RENAME, { i: { organizationId: orgId, name: `  ${name}  ` } }, who().token);
    const after = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.renameOrganization).toEqual({ id: orgId, name });
      expect(after).toBe(name);
    } else {
      expect(res.data).toEqual({ renameOrganization: null });
      expect(codes(res)).toEqual(['FORBIDDEN']);
      expect(after).toBe(before);
    }
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['101 characters', 'x'.repeat(101)],
    ['a control character', 'Bad\u0007Name'],
    ['a newline', 'Two\nLines'],
  ])('rejects a name that is %s with BAD_USER_INPUT, changing nothing', async (_label, name) => {
    const before = (await q(NAME, { id: orgId }, owner.token)).data!.organization.name as string;
    const res = await q(RENAME, { i: { organizationId: orgId, name } }, owner.token);
    expect(res.data).toEqual({ renameOrganization: null });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await q(NAME, { id: orgId }, owner.token)).data!.organization.name).toBe(before);
  });

  it('accepts exactly 100 characters', async () => {
    const name = 'y'.repeat(100);
    const res = await q(RENAME, { i: { organizationId: orgId, name } }, owner.token);
    expect(res.data!.renameOrganization.name).toBe(name);
  });

  it('rejects an unknown or malformed organization id (BAD_USER_INPUT / FORBIDDEN, never a server error)', async () => {
    expect(codes(await q(RENAME, { i: { organizationId: 'nope', name: 'X' } }, owner.token))).toEqual([
      expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN)$/),
    ]);
    expect(
      codes(await q(RENAME, { i: { organizationId: '00000000-0000-4000-8000-000000000000', name: 'X' } }, owner.token)),
    ).toEqual([expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
  });

  it('audits each rename as organization.renamed with before and after, by the actor', async () => {
    await q(RENAME, { i: { organizationId: orgId, name: 'Audit Before' } }, owner.token);
    await q(RENAME, { i: { organizationId: orgId, name: 'Audit After' } }, admin.token);
    const res = await q(AUDIT, { id: orgId }, owner.token);
    expect(res.errors).toBeUndefined();
    const [latest] = res.data!.organization.auditLog.edges.map((e: { node: unknown }) => e.node);
    expect(latest).toMatchObject({
      action: 'organization.renamed',
      targetId: orgId,
      before: { name: 'Audit Before' },
      after: { name: 'Audit After' },
      actor: { id: admin.id },
    });
  });
});
