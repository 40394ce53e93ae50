// ESLint with type information (typescript-eslint's recommendedTypeChecked) for every TypeScript file;
// formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      '.data/',
      'bench/.work/',
      'schema/',
      'console/dist/',
      'console/src/gql/',
      'test-artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
      // Off: with type-graphql's and TypeORM's declarations it calls assertions "unnecessary" that tsc needs
      // (its autofix broke \`tsc\` in build-subgraph.ts and embedded.ts); tsc's strict mode is the judge here.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // The console is a browser program with its own compiler options (DOM, JSX): its own tsconfig.
    files: ['console/src/**/*.ts', 'console/src/**/*.tsx'],
    languageOptions: {
      parserOptions: { project: ['./console/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Tests read GraphQL responses as untyped JSON (`gql()` answers `any` unless a test names a shape), so the
    // no-unsafe-* family would flag every assertion; everything else stays on for tests too.
    // The bench reads other tools' JSON (autocannon reports, raw GraphQL responses) the same way.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Test doubles and factories implement async interfaces without always awaiting.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tools that require a default export: ESLint's own config, Jest's global setup and teardown.
    files: ['eslint.config.mjs', 'test/support/global-setup.ts', 'test/support/global-teardown.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
