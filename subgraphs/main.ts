import 'reflect-metadata';
import { TokenService, ensureDevKeys } from './common/auth/tokens';
import { loadConfig, loadDotEnv, type SubgraphName } from './common/config';
import { migrate } from './common/db/data-source';
import { createLogger } from './common/logger';
import { dataSourceFor, startSubgraph } from './common/subgraph';
import { subgraphByName } from './registry';
import { exitGracefully, runMain } from './common/process';

/** Runs one subgraph process: `node dist/subgraphs/main.js <name>`. */
async function main() {
  const name = process.argv[2] ?? '';
  const module = subgraphByName(name);
  loadDotEnv();
  const config = await ensureDevKeys(loadConfig());
  const logger = createLogger(`subgraph-${name}`, config.logLevel);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  const db = dataSourceFor(module, config.databaseUrl, (m) => logger.error(m), config.limits.statementTimeoutMs);
  await db.initialize();
  await migrate(db);
  const tokens = await TokenService.fromConfig(config.jwt);
  const server = await startSubgraph(
    module,
    { db, tokens, config, logger },
    { port: config.subgraphPorts[name as SubgraphName], enforcement: config.accessEnforcement },
  );
  logger.info({ url: server.url }, `${name} subgraph ready`);

  exitGracefully(async () => {
    await server.close();
    await db.destroy();
  });
}

runMain(main);
