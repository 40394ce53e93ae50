import { TokenService, ensureDevKeys } from '../subgraphs/common/auth/tokens';
import { loadConfig, loadDotEnv } from '../subgraphs/common/config';
import { createLogger } from '../subgraphs/common/logger';
import { startGateway } from './gateway';

/** Runs the gateway process: `node dist/gateway/main.js`. */
async function main() {
  loadDotEnv();
  const config = await ensureDevKeys(loadConfig());
  const logger = createLogger('gateway', config.logLevel);
  const tokens = await TokenService.fromConfig(config.jwt);
  const server = await startGateway({ config, tokens, logger, port: config.gatewayPort });
  logger.info({ url: server.url }, 'gateway ready');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
