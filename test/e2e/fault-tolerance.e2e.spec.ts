import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startGateway } from '../../gateway/gateway';
import type { AccessContext } from '../../subgraphs/common/access/policy';
import { TokenService } from '../../subgraphs/common/auth/tokens';
import type { RunningServer } from '../../subgraphs/common/http/server';
import { createLogger } from '../../subgraphs/common/logger';
import { projectRoot } from '../../subgraphs/common/paths';
import { startSubgraph, type SubgraphModule } from '../../subgraphs/common/subgraph';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { accountsFactory } from '../support/factories';
import { freePort, waitUntilReady } from '../../scripts/system';
import { gql, subgraphDeps, testConfig } from '../support/system';

/** The product-roles subgraph as a real child process, from the TypeScript sources. */
function spawnProductRoles(port: number): ChildProcess {
  const root = projectRoot();
  return spawn(
    process.execPath,
    ['-r', path.join(root, 'test/support/ts-register.js'), path.join(root, 'subgraphs/main.ts'), 'product-roles'],
    {
      cwd: root,
      env: { ...process.env, PRODUCT_ROLES_PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    },
  );
}

let accounts: RunningServer;
let gateway: RunningServer;
let closeDeps: () => Promise<void>;
let f: ReturnType<typeof accountsFactory>;
let child: ChildProcess | undefined;
let port: number;

beforeAll(async () => {
  const deps = await subgraphDeps(accountsSubgraph as unknown as SubgraphModule<AccessContext>);
  closeDeps = () => deps.close();
  f = accountsFactory(deps);
  accounts = await startSubgraph(accountsSubgraph as unknown as SubgraphModule<AccessContext>, deps, { port: 0 });
  port = await freePort();
  const config = testConfig();
  config.limits = { ...config.limits, subgraphTimeoutMs: 2_000 };
  gateway = await startGateway({
    config,
    tokens: await TokenService.fromConfig(config.jwt),
    logger: createLogger('t', 'silent'),
    port: 0,
    subgraphUrls: { accounts: accounts.url, 'product-roles': `http://127.0.0.1:${port}/graphql` },
  });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await gateway.close();
  await accounts.close();
  await closeDeps();
});

describe('a subgraph process that dies and comes back', () => {
  it('yields partial data with errors for its fields only while down, and the gateway recovers by itself', async () => {
    const user = await f.account('resilient');
    const query = '{ me { name chatbotCompanies { name } } }';
    const results: Array<{ phase: string; status: number; name: unknown; companies: unknown; errors: number }> = [];
    let phase = 'up';
    let running = true;
    const driver = (async () => {
      while (running) {
        const at = phase; // the phase the request started in
        const res = await gql(gateway.url, query, {}, user.token).catch(() => ({ status: 0, data: null, errors: [] }));
        results.push({
          phase: at,
          status: res.status,
          name: res.data?.me?.name,
          companies: res.data?.me?.chatbotCompanies,
          errors: res.errors?.length ?? 0,
        });
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    child = spawnProductRoles(port);
    await waitUntilReady(`http://127.0.0.1:${port}/ready`);
    await new Promise((r) => setTimeout(r, 500));
    phase = 'dying';
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    phase = 'killed';
    await new Promise((r) => setTimeout(r, 800));
    phase = 'restarting';
    child = spawnProductRoles(port);
    await waitUntilReady(`http://127.0.0.1:${port}/ready`);
    phase = 'back';
    await new Promise((r) => setTimeout(r, 500));
    running = false;
    await driver;

    const of = (p: string) => results.filter((r) => r.phase === p);
    // The gateway never failed as a whole: every response is a 200 with the accounts fields.
    expect(results.every((r) => r.status === 200 && r.name === 'resilient')).toBe(true);
    expect(of('up').some((r) => r.errors === 0 && Array.isArray(r.companies))).toBe(true);
    const down = of('killed');
    expect(down.length).toBeGreaterThan(5);
    expect(down.every((r) => r.companies === null && r.errors > 0)).toBe(true);
    const back = of('back');
    expect(back.length).toBeGreaterThan(5);
    expect(back.every((r) => r.errors === 0 && Array.isArray(r.companies))).toBe(true);
  });
});
