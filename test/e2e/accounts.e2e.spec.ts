import { SignJWT, importPKCS8 } from 'jose';
import { codes, gql, rawId, startTestSystem, testConfig, uniqueEmail, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const PASSWORD = 'correct horse battery';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token account { id name email } } }`;

async function signUp(name: string) {
  const email = uniqueEmail(name);
  const res = await gql(sys.gatewayUrl, SIGN_UP, { input: { email, name, password: PASSWORD } });
  expect(res.errors).toBeUndefined();
  // GA-1: e-mails are case-insensitive, stored and returned lower-cased.
  return {
    email: email.toLowerCase(),
    token: res.data!.signUp.token as string,
    id: res.data!.signUp.account.id as string,
  };
}

const q = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
  gql(sys.gatewayUrl, query, variables, token);

describe('accounts through the gateway, with real tokens', () => {
  it('runs the whole life of an organization: sign up, create, add, deny, transfer, remove', async () => {
    const olivia = await signUp('Olivia');
    const adam = await signUp('Adam');
    const mia = await signUp('Mia');
    const eve = await signUp('Eve');

    const me = await q('{ me { id name email memberships { id } } }', {}, olivia.token);
    expect(me.data!.me).toEqual({ id: olivia.id, name: 'Olivia', email: olivia.email, memberships: [] });

    const created = await q(
      'mutation($n: String!) { createOrganization(input: { name: $n }) { organization { id name } } }',
      { n: 'Acme' },
      olivia.token,
    );
    const orgId = created.data!.createOrganization.organization.id as string;
    expect(created.data!.createOrganization.organization.name).toBe('Acme');

    const add = `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) { membership { role account { id } } } }`;
    const added = await q(
      add,
      { i: { organizationId: orgId, email: adam.email, role: 'ADMINISTRATOR' } },
      olivia.token,
    );
    expect(added.data!.addOrganizationMember.membership).toEqual({ role: 'ADMINISTRATOR', account: { id: adam.id } });
    expect(
      (await q(add, { i: { organizationId: orgId, email: mia.email, role: 'MEMBER' } }, adam.token)).errors,
    ).toBeUndefined();

    // A member may not add (GA-6): FORBIDDEN, null, nothing added.
    const denied = await q(add, { i: { organizationId: orgId, email: eve.email, role: 'MEMBER' } }, mia.token);
    expect(denied.data).toEqual({ addOrganizationMember: null });
    expect(codes(denied)).toEqual(['FORBIDDEN']);

    // The member reads the organization; the audit log is for owners and administrators: that field alone is denied.
    const orgQuery = `query($id: ID!) { organization(id: $id) { name members { totalCount edges { node { role account { name } } } } auditLog(first: 50) { edges { node { action } } } } }`;
    const asMember = await q(orgQuery, { id: orgId }, mia.token);
    expect(asMember.data!.organization.name).toBe('Acme');
    expect(asMember.data!.organization.members.totalCount).toBe(3);
    expect(asMember.data!.organization.auditLog).toBeNull();
    expect(asMember.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['organization.auditLog', 'FORBIDDEN'],
    ]);

    const asOwner = await q(orgQuery, { id: orgId }, olivia.token);
    expect(asOwner.data!.organization.auditLog.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'membership.added',
      'membership.added',
      'membership.added',
      'organization.created',
    ]);

    // An outsider sees nothing of it.
    const asOutsider = await q(orgQuery, { id: orgId }, eve.token);
    expect(asOutsider.data).toEqual({ organization: null });
    expect(codes(asOutsider)).toEqual(['FORBIDDEN']);

    // GA-5: transfer; X-5: the very next request with the same tokens sees the new roles.
    const transfer = `mutation($i: OrganizationMemberInput!) { transferOwnership(input: $i) { organization { id } } }`;
    expect(
      (await q(transfer, { i: { organizationId: orgId, accountId: mia.id } }, adam.token)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await q(transfer, { i: { organizationId: orgId, accountId: mia.id } }, olivia.token)).errors,
    ).toBeUndefined();
    const roles = await q('{ me { memberships { role organization { id } } } }', {}, olivia.token);
    expect(roles.data!.me.memberships).toEqual([{ role: 'ADMINISTRATOR', organization: { id: orgId } }]);
    expect(
      (await q(transfer, { i: { organizationId: orgId, accountId: olivia.id } }, mia.token)).errors,
    ).toBeUndefined();

    // GA-11: removal takes effect on the next request of the removed member's unchanged token.
    const remove = `mutation($i: OrganizationMemberInput!) { removeOrganizationMember(input: $i) { organization { members { totalCount } } } }`;
    const removed = await q(remove, { i: { organizationId: orgId, accountId: adam.id } }, olivia.token);
    expect(removed.data!.removeOrganizationMember.organization.members.totalCount).toBe(2);
    expect(codes(await q(orgQuery, { id: orgId }, adam.token))).toEqual(['FORBIDDEN']);
    const ownerRemoval = await q(remove, { i: { organizationId: orgId, accountId: olivia.id } }, olivia.token);
    expect(codes(ownerRemoval)).toEqual(['OWNER_CANNOT_BE_REMOVED']);
  });

  it('answers bad input with a clear error and a stable code', async () => {
    const bad = await q(SIGN_UP, { input: { email: 'not-an-email', name: 'X', password: PASSWORD } });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'email is not a valid e-mail address',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
    const empty = await q(SIGN_UP, { input: { email: uniqueEmail(), name: '  ', password: PASSWORD } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const a = await signUp('Wrong');
    const wrong = await q('mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
      i: { email: a.email, password: 'nope nope nope' },
    });
    expect(codes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    const typeError = await q('mutation { signUp(input: { email: 42 }) { token } }');
    expect(typeError.status).toBe(400);
    expect(codes(typeError)).toContain('GRAPHQL_VALIDATION_FAILED');
    const blankOrg = await q(
      'mutation { createOrganization(input: { name: "" }) { organization { id } } }',
      {},
      a.token,
    );
    expect(codes(blankOrg)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses tampered, expired and foreign tokens on protected fields with UNAUTHENTICATED', async () => {
    const a = await signUp('Token');
    const [h, p, s] = a.token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${s}`;
    const { jwt } = testConfig();
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(a.id)
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setIssuedAt(1)
      .setExpirationTime(2)
      .sign(await importPKCS8(jwt.privateKeyPem!, 'EdDSA'));
    for (const token of [tampered, expired, 'not.a.token']) {
      // The gateway fails fast (nothing in the operation is public); the subgraph refuses the field itself.
      const res = await gql(sys.gatewayUrl, '{ me { id } }', {}, token);
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      const direct = await gql(sys.subgraphUrls.accounts!, '{ me { id } }', {}, token);
      expect(direct.data).toEqual({ me: null });
      expect(codes(direct)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('enforces fields reached through _entities directly on the subgraph, for strangers and anonymous callers', async () => {
    const owner = await signUp('Owner');
    const stranger = await signUp('Stranger');
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id name email } } }`;
    const r = [{ __typename: 'Account', id: owner.id }];
    const anonymous = await gql(sys.subgraphUrls.accounts!, entities, { r });
    expect(anonymous.data!._entities).toEqual([{ id: owner.id, name: null, email: null }]);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const asStranger = await gql(sys.subgraphUrls.accounts!, entities, { r }, stranger.token);
    expect(asStranger.data!._entities).toEqual([{ id: owner.id, name: null, email: null }]);
    expect(codes(asStranger)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const self = await gql(sys.subgraphUrls.accounts!, entities, { r }, owner.token);
    expect(self.data!._entities).toEqual([{ id: owner.id, name: 'Owner', email: owner.email }]);
  });

  it('resolves member lists without N+1: SQL statements per request do not grow with the list', async () => {
    const owner = await signUp('Bulk');
    const created = await q(
      'mutation { createOrganization(input: { name: "Bulk" }) { organization { id } } }',
      {},
      owner.token,
    );
    const orgId = created.data!.createOrganization.organization.id as string;
    const db = sys.deps.accounts!.db;
    const count = async () => {
      const res = await gql(
        sys.subgraphUrls.accounts!,
        `query($id: ID!) { organization(id: $id) { members(first: 100) { totalCount edges { node { role customRoles account { name email } organization { name } } } } } }`,
        { id: orgId },
        owner.token,
      );
      expect(res.errors).toBeUndefined();
      return {
        members: res.data!.organization.members.totalCount as number,
        sql: Number(res.headers.get('x-sql-statements')),
      };
    };
    const addMembers = (n: number) =>
      db.query(
        `WITH a AS (INSERT INTO accounts.accounts (email, name, password_hash)
           SELECT 'bulk-' || gen_random_uuid() || '@example.test', 'Bulk member', 'x' FROM generate_series(1, $2) RETURNING id)
         INSERT INTO accounts.memberships (organization_id, account_id, role) SELECT $1, id, 'MEMBER' FROM a`,
        [rawId(orgId), n],
      );
    await addMembers(9);
    const small = await count();
    await addMembers(40);
    const medium = await count();
    await addMembers(50);
    const large = await count();
    expect([small.members, medium.members, large.members]).toEqual([10, 50, 100]);
    expect(small.sql).toBeLessThanOrEqual(10);
    expect(medium.sql).toBe(small.sql);
    expect(large.sql).toBe(small.sql);
  });
});
