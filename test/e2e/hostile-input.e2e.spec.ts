import { SignJWT, importPKCS8 } from 'jose';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { ProductService } from '../../subgraphs/product-roles/product/product.service';
import { accountsFactory } from '../support/factories';
import { startTestSystem, testConfig, type TestSystem } from '../support/system';

let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts!);
});
afterAll(() => sys.close());

/** A fingerprint of every table of every subgraph schema (what "no change to the data" means). */
async function fingerprint(): Promise<Record<string, string>> {
  const db = sys.deps.accounts!.db;
  const tables: Array<{ schema: string; name: string }> = await db.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema IN ('accounts', 'product_roles', 'department_groups', 'customer_hierarchy')
       AND table_name NOT IN ('login_attempts', 'migrations') ORDER BY 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t.schema}"."${t.name}" x`,
    );
    out[`${t.schema}.${t.name}`] = `${row.n}:${row.h}`;
  }
  return out;
}

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE accounts.accounts; --",
  '"; DELETE FROM product_roles.product_users; --',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '../../etc/passwd',
  '\u0000\u0001\u0002',
  'x'.repeat(100_000),
  '00000000-0000-0000-0000-000000000000',
  '😀'.repeat(1000),
];

describe('a few thousand malformed and hostile requests', () => {
  // A refused token makes the caller anonymous (public fields still run), so half the token variants now run their
  // operations instead of being turned away before parsing: a few thousand requests on a shared machine need more
  // than Jest's default minute.
  it('get no 5xx, crash nothing, change no data and leak no denied field', async () => {
    // The victim: an organization with a secret name and members, products enabled.
    const victim = await f.organization();
    const secretName = `Secret Org ${victim.owner.email}`;
    await sys.deps.accounts!.db.query('UPDATE accounts.organizations SET name = $1 WHERE id = $2', [
      secretName,
      victim.org.id,
    ]);
    await new ProductService(sys.deps['product-roles']!.db).enable(victim.owner.viewer, {
      organizationId: victim.org.id,
      product: 'chatbot',
    });
    const attacker = await f.organization(); // a member (even an owner) of another organization
    const { jwt } = testConfig();
    const key = await importPKCS8(jwt.privateKeyPem!, 'EdDSA');
    const sign = (claims: { sub: string; aud?: string; exp?: number; iss?: string }) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'EdDSA' })
        .setSubject(claims.sub)
        .setIssuer(claims.iss ?? jwt.issuer)
        .setAudience(claims.aud ?? jwt.audience)
        .setExpirationTime(claims.exp ?? '5m')
        .sign(key);
    // The attacker's own valid token with the victim's id put in: the signature no longer matches.
    const [h, p, s] = attacker.owner.token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: victim.owner.id })).toString('base64url')}.${s}`;
    const tokens = [
      undefined,
      attacker.owner.token,
      attacker.member.token,
      'garbage',
      `${h}.${p}.${s!.slice(0, -4)}AAAA`,
      forged,
      await sign({ sub: victim.owner.id, exp: 2 }),
      await sign({ sub: victim.owner.id, aud: 'elsewhere' }),
      await sign({ sub: 'not-a-uuid' }),
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    ];
    const o = victim.org.id;
    const m = victim.member.id;
    const documents: Array<[string, Record<string, unknown>]> = [
      [
        'query($o: ID!) { organization(id: $o) { id name members { edges { node { role account { email name } } } } auditLog { edges { node { action } } } } }',
        { o },
      ],
      [
        'query($o: ID!) { organization(id: $o) { chatbotCompany { name billingPlan users { edges { node { role } } } } productUsers(product: "chatbot") { edges { node { role } } } products { enabledAt } } }',
        { o },
      ],
      [
        'mutation($o: ID!, $m: ID!) { removeOrganizationMember(input: { organizationId: $o, accountId: $m }) { removedMembershipId } }',
        { o, m },
      ],
      [
        'mutation($o: ID!, $m: ID!) { transferOwnership(input: { organizationId: $o, accountId: $m }) { organization { id } } }',
        { o, m },
      ],
      [
        'mutation($o: ID!, $m: ID!) { setPrimaryRole(input: { organizationId: $o, accountId: $m, role: ADMINISTRATOR }) { membership { id } } }',
        { o, m },
      ],
      [
        'mutation($o: ID!) { disableProduct(input: { organizationId: $o, product: "chatbot" }) { removedEnabledProductId } }',
        { o },
      ],
      [
        'mutation($o: ID!) { renameChatbotCompany(input: { organizationId: $o, name: "pwned" }) { chatbotCompany { name } } }',
        { o },
      ],
      [
        'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: MEMBER }) { membership { id } } }',
        { o, e: 'x' },
      ],
      [
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id name } ... on Account { email } } }',
        {
          r: [
            { __typename: 'Organization', id: o },
            { __typename: 'Account', id: victim.owner.id },
          ],
        },
      ],
    ];
    const injected = INJECTIONS.flatMap(
      (v) =>
        [
          ['query($o: ID!) { organization(id: $o) { name } }', { o: v }],
          [
            'mutation($o: ID!, $e: String!) { addOrganizationMember(input: { organizationId: $o, email: $e, role: MEMBER }) { membership { id } } }',
            { o, e: v },
          ],
          [
            'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
            { i: { email: v, name: v, password: 'short' } },
          ],
          ['mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email: v, password: v } }],
          [
            'mutation($o: ID!, $n: String!) { renameChatbotCompany(input: { organizationId: $o, name: $n }) { chatbotCompany { name } } }',
            { o, n: v },
          ],
        ] as Array<[string, Record<string, unknown>]>,
    );
    const rawBodies = [
      '',
      '{',
      'null',
      '[]',
      '"just a string"',
      '{"query": 42}',
      '{"query": "{ me { id } }", "variables": "nope"}',
      '{"query": "{ me { id } ", "variables": {}}',
      '{"query": "mutation { signUp(input: { email: 1 }) { token } }"}',
      `{"query": "{ ${'me { id } '.repeat(50)}"}`,
      JSON.stringify({ query: `{ me { ${'memberships { account { '.repeat(40)}id${' } }'.repeat(40)} } }` }),
      JSON.stringify({ query: `{ me { ${Array.from({ length: 2000 }, (_, i) => `a${i}: id`).join(' ')} } }` }),
      JSON.stringify({ query: `query { ${'__typename '.repeat(5000)} }` }),
      JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    ];

    const before = await fingerprint();
    const targets = [sys.gatewayUrl, ...Object.values(sys.subgraphUrls)];
    const statuses = new Map<number, number>();
    let sent = 0;
    const leaks: string[] = [];
    const send = async (url: string, body: string, token?: string, contentType = 'application/json') => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      const text = await res.text();
      sent += 1;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (text.includes(secretName) || text.includes(victim.owner.email)) leaks.push(`${url} ${body.slice(0, 120)}`);
    };
    for (const url of targets) {
      for (const token of tokens) {
        for (const [query, variables] of [...documents, ...injected])
          await send(url, JSON.stringify({ query, variables }), token);
      }
      for (const body of rawBodies)
        for (const contentType of ['application/json', 'text/plain'])
          await send(url, body, attacker.owner.token, contentType);
    }

    expect(sent).toBeGreaterThan(2000);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(leaks).toEqual([]);
    expect(await fingerprint()).toEqual(before);
    for (const url of targets) expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    // And the system still serves its own users normally.
    const still = await fetch(sys.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${victim.owner.token}` },
      body: JSON.stringify({ query: '{ me { memberships { role organization { name } } } }' }),
    });
    expect(
      ((await still.json()) as { data: { me: { memberships: Array<{ role: string }> } } }).data.me.memberships,
    ).toEqual([{ role: PrimaryRole.OWNER, organization: { name: secretName } }]);
  }, 180_000);
});
