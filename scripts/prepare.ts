import 'reflect-metadata';
import { ensureDevKeys } from '../subgraphs/common/auth/tokens';
import { loadConfig, loadDotEnv } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { runMain } from '../subgraphs/common/process';
import { SUBGRAPHS } from '../subgraphs/registry';
import { prepareDatabase } from './system';

/**
 * `npm run prepare-db` (and compose's one-shot `prepare` service): development keys when none are configured,
 * every subgraph's migrations, and demo data on an empty database. Needs DATABASE_URL.
 */
async function main() {
  loadDotEnv();
  const config = await ensureDevKeys(loadConfig());
  if (!config.databaseUrl)
    throw new Error('DATABASE_URL is required (npm start runs this itself on the embedded database)');
  const logger = createLogger('prepare', config.logLevel);
  await prepareDatabase(config.databaseUrl, SUBGRAPHS, { config, logger, seed: config.seedDemoData });
  logger.info('database prepared');
}

runMain(main);
