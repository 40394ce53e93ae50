import { Writable } from 'node:stream';
import pino from 'pino';
import { startGateway } from '../../gateway/gateway';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import { startSubgraph, type SubgraphModule } from '../../subgraphs/common/subgraph';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { subgraphDeps, testConfig } from '../support/system';

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

describe('health, readiness and structured logs', () => {
  it('carries one request id from the gateway into the subgraph, in JSON log lines of both', async () => {
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
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc-123' },
        body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
      await new Promise((r) => setTimeout(r, 50));
      expect(gw.lines).toContainEqual(
        expect.objectContaining({
          msg: 'request',
          requestId: 'trace-abc-123',
          operationName: 'WhoAmI',
          path: '/graphql',
          status: 200,
        }),
      );
      expect(sub.lines).toContainEqual(
        expect.objectContaining({ msg: 'request', requestId: 'trace-abc-123', path: '/graphql', status: 200 }),
      );
      // A request id that is not a plain token is replaced, never echoed into logs or headers.
      const hostile = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'a\nb' },
        body: '{"query":"{ __typename }"}',
      }).catch(() => null);
      if (hostile) expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await gateway.close();
      await subgraph.close();
      await deps.close();
    }
  });

  it('answers /health while the process runs and /ready only while its database answers', async () => {
    const deps = await subgraphDeps(accounts);
    const subgraph = await startSubgraph(accounts, deps, { port: 0 });
    const base = subgraph.url.replace('/graphql', '');
    try {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      await deps.db.destroy();
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const notReady = await fetch(`${base}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'not ready' });
    } finally {
      await subgraph.close();
    }
  });
});
