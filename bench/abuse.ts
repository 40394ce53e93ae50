import 'reflect-metadata';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGateway } from '../gateway/gateway';
import { passwordHasher } from '../subgraphs/common/auth/passwords';
import { ensureDevKeys, TokenService } from '../subgraphs/common/auth/tokens';
import { loadConfig, type Config } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { dataSourceFor, startSubgraph, type SubgraphDeps } from '../subgraphs/common/subgraph';
import type { RunningServer } from '../subgraphs/common/http/server';
import { SUBGRAPHS } from '../subgraphs/registry';
import { freePort, prepareDatabase, startDatabase } from '../scripts/system';

/**
 * The abuse benchmark (issue 10, X-10): on the demo (seed-sized) data with production defaults (OWASP scrypt cost,
 * every limit at its default), (1) the worst time of a request the limits admit, over adversarial shapes, and
 * (2) how many password checks 50 concurrent guesses get per window, and what failed log-ins do to a valid one.
 * Everything runs in this one process (PostgreSQL aside). `npm run bench:abuse`; writes bench/results/abuse-<date>.md.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WORK = path.join(ROOT, 'bench', '.work-abuse');
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);

interface Answer {
  status: number;
  ms: number;
  codes: string[];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  const ms = performance.now() - started;
  return {
    status: res.status,
    ms,
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
    body,
  } as Answer & {
    body: typeof body;
  };
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const config: Config = await ensureDevKeys(
    loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: WORK,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    }),
  );
  const logger = createLogger('bench-abuse', 'silent');
  console.log('starting PostgreSQL, migrations and the demo seed (OWASP scrypt cost)');
  const database = await startDatabase(config);
  const servers: RunningServer[] = [];
  const sources: SubgraphDeps['db'][] = [];
  try {
    const run = { ...config, databaseUrl: database.url };
    await prepareDatabase(database.url, SUBGRAPHS, { config: run, logger, seed: true });
    const tokens = await TokenService.fromConfig(run.jwt);
    const urls: Record<string, string> = {};
    const deps: Record<string, SubgraphDeps> = {};
    for (const module of SUBGRAPHS) {
      const db = dataSourceFor(module, database.url, undefined, run.limits.statementTimeoutMs);
      await db.initialize();
      sources.push(db);
      deps[module.name] = { db, tokens, config: run, logger };
      const server = await startSubgraph(module, deps[module.name], { port: 0 });
      servers.push(server);
      urls[module.name] = server.url;
    }
    const gateway = await startGateway({ config: run, tokens, logger, port: 0, subgraphUrls: urls });
    servers.push(gateway);
    const gw = gateway.url;
    const logIn = (email: string, password: string) =>
      post(gw, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email, password } });
    const owner = (await logIn('owner@demo.test', 'demo-password')).body.data as { logIn: { token: string } };
    const root = (await logIn('root@demo.test', 'demo-password')).body.data as { logIn: { token: string } };
    const accounts = deps.accounts.db;
    const [{ id: orgId }] = await accounts.query<Array<{ id: string }>>(
      "SELECT id FROM accounts.organizations WHERE name = 'Acme Support'",
    );

    // An extra organization of the demo owner with 40 user groups, each working with all 40 (issue 10's shape).
    const dg = deps['department-groups'].db;
    const [{ id: wideOrg }] = await accounts.query<Array<{ id: string }>>(
      `SELECT accounts.create_organization('Wide', a.id, a.id, 'abuse benchmark') AS id
       FROM accounts.accounts a WHERE a.email = 'owner@demo.test'`,
    );
    const groups = await dg.query<Array<{ id: string }>>(
      `INSERT INTO department_groups.user_groups (organization_id, name, required)
       SELECT $1, 'wide ' || i, false FROM generate_series(1, 40) i RETURNING id`,
      [wideOrg],
    );
    await dg.query(
      `INSERT INTO department_groups.user_group_work_with (user_group_id, work_with_group_id)
       SELECT a, b FROM unnest($1::uuid[]) a, unnest($1::uuid[]) b`,
      [groups.map((g) => g.id)],
    );

    const shapes: Array<{ name: string; query: string; variables?: Record<string, unknown>; token: string }> = [
      {
        name: 'userGroups → workWith × 3 (seed org)',
        query:
          'query($o: ID!) { organization(id: $o) { userGroups { edges { node { workWith { workWith { workWith { id name } } } } } } } }',
        variables: { o: orgId },
        token: owner.logIn.token,
      },
      {
        name: 'userGroups → workWith × 3 (40 groups each working with all 40)',
        query:
          'query($o: ID!) { organization(id: $o) { userGroups { edges { node { workWith { workWith { workWith { id } } } } } } } }',
        variables: { o: wideOrg },
        token: owner.logIn.token,
      },
      {
        name: 'customers → departments → linkedDepartments × 3',
        query:
          '{ customers(first: 100) { edges { node { departments { edges { node { linkedDepartments { linkedDepartments { linkedDepartments { id name } } } } } } } } } }',
        token: root.logIn.token,
      },
      {
        name: 'members(first: $n = 45) → account → memberships → organization → members(first: $n)',
        query:
          'query($o: ID!, $n: Int) { organization(id: $o) { members(first: $n) { edges { node { account { memberships { organization { members(first: $n) { edges { node { role account { name email } } } } } } } } } } } }',
        variables: { o: orgId, n: 45 },
        token: owner.logIn.token,
      },
      {
        name: 'the same with $n = 12 (admitted)',
        query:
          'query($o: ID!, $n: Int) { organization(id: $o) { members(first: $n) { edges { node { account { memberships { organization { members(first: $n) { edges { node { role account { name email } } } } } } } } } } } }',
        variables: { o: orgId, n: 12 },
        token: owner.logIn.token,
      },
      {
        name: 'me → whole access picture, 20 aliases',
        query: `{ ${Array.from({ length: 20 }, (_, i) => `m${i}: me { memberships { role customRoles organization { name departments { edges { node { name } } } userGroups { edges { node { name workWith { name } } } } } } }`).join(' ')} }`,
        token: owner.logIn.token,
      },
    ];
    const rows: string[] = [];
    let worstAdmitted = 0;
    for (const shape of shapes) {
      const answers: Answer[] = [];
      for (let i = 0; i < REPEAT; i++) answers.push(await post(gw, shape.query, shape.variables ?? {}, shape.token));
      const admitted = answers.filter((a) => a.status === 200);
      const worst = Math.max(...answers.map((a) => a.ms));
      if (admitted.length) worstAdmitted = Math.max(worstAdmitted, ...admitted.map((a) => a.ms));
      const outcome = [...new Set(answers.map((a) => `${a.status} ${a.codes.join(',') || 'ok'}`))].join('; ');
      rows.push(`| ${shape.name} | ${outcome} | ${Math.round(worst)} ms |`);
      console.log(shape.name, outcome, Math.round(worst));
    }

    // Password checks per window under 50-way concurrency: one account, and one address (different e-mails).
    // Checks are counted where they happen: the process's one hasher (the accounts subgraph runs in this process).
    const hasher = passwordHasher(run.passwords);
    const verify = hasher.verify.bind(hasher);
    let checks = 0;
    // Counted when the hash has run: a SERVICE_BUSY refusal throws before hashing and is not a check.
    hasher.verify = async (password, stored) => {
      const result = await verify(password, stored);
      checks += 1;
      return result;
    };
    const breakdown = (list: Answer[]) =>
      Object.entries(
        list.reduce<Record<string, number>>((acc, a) => {
          const key = a.codes.join(',') || 'ok';
          acc[key] = (acc[key] ?? 0) + 1;
          return acc;
        }, {}),
      )
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
    checks = 0;
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => logIn('member@demo.test', `wrong guess ${i}`)),
    );
    const perAccount = { checks, answers: breakdown(guesses) };
    await accounts.query('DELETE FROM accounts.login_attempts');
    checks = 0;
    const spread = await Promise.all(
      Array.from({ length: 50 }, (_, i) => logIn(`nobody-${i}@demo.test`, 'wrong guess')),
    );
    const perAddress = { checks, answers: breakdown(spread) };
    await accounts.query('DELETE FROM accounts.login_attempts');

    // A valid log-in alone, and while 64 failed log-ins (64 e-mails, many addresses' worth) hit the hasher.
    const alone: number[] = [];
    for (let i = 0; i < 3; i++) alone.push((await logIn('admin@demo.test', 'demo-password')).ms);
    await accounts.query(`UPDATE accounts.login_attempts SET failures = 0`);
    const flood = Array.from({ length: 64 }, (_, i) =>
      post(urls.accounts, 'mutation($i: LogInInput!) { logIn(input: $i) { token } }', {
        i: { email: `flood-${i}@demo.test`, password: 'wrong' },
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    const during = await logIn('admin@demo.test', 'demo-password');
    const floodAnswers = await Promise.all(flood);
    await accounts.query('DELETE FROM accounts.login_attempts');

    const date = new Date().toISOString().slice(0, 10);
    const report = `# Abuse benchmark ${date}

Command: \`npm run bench:abuse\` (bench/abuse.ts). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load average
${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} at the end (shared with other work). Demo seed data; production
defaults: scrypt N=2^17, MAX_QUERY_COST ${run.limits.maxCost}, MAX_RESOLVED_OBJECTS ${run.limits.maxResolvedObjects},
PG_STATEMENT_TIMEOUT_MS ${run.limits.statementTimeoutMs}, log-in limits ${run.loginAbuse.maxFailuresPerAccount} per account /
${run.loginAbuse.maxFailuresPerAddress} per address, hashing ${run.passwords.concurrency} at once + ${run.passwords.queue} waiting.
Gateway, subgraphs and the load generator in one process; each shape sent ${REPEAT} times through the gateway.

## Worst admitted request time

**${Math.round(worstAdmitted)} ms** over every admitted (HTTP 200) answer below.

| adversarial shape | answers (status, codes) | worst time |
|---|---|---|
${rows.join('\n')}

## Password checks per window, 50 concurrent guesses

Checks = password hashes the accounts subgraph actually ran (counted at its hasher). Answers = what the 50 callers got
through the gateway (a check whose hash outlasts SUBGRAPH_TIMEOUT_MS on a loaded machine is answered by the gateway's
timeout, but was still counted).

| | password checks run | answers |
|---|---|---|
| one account, 50 wrong passwords at once | **${perAccount.checks}** (limit ${run.loginAbuse.maxFailuresPerAccount}) | ${perAccount.answers} |
| one address, 50 e-mails at once | **${perAddress.checks}** (limit ${run.loginAbuse.maxFailuresPerAddress}; SERVICE_BUSY gives its reservation back unchecked) | ${perAddress.answers} |

## A valid log-in while failed ones flood the hasher

| | time |
|---|---|
| valid log-in alone (worst of 3) | ${Math.round(Math.max(...alone))} ms |
| valid log-in during 64 concurrent failed log-ins (sent to accounts directly, so per-address limits do not stop them) | ${Math.round(during.ms)} ms, ${during.codes.join(',') || 'ok'} |
| the 64 failed log-ins | ${breakdown(floodAnswers)} |

Bound: a valid log-in waits for at most ⌈(concurrency + queue) / concurrency⌉ = ${Math.ceil((run.passwords.concurrency + run.passwords.queue) / run.passwords.concurrency)} hash times before its own,
or is refused at once with SERVICE_BUSY when the queue is full.
`;
    const out = path.join(ROOT, 'bench', 'results', `abuse-${date}.md`);
    writeFileSync(out, report);
    console.log(report);
    console.log(`wrote ${out}`);
  } finally {
    for (const s of servers.reverse()) await s.close().catch(() => undefined);
    for (const db of sources) await db.destroy().catch(() => undefined);
    await database.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
