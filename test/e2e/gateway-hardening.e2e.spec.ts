import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../gateway/gateway';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { loadConfig } from '../../subgraphs/common/config';
import { createLogger } from '../../subgraphs/common/logger';
import { accountsFactory, PASSWORD } from '../support/factories';
import { codes, gql, startTestSystem, testConfig, type TestSystem } from '../support/system';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
});
afterAll(() => sys.close());

const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(url, { method: 'POST', headers, body });

describe('operation limits, at the gateway and at every subgraph', () => {
  const nested = (depth: number) => `{ me { ${'memberships { account { '.repeat(depth)}id${' } }'.repeat(depth)} } }`;

  it.each([
    ['depth', nested(8), 'QUERY_TOO_DEEP'],
    ['aliases', `{ me { ${Array.from({ length: 40 }, (_, i) => `a${i}: name`).join(' ')} } }`, 'TOO_MANY_ALIASES'],
    [
      'root fields',
      `{ ${Array.from({ length: 25 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
      'TOO_MANY_ROOT_FIELDS',
    ],
    [
      'cost',
      '{ organization(id: "00000000-0000-4000-8000-000000000000") { members(first: 100) { edges { node { account { memberships { organization { members(first: 100) { edges { node { id } } } } } } } } } } }',
      'QUERY_TOO_COMPLEX',
    ],
  ])('refuses an operation over the %s limit with a clear error, before running it', async (_name, query, code) => {
    const a = await f.account('limits');
    for (const url of [sys.gatewayUrl, sys.subgraphUrls.accounts!]) {
      const res = await gql(url, query, {}, a.token);
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.message).toMatch(/limit|levels deep|could resolve/);
      expect(codes(res)).toEqual([expect.stringMatching(new RegExp(`${code}|GRAPHQL_VALIDATION_FAILED`))]);
    }
  });

  it('accepts an ordinary page of members', async () => {
    const a = await f.account('ok');
    const org = await gql(
      sys.gatewayUrl,
      'mutation { createOrganization(input: { name: "Limits" }) { organization { id } } }',
      {},
      a.token,
    );
    const res = await gql(
      sys.gatewayUrl,
      'query($o: ID!) { organization(id: $o) { members(first: 100) { edges { node { role account { name } } } } } }',
      { o: org.data!.createOrganization.organization.id },
      a.token,
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses a body over the size limit (413) and invalid JSON (400) with a GraphQL error body', async () => {
    const big = await post(
      sys.gatewayUrl,
      JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2_000_000) } }),
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const bad = await post(sys.gatewayUrl, '{"query": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('refuses batched operations', async () => {
    const res = await post(sys.gatewayUrl, JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple (non-preflighted) request cannot run an operation', async () => {
    const res = await fetch(`${sys.gatewayUrl}?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    const form = await post(sys.gatewayUrl, 'query=%7B%20me%20%7B%20id%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
  });
});

describe('concurrent callers', () => {
  it('each get their own answer when they send the identical query at the same time', async () => {
    // The default engine coalesces identical in-flight subgraph requests: the caller's token must be part of what
    // makes two requests identical, or one caller would receive another's data.
    const people = await Promise.all(['ann', 'bob', 'cy', 'dee'].map((n) => f.account(n)));
    const rounds = await Promise.all(
      Array.from({ length: 10 }, () =>
        Promise.all(people.map((p) => gql(sys.gatewayUrl, '{ me { id email } }', {}, p.token))),
      ),
    );
    for (const round of rounds)
      expect(round.map((r) => r.data?.me)).toEqual(
        people.map((p) => ({ id: toGlobalId('Account', p.id), email: p.email })),
      );
  });
});

describe('introspection and Sandbox', () => {
  it('are on in development and off in production unless enabled', async () => {
    const dev = await gql(sys.gatewayUrl, '{ __schema { queryType { name } } }');
    expect(dev.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(sys.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/embeddable-sandbox|sandbox/i);

    const base = testConfig();
    const prod = loadConfig({
      ...process.env,
      NODE_ENV: 'production',
      PASSWORD_SCRYPT_LOG2N: undefined, // the suite's cheap test cost is refused in production
      JWT_PUBLIC_KEY: base.jwt.publicKeyPem,
      JWT_PRIVATE_KEY: base.jwt.privateKeyPem,
    });
    const gateway = await startGateway({
      config: prod,
      tokens: await TokenService.fromConfig(prod.jwt),
      logger: createLogger('t', 'silent'),
      port: 0,
      subgraphUrls: sys.subgraphUrls,
    });
    try {
      const res = await gql(gateway.url, '{ __schema { queryType { name } } }');
      expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const prodPage = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      expect(await prodPage.text()).not.toMatch(/sandbox/i);
    } finally {
      await gateway.close();
    }
  });
});

describe('log-in abuse', () => {
  const logIn = (email: string, password: string) =>
    gql(sys.gatewayUrl, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email, password } });

  it('refuses an e-mail for a while after repeated failures, even with the right password; others are unaffected', async () => {
    const victim = await f.account('victim');
    const bystander = await f.account('bystander');
    const limit = testConfig().loginAbuse.maxFailuresPerAccount;
    for (let i = 0; i < limit; i++)
      expect(codes(await logIn(victim.email, `wrong ${i}`))).toEqual(['INVALID_CREDENTIALS']);
    const locked = await logIn(victim.email, PASSWORD);
    expect(codes(locked)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await logIn(bystander.email, PASSWORD)).errors).toBeUndefined();
  });
});

describe('a slow subgraph', () => {
  it('costs only its own fields an error after the timeout; the rest of the response survives', async () => {
    const slow = http.createServer((_req, res) => setTimeout(() => res.end('{}'), 2_000));
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql`;
    const config = { ...testConfig() };
    config.limits = { ...config.limits, subgraphTimeoutMs: 300 };
    const gateway = await startGateway({
      config,
      tokens: await TokenService.fromConfig(config.jwt),
      logger: createLogger('t', 'silent'),
      port: 0,
      subgraphUrls: { ...sys.subgraphUrls, 'product-roles': slowUrl },
    });
    try {
      const a = await f.account('slow');
      // Warm the healthy path first: on a loaded machine a cold first request to accounts alone can exceed 300 ms.
      await gql(gateway.url, '{ me { name } }', {}, a.token);
      const started = Date.now();
      const res = await gql(gateway.url, '{ me { name chatbotCompanies { name } } }', {}, a.token);
      expect(Date.now() - started).toBeLessThan(1_900);
      expect(res.status).toBe(200);
      expect(res.data!.me.name).toBe('slow');
      expect(res.data!.me.chatbotCompanies).toBeNull();
      expect(res.errors?.length).toBeGreaterThan(0);
    } finally {
      await gateway.close();
      slow.closeAllConnections();
      slow.close();
    }
  });
});
