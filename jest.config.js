/** Test tiers by file name: *.spec.ts unit, *.int.spec.ts real Postgres, *.contract.spec.ts schema, *.e2e.spec.ts over HTTP. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/gateway'],
  testMatch: ['**/*.spec.ts'],
  // tsconfig's isolatedModules makes ts-jest transpile file by file (fast, still emits decorator metadata);
  // `npm run lint` does the type-checking.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // See test/support/dynamic-import.transform.js: the Rust query planner's loader, made loadable under Jest.
    'router-runtime/dist/index\\.cjs$': '<rootDir>/test/support/dynamic-import.transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/dist/index\\.cjs$)'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
