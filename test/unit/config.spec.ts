import { ConfigError, loadConfig } from '../../subgraphs/common/config';

describe('typed configuration', () => {
  it('runs locally with no variables at all', () => {
    const config = loadConfig({});
    expect(config.gatewayPort).toBe(4000);
    expect(config.subgraphPorts.accounts).toBe(4001);
    expect(config.subgraphUrls.accounts).toBe('http://localhost:4001/graphql');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemoData).toBe(true);
  });

  it.each([
    [{ GATEWAY_PORT: 'abc' }, /GATEWAY_PORT/],
    [{ ACCOUNTS_PORT: '70000' }, /ACCOUNTS_PORT/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ SEED_DEMO_DATA: 'maybe' }, /SEED_DEMO_DATA/],
    [{ JWT_PUBLIC_KEY: 'not a pem' }, /JWT_PUBLIC_KEY/],
    [{ NODE_ENV: 'production' }, /JWT_PUBLIC_KEY is required in production/],
    [{ NODE_ENV: 'production', BENCH_ONLY_DISABLE_ACCESS_ENFORCEMENT: 'true' }, /refused in production/],
    [{ PASSWORD_SCRYPT_LOG2N: '15' }, /PASSWORD_SCRYPT_LOG2N below 17/],
    [{ GATEWAY_SECRET: 'short' }, /GATEWAY_SECRET must be at least 32/],
    [
      { NODE_ENV: 'production', JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nx\n-----END PUBLIC KEY-----' },
      /GATEWAY_SECRET is required in production/,
    ],
    [{ PASSWORD_HASH_CONCURRENCY: '0' }, /PASSWORD_HASH_CONCURRENCY/],
  ])('fails fast naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes subgraph URLs from the environment (compose networks)', () => {
    expect(loadConfig({ ACCOUNTS_URL: 'http://accounts:4001/graphql' }).subgraphUrls.accounts).toBe(
      'http://accounts:4001/graphql',
    );
  });
});
