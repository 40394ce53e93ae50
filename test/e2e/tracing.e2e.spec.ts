import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../gateway/gateway';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import type { GatewayEngineName } from '../../subgraphs/common/config';
import type { RunningServer } from '../../subgraphs/common/http/server';
import { createLogger } from '../../subgraphs/common/logger';
import { tracingProvidersStarted } from '../../subgraphs/common/telemetry/tracing';
import { accountsFactory } from '../support/factories';
import { gql, startTestSystem, testConfig, type TestSystem } from '../support/system';

/** One exported span, flattened from OTLP/JSON with its service and attributes. */
interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

type OtlpValue = {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  arrayValue?: { values?: OtlpValue[] };
};
const valueOf = (v: OtlpValue): unknown =>
  v.stringValue ??
  (v.intValue !== undefined ? Number(v.intValue) : undefined) ??
  v.boolValue ??
  v.arrayValue?.values?.map(valueOf);
const attributesOf = (list: Array<{ key: string; value: OtlpValue }> = []) =>
  Object.fromEntries(list.map((a) => [a.key, valueOf(a.value)]));

/** A minimal OTLP/HTTP collector: accepts JSON trace exports on /v1/traces and keeps every span. */
async function startCollector() {
  const spans: ExportedSpan[] = [];
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      for (const rs of body.resourceSpans ?? []) {
        const service = String(attributesOf(rs.resource?.attributes)['service.name']);
        for (const ss of rs.scopeSpans ?? [])
          for (const s of ss.spans ?? [])
            spans.push({
              service,
              traceId: s.traceId,
              spanId: s.spanId,
              parentSpanId: s.parentSpanId ?? '',
              name: s.name,
              kind: s.kind,
              attributes: attributesOf(s.attributes),
            });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, paths, close: () => new Promise((r) => server.close(r)) };
}

const SERVER = 2; // OTLP SpanKind
const CLIENT = 3;

describe('OpenTelemetry traces: gateway → subgraphs → PostgreSQL', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let sys: TestSystem;
  let apollo: RunningServer;
  const startedBefore = tracingProvidersStarted();

  beforeAll(async () => {
    collector = await startCollector();
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url };
    sys = await startTestSystem({ env });
    const config = testConfig(env);
    apollo = await startGateway({
      config,
      tokens: await TokenService.fromConfig(config.jwt),
      logger: createLogger('apollo-gateway', 'silent'),
      port: 0,
      subgraphUrls: sys.subgraphUrls,
      engine: 'apollo',
    });
    const { owner } = await accountsFactory(sys.deps.accounts).organization();
    // One federated query through each engine (accounts, then product-roles for the organization's products), and
    // one refused request whose span must carry the error code.
    const query = (name: string) =>
      `query ${name} { me { name memberships { role organization { name products { product { key } } } } } }`;
    for (const [name, url] of [
      ['TracedHive', sys.gatewayUrl],
      ['TracedApollo', apollo.url],
    ] as const) {
      const res = await gql(url, query(name), {}, owner.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me?.memberships?.[0]?.organization?.products).toBeDefined();
    }
    expect((await gql(sys.gatewayUrl, 'query RefusedMe { me { name } }', {}, 'not-a-token')).status).toBe(401);
    // Closing flushes every server's batched spans to the collector.
    await apollo.close();
    await sys.close();
  });
  afterAll(() => collector.close());

  it('exports OTLP/HTTP JSON to <OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces, one provider per server', () => {
    expect(collector.paths.length).toBeGreaterThan(0);
    for (const p of collector.paths) expect(p).toMatch(/^POST \/v1\/traces application\/json/);
    // The system's gateway, four subgraphs, and the second (apollo) gateway.
    expect(tracingProvidersStarted() - startedBefore).toBe(6);
  });

  it.each<[GatewayEngineName, string]>([
    ['hive-router', 'TracedHive'],
    ['apollo', 'TracedApollo'],
  ])('%s: one trace id spans the gateway, both subgraphs and their SQL', (_engine, operation) => {
    const root = collector.spans.find(
      (s) => s.service === 'gateway' && s.kind === SERVER && s.attributes['graphql.operation.name'] === operation,
    );
    expect(root).toBeDefined();
    expect(root!.name).toBe(`query ${operation}`);
    expect(root!.parentSpanId).toBe('');
    expect(root!.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
    });
    const inTrace = collector.spans.filter((s) => s.traceId === root!.traceId);
    const byId = new Map(inTrace.map((s) => [s.spanId, s]));

    // Each subgraph's server span is the child of one of the gateway's fetch spans (traceparent propagated).
    for (const subgraph of ['accounts', 'product-roles']) {
      const servers = inTrace.filter((s) => s.service === `subgraph-${subgraph}` && s.kind === SERVER);
      expect(servers.length).toBeGreaterThan(0);
      for (const server of servers) {
        const fetchSpan = byId.get(server.parentSpanId);
        expect(fetchSpan).toMatchObject({
          service: 'gateway',
          kind: CLIENT,
          parentSpanId: root!.spanId,
          attributes: expect.objectContaining({
            'gateway.upstream.subgraph.name': subgraph,
            'http.response.status_code': 200,
          }),
        });
        // @apollo/gateway names its subgraph operations after the client's (TracedApollo__accounts__0); the Rust
        // planner sends them anonymous.
        expect(server.attributes['graphql.operation.type']).toBe('query');
        expect(server.name).toMatch(/^query /);
        expect(server.attributes['http.response.status_code']).toBe(200);
        // The subgraph's SQL statements hang under its request span.
        const sql = inTrace.filter((s) => s.parentSpanId === server.spanId && s.kind === CLIENT);
        expect(sql.length).toBeGreaterThan(0);
        for (const statement of sql) {
          expect(statement.service).toBe(`subgraph-${subgraph}`);
          expect(statement.attributes).toMatchObject({
            'db.system.name': 'postgresql',
            'db.query.text': expect.any(String),
          });
          expect(statement.name).toBe(statement.attributes['db.operation.name']);
        }
      }
    }
    // The session check runs on every subgraph request: at least that statement is in every trace.
    expect(inTrace.some((s) => String(s.attributes['db.query.text']).includes('active_sessions'))).toBe(true);
  });

  it("a refused request's span carries its status and error code", () => {
    const refused = collector.spans.find(
      (s) => s.service === 'gateway' && s.attributes['graphql.operation.name'] === 'RefusedMe',
    );
    expect(refused?.attributes).toMatchObject({
      'http.response.status_code': 401,
      'graphql.error.codes': ['UNAUTHENTICATED'],
    });
  });
});

describe('OpenTelemetry traces: off unless configured', () => {
  it('creates no tracer provider or exporter, and sends subgraphs no traceparent', async () => {
    expect(testConfig().tracing).toBeUndefined();
    const before = tracingProvidersStarted();
    const sys = await startTestSystem();
    const seen: Array<string | undefined> = [];
    // What the accounts subgraph receives from the gateway, seen through a relay in front of it.
    const relay = http.createServer((req, res) => {
      seen.push(req.headers.traceparent as string | undefined);
      const target = new URL(sys.subgraphUrls.accounts);
      req.pipe(
        http.request(
          { host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers },
          (up) => {
            res.writeHead(up.statusCode ?? 502, up.headers);
            up.pipe(res);
          },
        ),
      );
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const config = testConfig();
    const gateway = await startGateway({
      config,
      tokens: await TokenService.fromConfig(config.jwt),
      logger: createLogger('gateway', 'silent'),
      port: 0,
      subgraphUrls: {
        ...sys.subgraphUrls,
        accounts: `http://127.0.0.1:${(relay.address() as AddressInfo).port}/graphql`,
      },
    });
    try {
      const { owner } = await accountsFactory(sys.deps.accounts)
        .account()
        .then((a) => ({ owner: a }));
      const res = await gql(gateway.url, 'query Untraced { me { name } }', {}, owner.token);
      expect(res.data?.me?.name).toBe('user');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((h) => h === undefined)).toBe(true);
      expect(tracingProvidersStarted()).toBe(before);
    } finally {
      await gateway.close();
      await new Promise((r) => relay.close(r));
      await sys.close();
    }
  });
});
