import { randomUUID } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { encodeCursor } from '../../subgraphs/common/pagination';
import { accountsFactory } from '../support/factories';
import { codes, gql, startTestSystem, testConfig, type GqlResponse, type TestSystem } from '../support/system';
import { toGlobalId } from '../../subgraphs/common/federation/global-id';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

const ORG = '00000000-0000-4000-8000-000000000000';

/** Every place a request can enter: the gateway, and the subgraph that owns the field, directly. */
const entries = (subgraph: string) => [sys.gatewayUrl, sys.subgraphUrls[subgraph]];

function expectBadInput(res: GqlResponse) {
  expect(res.status).toBe(400);
  expect(codes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors![0].message.length).toBeLessThan(200);
}

describe('every hostile input class gets a clear error, checked once at the boundary', () => {
  it.each<[string, string, string, Record<string, unknown>]>([
    [
      'a NUL byte in an e-mail',
      'accounts',
      'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'a\u0000b@example.test', name: 'x', password: 'long enough' } },
    ],
    [
      'a NUL byte in a chat body',
      'department-groups',
      'mutation($i: PostChatMessageInput!) { postChatMessage(input: $i) { chat { id } } }',
      { i: { chatId: ORG, body: 'hello\u0000world' } },
    ],
    [
      'a NUL byte in an intent phrase',
      'product-roles',
      'mutation($i: CreateIntentInput!) { createChatbotIntent(input: $i) { chatbotIntent { id } } }',
      { i: { organizationId: ORG, name: 'greet', phrases: ['hi', 'he\u0000llo'] } },
    ],
    [
      'a NUL byte deep in a JSON scalar',
      'product-roles',
      'mutation($i: ImportAgentInput!) { importChatbotAgent(input: $i) { chatbotAgent { id } } }',
      { i: { organizationId: ORG, projectId: ORG, agent: { format: 'x', data: { a: [{ b: 'c\u0000' }] } } } },
    ],
    [
      'a NUL byte in a JSON object key',
      'product-roles',
      'mutation($i: ImportAgentInput!) { importChatbotAgent(input: $i) { chatbotAgent { id } } }',
      { i: { organizationId: ORG, projectId: ORG, agent: { 'k\u0000': 1 } } },
    ],
    [
      'a lone UTF-16 surrogate in a name',
      'accounts',
      'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'lone@example.test', name: 'abc\ud800def', password: 'long enough' } },
    ],
  ])('%s → 400 BAD_USER_INPUT', async (_name, subgraph, query, variables) => {
    const a = await f.account('hostile');
    for (const url of entries(subgraph)) expectBadInput(await gql(url, query, variables, a.token));
  });

  it('a NUL byte or lone surrogate written into the operation itself → 400 BAD_USER_INPUT', async () => {
    for (const literal of ['"a\\u0000b@example.test"', '"\\ud800@example.test"']) {
      const query = `mutation { signUp(input: { email: ${literal}, name: "x", password: "long enough" }) { token } }`;
      for (const url of entries('accounts')) {
        // graphql's own lexer refuses some of these before our guard sees them: a parse error, still a clear 400.
        const res = await gql(url, query);
        expect(res.status).toBe(400);
        expect(codes(res)).toEqual([expect.stringMatching(/^(BAD_USER_INPUT|GRAPHQL_PARSE_FAILED)$/)]);
      }
    }
  });

  it('a JSON variable nested 5,000 deep → 400 BAD_USER_INPUT, and nothing overflows its stack', async () => {
    // Written by hand: JSON.stringify itself overflows the stack at this depth.
    const deep = `${'{"a":['.repeat(2500)}"bottom"${']}'.repeat(2500)}`;
    const a = await f.account('deep');
    const query = 'mutation($i: ImportAgentInput!) { importChatbotAgent(input: $i) { chatbotAgent { id } } }';
    for (const url of entries('product-roles')) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
        body: `{"query": ${JSON.stringify(query)}, "variables": {"i": {"organizationId": "${ORG}", "projectId": "${ORG}", "agent": {"data": ${deep}}}}}`,
      });
      expectBadInput({ status: res.status, headers: res.headers, ...((await res.json()) as object) });
    }
    // The same depth written as a literal.
    const literal = `${'{ a: ['.repeat(2500)}1${'] }'.repeat(2500)}`;
    const inline = `mutation { importChatbotAgent(input: { organizationId: "${ORG}", projectId: "${ORG}", agent: ${literal} }) { chatbotAgent { id } } }`;
    for (const url of entries('product-roles')) {
      const res = await gql(url, inline, {}, a.token);
      expect(res.status).toBe(400);
      expect(codes(res)).toEqual([
        expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED/),
      ]);
    }
  });

  it('a cursor whose keys are not integers → BAD_USER_INPUT naming `after`', async () => {
    const o = await f.organization();
    for (const key of [['abc'], [1.5], ['1; DROP TABLE x'], [{}], ['9'.repeat(40)]]) {
      const res = await gql(
        sys.gatewayUrl,
        'query($o: ID!, $after: String) { organization(id: $o) { members(first: 5, after: $after) { edges { cursor } } auditLog(first: 5, after: $after) { edges { cursor } } } }',
        { o: o.org.id, after: encodeCursor(key as never) },
        o.owner.token,
      );
      expect(codes(res)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(res.errors!.map((e) => e.extensions?.field)).toEqual(['after', 'after']);
    }
  });

  it('a validly signed token for an account that does not exist → UNAUTHENTICATED everywhere', async () => {
    const { jwt } = testConfig();
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(randomUUID())
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setExpirationTime('5m')
      .sign(await importPKCS8(jwt.privateKeyPem!, 'EdDSA'));
    const operations: Array<[string, string]> = [
      ['accounts', '{ me { id name } }'],
      ['accounts', 'mutation { createOrganization(input: { name: "Ghost" }) { organization { id } } }'],
      ['accounts', 'mutation { updateMe(input: { name: "Ghost" }) { account { id } } }'],
      ['customer-hierarchy', '{ myPortalRoles { role } }'],
      ['department-groups', '{ permissionCatalogue { code } }'],
    ];
    for (const [subgraph, query] of operations) {
      for (const url of entries(subgraph)) {
        const res = await gql(url, query, {}, token);
        expect(codes(res)).toEqual(['UNAUTHENTICATED']);
        expect(res.data?.[Object.keys(res.data ?? {})[0] ?? ''] ?? null).toBeNull();
      }
    }
  });

  it('two operations and no operationName → 400 at every subgraph', async () => {
    for (const url of Object.values(sys.subgraphUrls)) {
      const res = await gql(url, 'query A { __typename } query B { __typename }');
      expect(res.status).toBe(400);
      // Apollo Server's own code for an operation it cannot choose.
      expect(codes(res)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    }
  });

  it('anonymous _entities answers the same for an existing and a missing account id', async () => {
    const a = await f.account('exists');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id email name } } }`;
    const ask = async (id: string) => {
      const res = await gql(sys.subgraphUrls.accounts, query, { r: [{ __typename: 'Account', id }] });
      // Everything but the id itself, which the caller sent (answered as its global id, issue 13).
      return JSON.stringify(res).replaceAll(toGlobalId('Account', id), '<id>').replaceAll(id, '<id>');
    };
    const existing = await ask(a.id);
    expect(existing).toContain('UNAUTHENTICATED');
    expect(await ask(randomUUID())).toBe(existing);
    for (const subgraph of ['product-roles', 'department-groups', 'customer-hierarchy']) {
      const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { id } } }`;
      const one = await gql(sys.subgraphUrls[subgraph], q, { r: [{ __typename: 'Account', id: a.id }] });
      const two = await gql(sys.subgraphUrls[subgraph], q, { r: [{ __typename: 'Account', id: ORG }] });
      const blank = (res: unknown, id: string) =>
        JSON.stringify(res).replaceAll(toGlobalId('Account', id), '<id>').replaceAll(id, '<id>');
      expect(blank(one, a.id)).toBe(blank(two, ORG));
    }
  });
});
