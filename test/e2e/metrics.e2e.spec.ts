import { Writable } from 'node:stream';
import pino from 'pino';
import { startGateway } from '../../gateway/gateway';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { startSubgraph, type SubgraphModule } from '../../subgraphs/common/subgraph';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { gql, startTestSystem, subgraphDeps, testConfig } from '../support/system';

const accounts = accountsSubgraph as unknown as SubgraphModule<AccessContext>;

/** A pino logger whose JSON lines land in an array. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
}

const metricsOf = async (graphqlUrl: string) => {
  const res = await fetch(graphqlUrl.replace('/graphql', '/metrics'));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  return res.text();
};

/** The value of one sample line (`name{labels} value`), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('metrics and request logs (issue 12)', () => {
  it('counts requests, errors by code and latency by operation name, at the gateway and the subgraph, and logs the operation', async () => {
    const deps = await subgraphDeps(accounts);
    const sub = capture();
    const gw = capture();
    const subgraph = await startSubgraph(accounts, { ...deps, logger: sub.logger }, { port: 0 });
    const config = testConfig();
    const gateway = await startGateway({
      config,
      tokens: await TokenService.fromConfig(config.jwt),
      logger: gw.logger,
      port: 0,
      subgraphUrls: { accounts: subgraph.url },
    });
    try {
      for (let i = 0; i < 2; i++) await gql(gateway.url, 'query WhoAmI { me { id } }');
      await gql(gateway.url, '{ me { id } }');
      await gql(gateway.url, 'query Stale { me { id } }', {}, 'not.a.token');
      const badJson = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      });
      expect(badJson.status).toBe(400);
      await gql(gateway.url, 'query Broken { me { nope } }');
      await new Promise((r) => setTimeout(r, 50));

      const g = await metricsOf(gateway.url);
      expect(sample(g, 'graphql_requests_total', { operation: 'WhoAmI', status: '200' })).toBe(2);
      expect(sample(g, 'graphql_errors_total', { operation: 'WhoAmI', code: 'UNAUTHENTICATED' })).toBe(2);
      expect(sample(g, 'graphql_requests_total', { operation: 'anonymous', status: '200' })).toBe(1);
      // The gateway's front door refuses a bad token on a protected-only operation with a 401.
      expect(sample(g, 'graphql_requests_total', { operation: 'Stale', status: '401' })).toBe(1);
      expect(sample(g, 'graphql_errors_total', { operation: 'Stale', code: 'UNAUTHENTICATED' })).toBe(1);
      // Refused before any operation was resolved: a body that is not JSON, an operation that does not validate.
      expect(sample(g, 'graphql_errors_total', { operation: '(none)', code: 'BAD_REQUEST' })).toBe(1);
      expect(sample(g, 'graphql_errors_total', { operation: '(none)', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
      expect(sample(g, 'graphql_request_duration_seconds_count', { operation: 'WhoAmI' })).toBe(2);
      expect(sample(g, 'graphql_request_duration_seconds_bucket', { operation: 'WhoAmI', le: '+Inf' })).toBe(2);
      expect(g).toContain('process_resident_memory_bytes');

      // The subgraph counts the gateway's fetches too. Their names are the engine's: @apollo/gateway names them after
      // the client's operation (WhoAmI__accounts__0), the Hive runtime sends them unnamed, so sum over operations.
      const s = await metricsOf(subgraph.url);
      const total = (text: string, name: string, labels: Record<string, string>) =>
        text
          .split('\n')
          .filter(
            (l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
          )
          .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
      expect(total(s, 'graphql_requests_total', { status: '200' })).toBe(3);
      expect(total(s, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(3);

      const requestLines = (lines: Array<Record<string, unknown>>) =>
        lines.filter((l) => l.msg === 'request' && l.path === '/graphql');
      expect(requestLines(gw.lines)).toContainEqual(
        expect.objectContaining({ operationName: 'WhoAmI', status: 200, errors: ['UNAUTHENTICATED'] }),
      );
      expect(requestLines(gw.lines)).toContainEqual(
        expect.objectContaining({ operationName: null, status: 400, errors: ['BAD_REQUEST'] }),
      );
      // Every GraphQL request line names its operation (null when none was resolved).
      for (const line of [...requestLines(gw.lines), ...requestLines(sub.lines)])
        expect(line).toHaveProperty('operationName');
      // Scrapes are not GraphQL requests and log at debug only.
      expect(gw.lines.filter((l) => l.path === '/metrics')).toEqual([]);
    } finally {
      await gateway.close();
      await subgraph.close();
      await deps.close();
    }
  });

  it('serves /metrics on every subgraph and the gateway of the whole system', async () => {
    const sys = await startTestSystem();
    try {
      for (const url of [sys.gatewayUrl, ...Object.values(sys.subgraphUrls)]) {
        await gql(url, 'query Ping { __typename }');
        expect(sample(await metricsOf(url), 'graphql_requests_total', { operation: 'Ping', status: '200' })).toBe(1);
      }
    } finally {
      await sys.close();
    }
  });
});
