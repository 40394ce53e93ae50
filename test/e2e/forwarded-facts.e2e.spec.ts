import { FORWARDED, forwardedHeaders } from '../../subgraphs/common/http/forwarded';
import { codes, startTestSystem, testConfig, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';

async function failLogIn(url: string, email: string, headers: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOG_IN, variables: { i: { email, password: 'wrong password' } } }),
  });
  return codes({ status: res.status, headers: res.headers, ...((await res.json()) as object) });
}

async function addressKeys(): Promise<string[]> {
  const rows: Array<{ key: string }> = await sys.deps.accounts.db.query(
    "SELECT key FROM accounts.login_attempts WHERE key LIKE 'address:%'",
  );
  return rows.map((r) => r.key);
}

describe('forwarded facts: only the gateway is trusted', () => {
  it("a direct caller's x-client-address is ignored: its failures count against its socket address", async () => {
    const spoofed = '203.0.113.77';
    expect(
      await failLogIn(sys.subgraphUrls.accounts, 'direct@example.test', { [FORWARDED.clientAddress]: spoofed }),
    ).toEqual(['INVALID_CREDENTIALS']);
    // Even with a signature made with another secret.
    const forged = forwardedHeaders('x'.repeat(64), { requestId: 'r1', clientAddress: spoofed });
    expect(await failLogIn(sys.subgraphUrls.accounts, 'direct@example.test', forged)).toEqual(['INVALID_CREDENTIALS']);
    const keys = await addressKeys();
    expect(keys).not.toContain(`address:${spoofed}`);
    expect(keys.some((k) => /127\.0\.0\.1|::1/.test(k))).toBe(true);
  });

  it("the gateway's signed address is believed, and a client cannot choose it through the gateway", async () => {
    const chosen = '203.0.113.88';
    expect(await failLogIn(sys.gatewayUrl, 'via-gateway@example.test', { [FORWARDED.clientAddress]: chosen })).toEqual([
      'INVALID_CREDENTIALS',
    ]);
    expect(await addressKeys()).not.toContain(`address:${chosen}`);
    // What the gateway signs with the shared secret is what the subgraph counts against.
    const signed = forwardedHeaders(testConfig().gatewaySecret!, { requestId: 'r2', clientAddress: chosen });
    expect(await failLogIn(sys.subgraphUrls.accounts, 'signed@example.test', signed)).toEqual(['INVALID_CREDENTIALS']);
    expect(await addressKeys()).toContain(`address:${chosen}`);
  });
});
