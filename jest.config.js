/**
 * Test tiers by file name (STYLE 8), one Jest project each: `*.spec.ts` unit (no I/O, no database),
 * `*.int.spec.ts` real Postgres, `*.contract.spec.ts` schema and composition, `*.e2e.spec.ts` over HTTP.
 * Only the tiers that need PostgreSQL declare the global setup that starts it, so `npm run test:unit`
 * starts none; `npm test` runs every tier (the setup is idempotent, so one database serves int and e2e).
 */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/gateway'],
  // tsconfig's isolatedModules makes ts-jest transpile file by file (fast, still emits decorator metadata);
  // `npm run lint` does the type-checking.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // See test/support/dynamic-import.transform.js: the Rust query planner's loader, made loadable under Jest.
    'router-runtime/dist/index\\.cjs$': '<rootDir>/test/support/dynamic-import.transform.js',
    // The same for the OTLP exporter's http/https loading (tracing e2e test).
    'otlp-exporter-base/build/src/(transport/http-exporter-transport|configuration/otlp-node-http-configuration)\\.js$':
      '<rootDir>/test/support/dynamic-import.transform.js',
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(.*/)?(@graphql-hive/router-runtime/dist/index\\.cjs|@opentelemetry/otlp-exporter-base/build/src/(transport/http-exporter-transport|configuration/otlp-node-http-configuration)\\.js)$)',
  ],
  setupFiles: ['reflect-metadata'],
};
const withDatabase = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

module.exports = {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testRegex: '(?<!\\.(int|contract|e2e))\\.spec\\.ts$' },
    { ...common, ...withDatabase, displayName: 'int', testRegex: '\\.int\\.spec\\.ts$' },
    { ...common, displayName: 'contract', testRegex: '\\.contract\\.spec\\.ts$' },
    { ...common, ...withDatabase, displayName: 'e2e', testRegex: '\\.e2e\\.spec\\.ts$' },
  ],
};
