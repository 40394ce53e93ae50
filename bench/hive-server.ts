import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

/** The peer gateway for the benchmark: Hive Gateway over the same supergraph, forwarding the bearer token. */
const [supergraphPath, port] = [process.argv[2]!, Number(process.argv[3])];
const gateway = createGatewayRuntime({
  supergraph: supergraphPath,
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
  },
});
http.createServer(gateway).listen(port, '127.0.0.1', () => process.send?.('ready'));
process.on('disconnect', () => process.exit(0));
