import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../subgraphs/common/paths';

const run = promisify(execFile);

// Issue 14: the console's operations are typed by graphql-codegen from the committed schema/api.graphql, and the
// generated files are committed (a fresh clone builds without a generation step). This fails when they drift: a
// schema change that breaks a console operation, or an operation edited without `npm run console:codegen`.
// codegen runs as a child process (its loaders are ES modules, which this CommonJS test tier cannot import).
describe('console typed operations (graphql-codegen client preset)', () => {
  it('the committed console/src/gql/ is what codegen makes from the committed schema (codegen --check)', async () => {
    const root = projectRoot();
    const cli = path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    const outcome = await run(process.execPath, [cli, '--config', 'console/codegen.yml', '--check'], { cwd: root })
      .then(() => 'up to date')
      .catch((err: { stdout?: string; stderr?: string }) => `${err.stdout ?? ''}${err.stderr ?? ''}`);
    expect(outcome).toBe('up to date');
  }, 60_000);
});
