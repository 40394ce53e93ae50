import 'reflect-metadata';
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TokenService, ensureDevKeys } from '../subgraphs/common/auth/tokens';
import { loadConfig, type Config } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { projectRoot } from '../subgraphs/common/paths';
import { dataSourceFor } from '../subgraphs/common/subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { SessionService } from '../subgraphs/accounts/session/session.service';
import { freePort, prepareDatabase, startDatabase, waitUntilReady } from '../scripts/system';
import { entityMemberships, loadMemberships, prepareViewer } from './load-data';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;
interface AutocannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const ROOT = projectRoot();
const WORK = path.join(ROOT, 'bench/.work');
const SCALES = (process.env.BENCH_SCALES ?? '1000,100000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CPU_PROF = process.env.BENCH_CPU_PROF;
/** Gateways are driven in turn, this many rounds (each round in a rotated order); each figure is the median round. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const log = (m: string) => console.log(`[bench] ${m}`);

/** Peak resident set size of a process, from /proc (VmHWM), in MiB. */
function peakRssMiB(pid: number | undefined): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const Q = {
  accountsOnly: '{ me { id name email memberships { role customRoles organization { id name } } } }',
  crossSubgraph:
    '{ me { name memberships { role customRoles legacyLiveChatRole productRoles { product role } organization { name products { product { key } } } } chatbotCompanies { name role } } }',
  memberPage:
    'query($o: ID!) { organization(id: $o) { members(first: 20) { edges { cursor node { role account { name } } } } } }',
  authz:
    'query($o: ID!) { organization(id: $o) { name members(first: 100) { edges { node { id role createdAt customRoles account { id name email createdAt } organization { id name } } } } } }',
  entities:
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Membership { role customRoles account { name } organization { name members(first: 10) { edges { node { role account { name } } } } } } } }',
};

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return { body, sql: Number(res.headers.get('x-sql-statements') ?? NaN) };
}

/** Protected fields in a response: every key but the public ones (ids and connection wrappers). */
function countProtected(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countProtected(v), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce(
      (n, [k, v]) =>
        n + (['id', 'edges', 'node', 'cursor', 'data', '__typename'].includes(k) ? 0 : 1) + countProtected(v),
      0,
    );
  }
  return 0;
}

async function load(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  connections: number,
  seconds = SECONDS,
  warmUp = true,
) {
  const opts = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  };
  if (warmUp) await autocannon({ ...opts, connections, duration: 2 });
  const r = await autocannon({ ...opts, connections, duration: seconds });
  if (r.non2xx || r.errors || r.timeouts)
    log(`warning: ${url} non2xx=${r.non2xx} errors=${r.errors} timeouts=${r.timeouts}`);
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: Math.round(r.requests.average),
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** An OTLP/HTTP collector that only counts: what the traced processes export, received and dropped. */
async function startSpanSink(): Promise<{ url: string; spans(): number }> {
  let spans = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      spans += (
        Buffer.concat(chunks)
          .toString('utf8')
          .match(/"spanId"/g) ?? []
      ).length;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans: () => spans };
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const ports = {
    pg: await freePort(),
    gateway: await freePort(),
    apollo: await freePort(),
    hive: await freePort(),
    hiveRust: await freePort(),
    noauth: await freePort(),
    traced: await freePort(),
    tracedAccounts: await freePort(),
    tracedProductRoles: await freePort(),
  } as Record<string, number>;
  for (const s of SUBGRAPHS) ports[s.name] = await freePort();
  const base: Config = await ensureDevKeys(
    loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: WORK,
      EMBEDDED_POSTGRES_PORT: String(ports.pg),
      LOG_LEVEL: 'warn',
    }),
  );
  log('starting PostgreSQL and applying migrations');
  const database = await startDatabase(base);
  const children: Array<{ name: string; child: ChildProcess }> = [];
  try {
    await prepareDatabase(database.url, SUBGRAPHS, {
      config: base,
      logger: createLogger('bench', 'warn'),
      seed: false,
    });
    const db = dataSourceFor(SUBGRAPHS[0], database.url);
    await db.initialize();
    const data = await prepareViewer(db);
    await loadMemberships(db, SCALES[0]);
    data.entityMembershipIds = await entityMemberships(db, data.viewerId);

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: WORK,
      DATABASE_URL: database.url,
      JWT_PRIVATE_KEY: base.jwt.privateKeyPem,
      JWT_PUBLIC_KEY: base.jwt.publicKeyPem,
      GATEWAY_PORT: String(ports.gateway),
      MAX_QUERY_COST: '1000000',
    };
    for (const s of SUBGRAPHS) {
      env[`${s.name.toUpperCase().replace(/-/g, '_')}_PORT`] = String(ports[s.name]);
      env[`${s.name.toUpperCase().replace(/-/g, '_')}_URL`] = `http://127.0.0.1:${ports[s.name]}/graphql`;
    }
    const start = async (
      name: string,
      script: string,
      args: string[],
      extraEnv: NodeJS.ProcessEnv,
      ready: string,
      execArgv: string[] = [],
    ) => {
      const child = fork(path.join(ROOT, 'dist', script), args, {
        env: { ...env, ...extraEnv },
        execArgv,
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      children.push({ name, child });
      await waitUntilReady(ready, { child });
    };
    for (const s of SUBGRAPHS)
      await start(s.name, 'subgraphs/main.js', [s.name], {}, `http://127.0.0.1:${ports[s.name]}/ready`);
    await start(
      'accounts (enforcement off)',
      'subgraphs/main.js',
      ['accounts'],
      { ACCOUNTS_PORT: String(ports.noauth), BENCH_ONLY_DISABLE_ACCESS_ENFORCEMENT: 'true' },
      `http://127.0.0.1:${ports.noauth}/ready`,
    );
    await start(
      'gateway (default engine)',
      'gateway/main.js',
      [],
      {},
      `http://127.0.0.1:${ports.gateway}/health`,
      // BENCH_CPU_PROF=<dir>: a V8 CPU profile of our gateway over the whole run (open it in Chrome DevTools).
      CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : [],
    );
    await start(
      'gateway (GATEWAY_ENGINE=apollo)',
      'gateway/main.js',
      [],
      { GATEWAY_ENGINE: 'apollo', GATEWAY_PORT: String(ports.apollo) },
      `http://127.0.0.1:${ports.apollo}/health`,
    );
    // Tracing on vs off: a second gateway (default engine) over a second accounts and product-roles (the two subgraphs
    // the queries reach), all three exporting every span (OTLP/HTTP JSON) to a sink in this process.
    const sink = await startSpanSink();
    const traced = { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url };
    await start(
      'accounts (tracing on)',
      'subgraphs/main.js',
      ['accounts'],
      { ...traced, ACCOUNTS_PORT: String(ports.tracedAccounts) },
      `http://127.0.0.1:${ports.tracedAccounts}/ready`,
    );
    await start(
      'product-roles (tracing on)',
      'subgraphs/main.js',
      ['product-roles'],
      { ...traced, PRODUCT_ROLES_PORT: String(ports.tracedProductRoles) },
      `http://127.0.0.1:${ports.tracedProductRoles}/ready`,
    );
    await start(
      'gateway (tracing on)',
      'gateway/main.js',
      [],
      {
        ...traced,
        GATEWAY_PORT: String(ports.traced),
        ACCOUNTS_URL: `http://127.0.0.1:${ports.tracedAccounts}/graphql`,
        PRODUCT_ROLES_URL: `http://127.0.0.1:${ports.tracedProductRoles}/graphql`,
      },
      `http://127.0.0.1:${ports.traced}/health`,
    );
    // The peer gateway reads the same supergraph, pointed at this run's subgraph ports.
    let supergraph = readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8');
    for (const s of SUBGRAPHS)
      supergraph = supergraph.replace(
        `http://localhost:${loadConfig({}).subgraphPorts[s.name]}/graphql`,
        `http://127.0.0.1:${ports[s.name]}/graphql`,
      );
    writeFileSync(path.join(WORK, 'supergraph.graphql'), supergraph);
    for (const [name, port, planner] of [
      ['hive gateway', ports.hive, 'javascript'],
      ['hive gateway + rust planner', ports.hiveRust, 'rust'],
    ] as const) {
      const hive = fork(
        path.join(ROOT, 'dist/bench/hive-server.js'),
        [path.join(WORK, 'supergraph.graphql'), String(port), planner],
        {
          env,
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
          // BENCH_CPU_PROF: the stock peer with the Rust planner is profiled too, to compare with ours.
          execArgv:
            CPU_PROF && planner === 'rust'
              ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(CPU_PROF, 'hive-rust')}`]
              : [],
        },
      );
      children.push({ name, child: hive });
      await new Promise<void>((resolve, reject) => {
        hive.once('message', () => resolve());
        hive.once('exit', (code) => reject(new Error(`${name} exited ${code}`)));
      });
    }

    // A real session, as a log-in would start: subgraphs refuse tokens whose session is not active (X-9).
    const sessions = new SessionService(db, await TokenService.fromConfig(base.jwt), base.sessions);
    const { token } = await sessions.start(data.viewerId);
    const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const gw = url(ports.gateway);
    const accounts = url(ports.accounts);
    const results: Record<string, unknown> = {};

    log('1. gateways side by side');
    // Every gateway serves the same supergraph over the same subgraphs; direct is the accounts subgraph itself.
    const targets: Array<[string, string]> = [
      ['ours (default engine)', gw],
      ['Hive Gateway + Rust planner', url(ports.hiveRust)],
      ['ours, OpenTelemetry tracing on', url(ports.traced)],
      ['Hive Gateway (default planner)', url(ports.hive)],
      ['@apollo/gateway (GATEWAY_ENGINE=apollo)', url(ports.apollo)],
      ['direct to the subgraph', accounts],
    ];
    const gateways: Record<string, unknown> = {};
    for (const [queryName, query] of [
      ['accountsOnly', Q.accountsOnly],
      ['crossSubgraph', Q.crossSubgraph],
    ] as const) {
      // Direct can only answer what one subgraph owns.
      const here = targets.filter(([name]) => queryName === 'accountsOnly' || !name.startsWith('direct'));
      const reference = JSON.stringify((await post(gw, token, query)).body);
      const sameAnswer: Record<string, boolean> = {};
      for (const [name, target] of here)
        sameAnswer[name] = JSON.stringify((await post(target, token, query)).body) === reference;
      const byConnections: Record<string, Record<string, Awaited<ReturnType<typeof load>>>> = {};
      // The machine is shared: load from elsewhere drifts over minutes. Several short rounds, each target once per
      // round in a rotated order, and the median round per target, keep that drift from favouring one target.
      for (const connections of [16, 1]) {
        const runs: Record<string, Array<Awaited<ReturnType<typeof load>>>> = {};
        for (let round = 0; round < ROUNDS; round++)
          for (let i = 0; i < here.length; i++) {
            const [name, target] = here[(i + round) % here.length];
            (runs[name] ??= []).push(await load(target, token, query, {}, connections, SECONDS, round === 0));
          }
        byConnections[connections] = Object.fromEntries(
          here.map(([name]) => {
            const sorted = [...runs[name]].sort((a, b) => a.rps - b.rps);
            return [name, { ...sorted[Math.floor(sorted.length / 2)], rounds: runs[name].map((r) => r.rps) }];
          }),
        );
      }
      gateways[queryName] = { sameAnswer, byConnections };
    }
    type Side = {
      sameAnswer: Record<string, boolean>;
      byConnections: Record<string, Record<string, { rps: number; p50: number; p99: number }>>;
    };
    const acc = gateways.accountsOnly as Side;
    const cross = gateways.crossSubgraph as Side;
    const OURS = targets[0][0];
    const PEER = targets[1][0];
    const TRACED = targets[2][0];
    results.gateways = {
      ...gateways,
      throughputVsHiveRust: {
        accountsOnly: ratio(acc.byConnections[16][OURS].rps, acc.byConnections[16][PEER].rps),
        crossSubgraph: ratio(cross.byConnections[16][OURS].rps, cross.byConnections[16][PEER].rps),
      },
      tracingOnVsOff: {
        accountsOnly: ratio(acc.byConnections[16][TRACED].rps, acc.byConnections[16][OURS].rps),
        crossSubgraph: ratio(cross.byConnections[16][TRACED].rps, cross.byConnections[16][OURS].rps),
        spansExported: sink.spans(),
      },
      overheadVsDirect: {
        p50: ratio(acc.byConnections[1][OURS].p50 || 0.5, acc.byConnections[1]['direct to the subgraph'].p50 || 0.5),
        p99: ratio(acc.byConnections[1][OURS].p99, acc.byConnections[1]['direct to the subgraph'].p99),
      },
    };

    log('3. authorization cost');
    const vars = { o: data.bigOrgId };
    const sample = await post(accounts, token, Q.authz, vars);
    const checks = countProtected(sample.body);
    const authz = {
      on: await load(accounts, token, Q.authz, vars, 16),
      off: await load(url(ports.noauth), token, Q.authz, vars, 16),
    };
    results.authorization = {
      ...authz,
      protectedFieldsPerRequest: checks,
      throughputRatio: ratio(authz.on.rps, authz.off.rps),
      microsecondsPerCheck: Math.round(((1 / authz.on.rps - 1 / authz.off.rps) * 1e6 * 10) / checks) / 10,
    };

    log('4. SQL statements per request');
    const sql: Record<string, number> = {};
    for (const k of [10, 100, 1000]) {
      const reps = data.entityMembershipIds.slice(0, k).map((id) => ({ __typename: 'Membership', id }));
      sql[`entities_${k}`] = (await post(accounts, token, Q.entities, { r: reps })).sql;
    }
    for (const k of [10, 100])
      sql[`memberPage_${k}`] = (await post(accounts, token, Q.authz.replace('first: 100', `first: ${k}`), vars)).sql;
    results.sqlStatements = {
      ...sql,
      flat: new Set([sql.entities_10, sql.entities_100, sql.entities_1000]).size === 1,
    };

    log('5. scale');
    const scale: Record<string, unknown> = {};
    for (const n of SCALES) {
      log(`   loading ${n} memberships`);
      const t0 = Date.now();
      await loadMemberships(db, n);
      const plan: Array<{ 'QUERY PLAN': string }> = await db.query(
        `EXPLAIN SELECT m.* FROM unnest($1::uuid[]) AS o(id) CROSS JOIN LATERAL (SELECT * FROM accounts.memberships m WHERE m.organization_id = o.id ORDER BY m.seq LIMIT 21) m`,
        [[data.bigOrgId]],
      );
      scale[n] = {
        loadSeconds: Math.round((Date.now() - t0) / 100) / 10,
        memberPageUsesIndex: plan.some((p) => /Index Scan using memberships_organization_page/.test(p['QUERY PLAN'])),
        memberPage: await load(gw, token, Q.memberPage, vars, 1, Math.max(4, SECONDS / 2)),
        meAccessPicture: await load(gw, token, Q.crossSubgraph, {}, 1, Math.max(4, SECONDS / 2)),
      };
    }
    const small = scale[SCALES[0]] as { memberPage: { p50: number }; meAccessPicture: { p50: number } };
    const largest = scale[SCALES[SCALES.length - 1]] as typeof small;
    results.scale = {
      byMemberships: scale,
      memberPageP50Ratio: ratio(largest.memberPage.p50 || 0.5, small.memberPage.p50 || 0.5),
      meP50Ratio: ratio(largest.meAccessPicture.p50 || 0.5, small.meAccessPicture.p50 || 0.5),
    };

    log('6. memory');
    results.peakRssMiB = Object.fromEntries(children.map(({ name, child }) => [name, peakRssMiB(child.pid)]));
    await db.destroy();

    const report = {
      command: [
        ...Object.entries(process.env)
          .filter(([k]) => k.startsWith('BENCH_'))
          .map(([k, v]) => `${k}=${v}`),
        'npm run bench',
      ].join(' '),
      date: new Date().toISOString(),
      commit: (() => {
        try {
          return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
        } catch {
          return 'unknown';
        }
      })(),
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      settings: { secondsPerRun: SECONDS, rounds: ROUNDS, scales: SCALES },
      results,
    };
    writeReport(report);
  } finally {
    for (const { child } of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 3_000));
    for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database.stop();
  }
}

const TARGETS =
  'gateway throughput ≥ 1.0× Hive Gateway + Rust planner (16 connections); gateway overhead ≤ 1.3× direct p50 at one connection; authorization ≥ 0.9× throughput; SQL statements flat; 10^6 ≤ 1.5× the 10^3 latency';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function writeReport(report: any) {
  const r = report.results;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const lines = [
    `# Benchmark ${report.date.slice(0, 10)}`,
    '',
    `\`${report.command}\` at ${report.commit}; ${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; ${report.settings.secondsPerRun} s per run after a 2 s warm-up; gateways in ${report.settings.rounds} interleaved rounds, median round reported (every round's req/s in the JSON). Every comparison is a ratio measured in this same run (the machine is shared and noisy).`,
    '',
    `Targets: ${TARGETS}.`,
    '',
    '| measure | figures | ratio | target |',
    '|---|---|---|---|',
    `| gateway throughput vs Hive Gateway + Rust planner (16 connections) | see the table below | accounts-only ${r.gateways.throughputVsHiveRust.accountsOnly}×, cross-subgraph ${r.gateways.throughputVsHiveRust.crossSubgraph}× | ${verdict(r.gateways.throughputVsHiveRust.accountsOnly >= 1 && r.gateways.throughputVsHiveRust.crossSubgraph >= 1)} (≥ 1.0×) |`,
    `| OpenTelemetry tracing on vs off (ours, 16 connections; every span exported, ${r.gateways.tracingOnVsOff.spansExported} in the run) | see the table below | accounts-only ${r.gateways.tracingOnVsOff.accountsOnly}×, cross-subgraph ${r.gateways.tracingOnVsOff.crossSubgraph}× | reported |`,
    `| gateway overhead vs direct, 1 connection (accounts-only query) | see the table below | p50 ${r.gateways.overheadVsDirect.p50}×, p99 ${r.gateways.overheadVsDirect.p99}× | ${verdict(r.gateways.overheadVsDirect.p50 <= 1.3)} (≤ 1.3×) |`,
    `| authorization, ${r.authorization.protectedFieldsPerRequest} protected fields per request (16 connections, direct) | on ${r.authorization.on.rps} req/s; off ${r.authorization.off.rps} req/s | ${r.authorization.throughputRatio}×; ${r.authorization.microsecondsPerCheck} µs per check | ${verdict(r.authorization.throughputRatio >= 0.9)} (≥ 0.9×) |`,
    `| SQL statements per request, _entities of 10 / 100 / 1,000 memberships, two nesting levels | ${r.sqlStatements.entities_10} / ${r.sqlStatements.entities_100} / ${r.sqlStatements.entities_1000}; member page of 10 / 100: ${r.sqlStatements.memberPage_10} / ${r.sqlStatements.memberPage_100} | flat: ${r.sqlStatements.flat} | ${verdict(r.sqlStatements.flat)} |`,
    ...Object.entries(r.scale.byMemberships).map(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ([n, s]: [string, any]) =>
        `| scale: ${Number(n).toLocaleString('en')} memberships (loaded in ${s.loadSeconds} s; page index used: ${s.memberPageUsesIndex}) | member page p50 ${s.memberPage.p50} ms / p99 ${s.memberPage.p99} ms; me + access picture p50 ${s.meAccessPicture.p50} ms / p99 ${s.meAccessPicture.p99} ms | | |`,
    ),
    `| scale ratio, largest / smallest | | member page ${r.scale.memberPageP50Ratio}×, me ${r.scale.meP50Ratio}× | ${verdict(r.scale.memberPageP50Ratio <= 1.5 && r.scale.meP50Ratio <= 1.5)} (≤ 1.5×) |`,
    `| peak RSS (MiB) | ${Object.entries(r.peakRssMiB)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join('; ')} | | reported |`,
    '',
    '## Gateways side by side',
    '',
    'Same supergraph, same subgraphs, same token; each target driven alone in turn. "same answer": its JSON equals ours, byte for byte.',
    '',
    ...(['accountsOnly', 'crossSubgraph'] as const).flatMap((q) => {
      const g = r.gateways[q];
      const base16 = g.byConnections[16]['Hive Gateway + Rust planner'].rps;
      return [
        `### ${q === 'accountsOnly' ? 'accounts-only query (one subgraph)' : 'cross-subgraph query (accounts + product-roles)'}`,
        '',
        '| target | req/s, 16 conn. | vs Hive + Rust | p50 / p99, 16 conn. | req/s, 1 conn. | p50 / p99, 1 conn. | same answer |',
        '|---|---|---|---|---|---|---|',
        ...Object.keys(g.byConnections[16]).map((name) => {
          const a = g.byConnections[16][name];
          const b = g.byConnections[1][name];
          return `| ${name} | ${a.rps} | ${ratio(a.rps, base16)}× | ${a.p50} / ${a.p99} ms | ${b.rps} | ${b.p50} / ${b.p99} ms | ${g.sameAnswer[name]} |`;
        }),
        '',
      ];
    }),
  ];
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.slice(0, 10);
  writeFileSync(path.join(dir, `${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(dir, `${stamp}.md`), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
