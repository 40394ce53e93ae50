import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ensureDevKeys } from '../subgraphs/common/auth/tokens';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../subgraphs/accounts/seed/demo';
import { SUBGRAPHS } from '../subgraphs/registry';
import { prepareDatabase, startDatabase, waitUntilReady } from './system';

const DIST = path.resolve(__dirname, '..');

interface Service {
  name: string;
  script: string;
  args: string[];
  health: string;
  child?: ChildProcess;
}

function envFor(config: Config, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: config.nodeEnv,
    DATABASE_URL: databaseUrl,
    JWT_PRIVATE_KEY: config.jwt.privateKeyPem,
    JWT_PUBLIC_KEY: config.jwt.publicKeyPem,
  };
}

/**
 * `npm start`: the database (embedded unless DATABASE_URL), migrations, demo data on an empty database,
 * each subgraph and the gateway as child processes. Ctrl-C stops all of it, Postgres included.
 */
async function main() {
  loadDotEnv();
  const config = await ensureDevKeys(loadConfig());
  const logger = createLogger('start', config.logLevel === 'info' ? 'warn' : config.logLevel);
  console.log(
    config.databaseUrl
      ? 'Using the database at DATABASE_URL'
      : `Starting embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')} …`,
  );
  const database = await startDatabase(config);

  const services: Service[] = [
    ...SUBGRAPHS.map((s) => ({
      name: s.name,
      script: path.join(DIST, 'subgraphs/main.js'),
      args: [s.name],
      health: `http://localhost:${config.subgraphPorts[s.name]}/ready`,
    })),
    {
      name: 'gateway',
      script: path.join(DIST, 'gateway/main.js'),
      args: [],
      health: `http://localhost:${config.gatewayPort}/health`,
    },
  ];

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await Promise.all(
      services.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (!s.child || s.child.exitCode !== null) return resolve();
            const timer = setTimeout(() => s.child?.kill('SIGKILL'), 5000);
            s.child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            s.child.kill('SIGTERM');
          }),
      ),
    );
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await prepareDatabase(database.url, SUBGRAPHS, { config, logger, seed: config.seedDemoData });
    const env = envFor(config, database.url);
    const spawnService = (s: Service) => {
      // An IPC channel ties each child's life to ours (children exit on 'disconnect').
      s.child = fork(s.script, s.args, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      s.child.once('exit', (code, signal) => {
        if (stopping) return;
        console.error(`${s.name} exited (${signal ?? code}); restarting in 1s`);
        setTimeout(() => !stopping && spawnService(s), 1000);
      });
    };
    for (const s of services) {
      spawnService(s);
      await waitUntilReady(s.health, { child: s.child! }).catch((err: Error) => {
        throw new Error(`${s.name} did not start: ${err.message}`);
      });
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown(1);
    return;
  }

  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  console.log(`
Ready.
  Gateway + Apollo Sandbox   http://localhost:${config.gatewayPort}/graphql
  Admin console              http://localhost:${config.gatewayPort}/console/
${SUBGRAPHS.map((s) => `  subgraph ${s.name.padEnd(17)} http://localhost:${config.subgraphPorts[s.name]}/graphql`).join('\n')}
${
  config.seedDemoData
    ? `\nDemo log-ins (password "${DEMO_PASSWORD}"):\n${DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.demo}`).join('\n')}\n`
    : ''
}
Press Ctrl-C to stop everything.`);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? `Configuration error: ${err.message}` : err);
  process.exit(1);
});
