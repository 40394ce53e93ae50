import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { SignJWT, importPKCS8 } from 'jose';
import { supergraphPath } from '../../gateway/gateway';
import { accountsFactory } from '../support/factories';
import { startTestSystem, testConfig, type TestSystem } from '../support/system';

/**
 * The schema-driven hostile tier: operations generated from the supergraph, every root field with boundary and
 * hostile values for each of its arguments (and the fields of its input objects), sent to the gateway and to the
 * owning subgraph directly, anonymous and with an outsider's tokens. Nothing may answer 5xx or
 * INTERNAL_SERVER_ERROR, and no refused request may change a table.
 */
let sys: TestSystem;
let f: ReturnType<typeof accountsFactory>;
beforeAll(async () => {
  sys = await startTestSystem();
  f = accountsFactory(sys.deps.accounts);
});
afterAll(() => sys.close());

/** A fingerprint of every table of every subgraph schema (log-in counters and migrations aside). */
async function fingerprint(): Promise<Record<string, string>> {
  const db = sys.deps.accounts.db;
  const tables: Array<{ schema: string; name: string }> = await db.query(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema IN ('accounts', 'product_roles', 'department_groups', 'customer_hierarchy')
       AND table_name NOT IN ('login_attempts', 'migrations') ORDER BY 1, 2`,
  );
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = await db.query<Array<{ n: number; h: string }>>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t.schema}"."${t.name}" x`,
    );
    out[`${t.schema}.${t.name}`] = `${row.n}:${row.h}`;
  }
  return out;
}

const deep = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};

/** Values every field must refuse before running (type coercion or the input guard): safe for mutations. */
function refused(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const base: unknown[] = isNonNullType(type) ? [null] : [];
  if (isEnumType(named)) return [...base, 'NOT_A_VALUE_OF_THIS_ENUM', 7];
  if (isInputObjectType(named)) return [...base, 'not an object', { notAField: 1 }];
  switch (named.name) {
    case 'Int':
      return [...base, 2 ** 31, 1.5, 'seven'];
    case 'Float':
      return [...base, 'NaN'];
    case 'Boolean':
      return [...base, 'yes'];
    case 'JSONObject':
      return [...base, deep(100), { 'k\u0000': 1 }, { s: 'nul\u0000' }, [1]];
    case 'DateTime':
    case 'LocalDate':
      return [...base, 'not a date', 'a\u0000'];
    default:
      return [...base, 'nul\u0000byte', 'lone \ud800 surrogate', { an: 'object' }];
  }
}

/** Boundary values a field may accept or refuse: only sent where accepting them changes nothing (queries). */
function boundary(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  switch (named.name) {
    case 'ID':
      return ['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', 'x'.repeat(300), "' OR '1'='1"];
    case 'String':
      return ['', 'x'.repeat(300), "'; DROP TABLE accounts.accounts; --", '😀'.repeat(50), 'eyJub3QiOiJhIGN1cnNvciJ9'];
    case 'Int':
      return [0, -1, 101, 2 ** 31 - 1];
    case 'JSONObject':
      return [{}, deep(60)];
    default:
      return [];
  }
}

/** A plausible value: what a well-formed request sends (ids that exist nowhere). */
function plausible(type: GraphQLInputType, depth = 0): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return [plausible(t.ofType, depth)];
  const named = getNamedType(t);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields()))
      if (isNonNullType(field.type) && depth < 4) out[field.name] = plausible(field.type, depth + 1);
    return out;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'JSONObject':
        return {};
      case 'DateTime':
        return '2030-01-01T00:00:00.000Z';
      case 'LocalDate':
        return '2030-01-01';
      default:
        return 'probe';
    }
  }
  return null;
}

/** Every place a value can go in an argument: the argument itself, and the fields of its input object(s). */
function slots(type: GraphQLInputType, depth = 0): Array<{ path: string[]; type: GraphQLInputType }> {
  const out = [{ path: [] as string[], type }];
  const named = getNamedType(type);
  if (isInputObjectType(named) && depth < 2) {
    for (const field of Object.values(named.getFields()))
      for (const s of slots(field.type, depth + 1)) out.push({ path: [field.name, ...s.path], type: s.type });
  }
  return out;
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: Record<string, unknown> =
    root && typeof root === 'object' && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), value);
  return copy;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  const leaves = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)) && !isObjectType(getNamedType(f.type)))
    .slice(0, 3)
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function typeString(arg: GraphQLArgument): string {
  return String(arg.type);
}

interface Probe {
  operation: 'query' | 'mutation';
  field: string;
  graph: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Generates the probes of one root field. */
function probes(schema: GraphQLSchema, operation: 'query' | 'mutation'): Probe[] {
  const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const out: Probe[] = [];
  for (const field of Object.values(root.getFields())) {
    const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
    const graphArg = join?.arguments?.find((a) => a.name.value === 'graph');
    const graph = graphArg?.value.kind === Kind.ENUM ? graphArg.value.value : 'ACCOUNTS';
    const defs = field.args.map((a) => `$${a.name}: ${typeString(a)}`).join(', ');
    const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${operation}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
    const base = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type)]));
    const push = (variables: Record<string, unknown>) =>
      out.push({ operation, field: field.name, graph, query, variables });
    // Mutations get the plausible request only when it names something by id (an id that exists nowhere).
    if (operation === 'query' || JSON.stringify(base).match(/[0-9a-f]{8}-[0-9a-f]{4}-/)) push(base);
    for (const arg of field.args) {
      for (const slot of slots(arg.type)) {
        const values = operation === 'query' ? [...refused(slot.type), ...boundary(slot.type)] : refused(slot.type);
        for (const value of values) push({ ...base, [arg.name]: setAt(base[arg.name], slot.path, value) });
      }
    }
    if (field.args.length === 0) push({});
  }
  return out;
}

describe('schema-driven hostile requests (X-10 and the hostile input classes)', () => {
  it('at least 5,000 requests across the gateway and every subgraph: no 5xx, no internal error, no change', async () => {
    const schema = buildSchema(readFileSync(supergraphPath(), 'utf8'), { assumeValidSDL: true });
    const all = [...probes(schema, 'query'), ...probes(schema, 'mutation')];
    const outsider = await f.organization();
    const { jwt } = testConfig();
    const ghost = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject(randomUUID())
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setExpirationTime('5m')
      .sign(await importPKCS8(jwt.privateKeyPem!, 'EdDSA'));
    const tokens = [undefined, outsider.member.token, ghost];
    const graphUrl: Record<string, string> = {
      ACCOUNTS: sys.subgraphUrls.accounts,
      PRODUCT_ROLES: sys.subgraphUrls['product-roles'],
      DEPARTMENT_GROUPS: sys.subgraphUrls['department-groups'],
      CUSTOMER_HIERARCHY: sys.subgraphUrls['customer-hierarchy'],
    };
    // Every probe goes to its own subgraph with each caller; every other probe also through the gateway (the
    // gateway hop is the expensive part, and alternate probes still reach every root field there).
    const requests = all.flatMap((p, i) => [
      ...(i % 2 === 0 ? [{ url: sys.gatewayUrl, token: tokens[(i / 2) % tokens.length], probe: p }] : []),
      ...tokens.map((token) => ({ url: graphUrl[p.graph], token, probe: p })),
    ]);

    const before = await fingerprint();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const { url, token, probe } = requests[next++];
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: probe.query, variables: probe.variables }),
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        if (res.status >= 500 || text.includes('INTERNAL_SERVER_ERROR'))
          failures.push(
            `${res.status} ${url} ${probe.field} ${JSON.stringify(probe.variables).slice(0, 200)} → ${text.slice(0, 300)}`,
          );
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));

    expect(requests.length).toBeGreaterThanOrEqual(5_000);
    expect(new Set(requests.map((r) => r.url)).size).toBe(5);
    expect(failures.slice(0, 20)).toEqual([]);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(await fingerprint()).toEqual(before);
    // About 5,800 small requests: well under a minute on two idle cores; the timeout allows for a shared machine.
  }, 240_000);
});
