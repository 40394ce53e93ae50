import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildClientSchema, buildSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { SignJWT, importPKCS8 } from 'jose';
import { startGateway } from '../../gateway/gateway';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { loadConfig } from '../../subgraphs/common/config';
import { createLogger } from '../../subgraphs/common/logger';
import { accountsFactory, PASSWORD } from '../support/factories';
import { codes, gql, startTestSystem, testConfig, uniqueEmail, type TestSystem } from '../support/system';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

const everyEndpoint = () => [
  ['gateway', sys.gatewayUrl],
  ...Object.entries(sys.subgraphUrls).map(([name, url]) => [name, url]),
];

describe('the standard introspection query', () => {
  it('passes the operation limits at the gateway and every subgraph (introspection is not data)', async () => {
    for (const [name, url] of everyEndpoint()) {
      const res = await gql(url, getIntrospectionQuery());
      expect({ name, status: res.status, errors: res.errors }).toEqual({ name, status: 200, errors: undefined });
      expect((res.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(10);
    }
  });

  it('lets schema tools load the live API: graphql-inspector finds no breaking change against schema/api.graphql', async () => {
    // What codegen, graphql-inspector or Sandbox do with the URL: introspect, build a client schema, compare.
    const res = await gql<IntrospectionQuery>(sys.gatewayUrl, getIntrospectionQuery());
    const live = buildClientSchema(res.data!);
    const committed = buildSchema(readFileSync(path.join(__dirname, '../../schema/api.graphql'), 'utf8'));
    const changes = await diff(committed, live);
    // The live schema may add what introspection shows and the committed API schema leaves out (the composed
    // access directives' definitions, a scalar's specifiedBy URL); it never breaks a client pinned to the file.
    expect(changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map((c) => c.message)).toEqual([]);
  });

  it('still refuses data nested past the depth limit next to it, and cyclic introspection', async () => {
    const deep = `{ __schema { queryType { name } } me { ${'memberships { account { '.repeat(8)}id${' } }'.repeat(8)} } }`;
    const cyclic = `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`;
    for (const url of [sys.gatewayUrl, sys.subgraphUrls.accounts]) {
      expect(codes(await gql(url, deep))).toEqual([expect.stringMatching(/QUERY_TOO_DEEP|GRAPHQL_VALIDATION_FAILED/)]);
    }
    for (const [, url] of everyEndpoint()) {
      const res = await gql(url, cyclic);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers preflights from the development origins (localhost console, Apollo Sandbox) with 204 and CORS headers', async () => {
    for (const [, url] of everyEndpoint()) {
      for (const origin of [
        'http://localhost:5173',
        'https://studio.apollographql.com',
        'https://sandbox.embed.apollographql.com',
      ]) {
        const res = await preflight(url, origin);
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
        expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
        expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      }
      const actual = await fetch(url, {
        method: 'POST',
        headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(actual.status).toBe(200);
      expect(actual.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    }
  });

  it('gives other origins no Access-Control-* headers, so browsers refuse them', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:3000', 'null']) {
      const res = await preflight(sys.gatewayUrl, origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-methods')).toBeNull();
    }
  });

  it('allows exactly CORS_ORIGINS when set, and nothing by default in production', async () => {
    const base = testConfig();
    const configured = loadConfig({
      ...process.env,
      CORS_ORIGINS: 'https://console.example.test, https://*.example.org',
    });
    const gateway = await startGateway({
      config: configured,
      tokens: await TokenService.fromConfig(configured.jwt),
      logger: createLogger('t', 'silent'),
      port: 0,
      subgraphUrls: sys.subgraphUrls,
    });
    try {
      const allowed = await preflight(gateway.url, 'https://console.example.test');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.example.test');
      const sub = await preflight(gateway.url, 'https://app.example.org');
      expect(sub.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      const local = await preflight(gateway.url, 'http://localhost:5173');
      expect(local.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await gateway.close();
    }
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_PUBLIC_KEY: base.jwt.publicKeyPem,
      GATEWAY_SECRET: 'g'.repeat(32), // required in production (forwarded facts)
    });
    expect(production.corsOrigins).toEqual([]);
    expect(() => loadConfig({ ...process.env, CORS_ORIGINS: 'localhost:3000' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('a stale or bad Authorization header', () => {
  const badTokens = async () => {
    const a = await f.account('stale');
    const [h, p, s] = a.token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const { jwt } = testConfig();
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(a.id)
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setIssuedAt(1)
      .setExpirationTime(2)
      .sign(await importPKCS8(jwt.privateKeyPem!, 'EdDSA'));
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${s}`;
    return [expired, tampered, 'not.a.token', 'garbage with spaces'];
  };
  const post = (url: string, query: string, variables: Record<string, unknown>, authorization: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    }).then(async (r) => ({
      status: r.status,
      ...((await r.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: any }> }), // eslint-disable-line @typescript-eslint/no-explicit-any
    }));

  it('never blocks logIn or signUp, at the gateway or the accounts subgraph', async () => {
    const a = await f.account('relogin');
    for (const token of await badTokens()) {
      for (const url of [sys.gatewayUrl, sys.subgraphUrls.accounts]) {
        const login = await post(
          url,
          'mutation($i: LogInInput!) { logIn(input: $i) { token account { id } } }',
          { i: { email: a.email, password: PASSWORD } },
          `Bearer ${token}`,
        );
        expect(login.status).toBe(200);
        expect(login.errors).toBeUndefined();
        expect(login.data!.logIn.account.id).toBe(toGlobalId('Account', a.id));
        const signup = await post(
          url,
          'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
          { i: { email: uniqueEmail('fresh'), name: 'Fresh', password: PASSWORD } },
          `Bearer ${token}`,
        );
        expect(signup.errors).toBeUndefined();
        expect(typeof signup.data!.signUp.token).toBe('string');
      }
    }
  });

  it('still refuses protected fields: 401 at once when nothing asked is public, UNAUTHENTICATED per field otherwise', async () => {
    const a = await f.account('mixed');
    for (const token of await badTokens()) {
      const onlyProtected = await post(sys.gatewayUrl, '{ me { id } }', {}, `Bearer ${token}`);
      expect(onlyProtected.status).toBe(401);
      expect(onlyProtected.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(onlyProtected.errors?.[0]?.message).toMatch(/token|Authorization/);
      // The subgraph itself reaches the same verdict field by field (it never trusts the gateway's check).
      const direct = await post(sys.subgraphUrls.accounts, '{ me { id } }', {}, `Bearer ${token}`);
      expect(direct.data).toEqual({ me: null });
      expect(direct.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(direct.errors?.[0]?.message).toMatch(/token|Authorization/);

      const mixed = await post(
        sys.gatewayUrl,
        // Mutation fields run in order: createOrganization runs before logIn signs this request in.
        'mutation($i: LogInInput!) { createOrganization(input: { name: "No" }) { organization { id } } logIn(input: $i) { account { id } } }',
        { i: { email: a.email, password: PASSWORD } },
        `Bearer ${token}`,
      );
      expect(mixed.status).toBe(200);
      expect(mixed.data).toEqual({ createOrganization: null, logIn: { account: { id: toGlobalId('Account', a.id) } } });
      expect(mixed.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('a document with several operations', () => {
  const doc = 'query First { __typename } query Second { __typename }';

  it('without operationName is a 400 naming the problem, at the gateway and every subgraph', async () => {
    for (const [name, url] of everyEndpoint()) {
      const res = await gql(url, doc);
      expect({ name, status: res.status, codes: codes(res) }).toEqual({
        name,
        status: 400,
        codes: ['OPERATION_RESOLUTION_FAILURE'],
      });
      expect(res.errors?.[0]?.message).toMatch(/operation name|operationName/i);
    }
  });

  it('runs the one operationName chooses, and refuses an unknown name with 400', async () => {
    const post = (operationName: string) =>
      fetch(sys.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: doc, operationName }),
      });
    const chosen = await post('Second');
    expect(chosen.status).toBe(200);
    expect(await chosen.json()).toEqual({ data: { __typename: 'Query' } });
    const unknown = await post('Third');
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });
});
