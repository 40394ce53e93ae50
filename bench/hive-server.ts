import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

/**
 * A peer gateway for the benchmark: stock Hive Gateway over the same supergraph, forwarding the bearer token, with
 * its default (JavaScript) query planner, or with Hive Router's Rust query planner when the third argument is `rust`.
 */
const [supergraphPath, port, planner] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const gateway = createGatewayRuntime({
  supergraph: supergraphPath,
  ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
  },
});
http.createServer((req, res) => void gateway(req, res)).listen(port, '127.0.0.1', () => process.send?.('ready'));
process.on('disconnect', () => process.exit(0));
// A clean exit on the bench's SIGTERM, so a --cpu-prof profile (BENCH_CPU_PROF) is written.
process.on('SIGTERM', () => process.exit(0));
