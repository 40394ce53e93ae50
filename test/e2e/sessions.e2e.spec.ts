import { codes, gql, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const PASSWORD = 'correct horse battery';
const TOKENS = 'token expiresAt refreshToken refreshTokenExpiresAt account { id }';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${TOKENS} } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { ${TOKENS} } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${TOKENS} account { name } } }`;
const LOG_OUT = `mutation($all: Boolean) { logOut(allSessions: $all) { endedSessions } }`;

interface Signed {
  token: string;
  expiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  account: { id: string; name?: string };
}

async function call(query: string, variables: Record<string, unknown>, field: string, token?: string) {
  const res = await gql(sys.gatewayUrl, query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data![field] as Signed;
}

async function signUp(name: string) {
  const email = uniqueEmail(name);
  const signed = await call(SIGN_UP, { input: { email, name, password: PASSWORD } }, 'signUp');
  return { email, ...signed };
}

const logIn = (email: string, password = PASSWORD) => call(LOG_IN, { input: { email, password } }, 'logIn');

/** One protected field each subgraph resolves for any signed-in caller, asked directly (each verifies the token). */
const PROTECTED: Record<string, (accountId: string) => [string, Record<string, unknown>]> = {
  accounts: () => ['{ me { id } }', {}],
  'product-roles': (id) => [
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { chatbotCompanies { name } } } }',
    { r: [{ __typename: 'Account', id }] },
  ],
  'department-groups': () => ['{ permissionCatalogue { code } }', {}],
  'customer-hierarchy': () => ['{ myPortalRoles { role } }', {}],
};

/**
 * The token's fate at every subgraph directly and through the gateway: 'OK', or the error codes (a refused
 * token makes the caller anonymous, so the protected field answers UNAUTHENTICATED with the reason).
 */
async function everywhere(signed: Pick<Signed, 'token' | 'account'>): Promise<Record<string, string>> {
  const { token } = signed;
  const accountId = signed.account.id;
  const out: Record<string, string> = {};
  for (const [name, url] of Object.entries(sys.subgraphUrls)) {
    const [query, variables] = PROTECTED[name]!(accountId);
    const res = await gql(url, query, variables, token);
    out[name] = res.errors ? codes(res).join(',') : 'OK';
    if (res.errors) expect(res.errors[0].message).toBe('This session has ended; log in again');
  }
  const res = await gql(sys.gatewayUrl, '{ me { id } }', {}, token);
  out.gateway = res.errors ? codes(res).join(',') : 'OK';
  return out;
}

const ALL_OK = {
  accounts: 'OK',
  'product-roles': 'OK',
  'department-groups': 'OK',
  'customer-hierarchy': 'OK',
  gateway: 'OK',
};
const ALL_REFUSED = {
  accounts: 'UNAUTHENTICATED',
  'product-roles': 'UNAUTHENTICATED',
  'department-groups': 'UNAUTHENTICATED',
  'customer-hierarchy': 'UNAUTHENTICATED',
  gateway: 'UNAUTHENTICATED',
};

describe('X-9: sessions through the gateway', () => {
  it('signs in with a 15-minute access token, a refresh token and the session end', async () => {
    const before = Date.now();
    const a = await signUp('Expiry');
    const after = Date.now();
    expect(Date.parse(a.expiresAt)).toBeGreaterThan(before + 14 * 60_000);
    expect(Date.parse(a.expiresAt)).toBeLessThanOrEqual(after + 15 * 60_000);
    expect(Date.parse(a.refreshTokenExpiresAt) - before).toBeGreaterThan(29 * 86_400_000);
    expect(a.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await everywhere(a)).toEqual(ALL_OK);
  });

  it('rotates refresh tokens; reusing a rotated one ends the family and its access tokens everywhere', async () => {
    const a = await signUp('Rotation');
    const rotated = await call(REFRESH, { t: a.refreshToken }, 'refreshSession');
    expect(rotated.account).toEqual({ id: a.account.id, name: 'Rotation' });
    expect(rotated.refreshToken).not.toBe(a.refreshToken);
    expect(await everywhere(rotated)).toEqual(ALL_OK);

    const reuse = await gql(sys.gatewayUrl, REFRESH, { t: a.refreshToken });
    expect(codes(reuse)).toEqual(['UNAUTHENTICATED']);
    expect(reuse.errors![0].message).toMatch(/already used/);
    // The whole family: the newest refresh token, and both access tokens of the session, on the very next request.
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: rotated.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(rotated)).toEqual(ALL_REFUSED);
    expect(await everywhere(a)).toEqual(ALL_REFUSED);
    // A new log-in is a new session.
    expect(await everywhere(await logIn(a.email))).toEqual(ALL_OK);
  });

  it('refuses an unknown refresh token, and a malformed one as bad input', async () => {
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: 'A'.repeat(43) }))).toEqual(['UNAUTHENTICATED']);
    const malformed = await gql(sys.gatewayUrl, REFRESH, { t: '' });
    expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions!.field).toBe('refreshToken');
  });

  it('logOut ends this session in every subgraph on the next request; other sessions live until allSessions', async () => {
    const a = await signUp('LogOut');
    const phone = await logIn(a.email);
    const laptop = await logIn(a.email);
    expect(await call(LOG_OUT, {}, 'logOut', a.token)).toEqual({ endedSessions: 1 });
    expect(await everywhere(a)).toEqual(ALL_REFUSED);
    // Through the gateway the caller learns why, and nothing about the subgraphs behind it.
    const refused = await gql(sys.gatewayUrl, '{ me { id } }', {}, a.token);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].message).toBe('This session has ended; log in again');
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(refused.errors)).not.toMatch(/localhost|response/);
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: a.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(phone)).toEqual(ALL_OK);

    expect(await call(LOG_OUT, { all: true }, 'logOut', phone.token)).toEqual({ endedSessions: 2 });
    expect(await everywhere(phone)).toEqual(ALL_REFUSED);
    expect(await everywhere(laptop)).toEqual(ALL_REFUSED);
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: laptop.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    // Anonymous callers have no session to end.
    const anonymous = await gql(sys.gatewayUrl, LOG_OUT, {});
    expect(anonymous.data!.logOut).toBeNull();
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('a password change ends the other sessions everywhere and keeps the one that made it', async () => {
    const a = await signUp('Password');
    const stolen = await logIn(a.email);
    const change = await gql(
      sys.gatewayUrl,
      'mutation($i: UpdateMeInput!) { updateMe(input: $i) { account { id } } }',
      { i: { password: 'a brand new password', currentPassword: PASSWORD } },
      a.token,
    );
    expect(change.errors).toBeUndefined();
    expect(await everywhere(stolen)).toEqual(ALL_REFUSED);
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: stolen.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(a)).toEqual(ALL_OK);
    expect((await call(REFRESH, { t: a.refreshToken }, 'refreshSession')).account.id).toBe(a.account.id);
  });
});
