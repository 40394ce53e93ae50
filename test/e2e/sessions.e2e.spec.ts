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

/**
 * The token's fate at every subgraph directly (each verifies it itself) and through the gateway: 'OK', or the codes.
 */
async function everywhere(token: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, url] of Object.entries(sys.subgraphUrls)) {
    const res = await gql(url, '{ __typename }', {}, token);
    out[name] = res.status === 200 && !res.errors ? 'OK' : `${res.status} ${codes(res).join(',')}`;
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
  accounts: '401 UNAUTHENTICATED',
  'product-roles': '401 UNAUTHENTICATED',
  'department-groups': '401 UNAUTHENTICATED',
  'customer-hierarchy': '401 UNAUTHENTICATED',
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
    expect(await everywhere(a.token)).toEqual(ALL_OK);
  });

  it('rotates refresh tokens; reusing a rotated one ends the family and its access tokens everywhere', async () => {
    const a = await signUp('Rotation');
    const rotated = await call(REFRESH, { t: a.refreshToken }, 'refreshSession');
    expect(rotated.account).toEqual({ id: a.account.id, name: 'Rotation' });
    expect(rotated.refreshToken).not.toBe(a.refreshToken);
    expect(await everywhere(rotated.token)).toEqual(ALL_OK);

    const reuse = await gql(sys.gatewayUrl, REFRESH, { t: a.refreshToken });
    expect(codes(reuse)).toEqual(['UNAUTHENTICATED']);
    expect(reuse.errors![0].message).toMatch(/already used/);
    // The whole family: the newest refresh token, and both access tokens of the session, on the very next request.
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: rotated.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(rotated.token)).toEqual(ALL_REFUSED);
    expect(await everywhere(a.token)).toEqual(ALL_REFUSED);
    // A new log-in is a new session.
    expect(await everywhere((await logIn(a.email)).token)).toEqual(ALL_OK);
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
    expect(await everywhere(a.token)).toEqual(ALL_REFUSED);
    // The gateway relays the subgraph's own refusal: no internal URL or raw response body reaches the client.
    const refused = await gql(sys.gatewayUrl, '{ me { id } }', {}, a.token);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].message).toBe('This session has ended; log in again');
    expect(refused.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: a.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(phone.token)).toEqual(ALL_OK);

    expect(await call(LOG_OUT, { all: true }, 'logOut', phone.token)).toEqual({ endedSessions: 2 });
    expect(await everywhere(phone.token)).toEqual(ALL_REFUSED);
    expect(await everywhere(laptop.token)).toEqual(ALL_REFUSED);
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
      'mutation($i: UpdateMeInput!) { updateMe(input: $i) { id } }',
      { i: { password: 'a brand new password', currentPassword: PASSWORD } },
      a.token,
    );
    expect(change.errors).toBeUndefined();
    expect(await everywhere(stolen.token)).toEqual(ALL_REFUSED);
    expect(codes(await gql(sys.gatewayUrl, REFRESH, { t: stolen.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect(await everywhere(a.token)).toEqual(ALL_OK);
    expect((await call(REFRESH, { t: a.refreshToken }, 'refreshSession')).account.id).toBe(a.account.id);
  });
});
