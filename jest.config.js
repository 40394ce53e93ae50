/** Test tiers by file name: *.spec.ts unit, *.int.spec.ts real Postgres, *.contract.spec.ts schema, *.e2e.spec.ts over HTTP. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/gateway'],
  testMatch: ['**/*.spec.ts'],
  // tsconfig's isolatedModules makes ts-jest transpile file by file (fast, still emits decorator metadata);
  // `npm run lint` does the type-checking.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
