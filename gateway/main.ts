import { TokenService, ensureDevKeys } from '../subgraphs/common/auth/tokens';
import { loadConfig, loadDotEnv } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { startGateway } from './gateway';
import { exitGracefully, runMain } from '../subgraphs/common/process';

/** Runs the gateway process: `node dist/gateway/main.js`. */
async function main() {
  loadDotEnv();
  const config = await ensureDevKeys(loadConfig());
  const logger = createLogger('gateway', config.logLevel);
  const tokens = await TokenService.fromConfig(config.jwt);
  const server = await startGateway({ config, tokens, logger, port: config.gatewayPort });
  logger.info({ url: server.url }, 'gateway ready');
  exitGracefully(() => server.close());
}

runMain(main);
