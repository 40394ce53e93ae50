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
    [{ OTEL_TRACES_EXPORTER: 'zipkin' }, /OTEL_TRACES_EXPORTER/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT/],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'ftp://collector' }, /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, /OTEL_EXPORTER_OTLP_PROTOCOL/],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER: 'sometimes' }, /OTEL_TRACES_SAMPLER/],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_TRACES_SAMPLER_ARG: '1.5' }, /OTEL_TRACES_SAMPLER_ARG/],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_HEADERS: 'novalue' }, /OTEL_EXPORTER_OTLP_HEADERS/],
    [{ OTEL_SDK_DISABLED: 'perhaps' }, /OTEL_SDK_DISABLED/],
  ])('fails fast naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes subgraph URLs from the environment (compose networks)', () => {
    expect(loadConfig({ ACCOUNTS_URL: 'http://accounts:4001/graphql' }).subgraphUrls.accounts).toBe(
      'http://accounts:4001/graphql',
    );
  });

  describe('OpenTelemetry tracing (standard OTEL_* variables)', () => {
    it('is off unless configured', () => {
      expect(loadConfig({}).tracing).toBeUndefined();
      expect(loadConfig({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' }).tracing).toBeUndefined();
    });

    it('turns on with an OTLP endpoint: the base endpoint gets /v1/traces, the traces endpoint is used as is', () => {
      expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
        endpoint: 'http://collector:4318/v1/traces',
        headers: {},
        serviceName: undefined,
        resourceAttributes: {},
        sampler: 'parentbased_always_on',
        samplerRatio: 1,
      });
      expect(
        loadConfig({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector.example/otlp/traces',
        }).tracing?.endpoint,
      ).toBe('https://collector.example/otlp/traces');
    });

    it('turns on with OTEL_TRACES_EXPORTER=otlp (local collector by default) and reads the other variables', () => {
      const tracing = loadConfig({
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_HEADERS: 'api-key=a%20b,tenant=t1',
        OTEL_SERVICE_NAME: 'identity',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=staging',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      }).tracing;
      expect(tracing).toEqual({
        endpoint: 'http://localhost:4318/v1/traces',
        headers: { 'api-key': 'a b', tenant: 't1' },
        serviceName: 'identity',
        resourceAttributes: { 'deployment.environment': 'staging' },
        sampler: 'parentbased_traceidratio',
        samplerRatio: 0.25,
      });
    });

    it('stays off with OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true, whatever else is set', () => {
      const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
      expect(loadConfig({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeUndefined();
      expect(loadConfig({ ...endpoint, OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
    });
  });
});
