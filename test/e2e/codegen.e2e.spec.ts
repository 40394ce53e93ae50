import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import ts from 'typescript';
import { projectRoot } from '../../subgraphs/common/paths';
import { startTestSystem, type TestSystem } from '../support/system';

/**
 * Issue 12's front door, as a frontend developer uses it: graphql-codegen's client preset loads the schema from the
 * live gateway URL (the standard introspection query through CORS-free server-to-server fetch, the limits and CSRF
 * prevention) and types README operations; the output type-checks with the compiler.
 */
const OPERATIONS = ['Me', 'Audit', 'Products', 'Refresh'];

/**
 * Runs `generate` from `@graphql-codegen/cli` with `config`, in a plain Node process: the CLI package requires yargs
 * 18, an ES module, which Node loads from CommonJS and Jest's module sandbox cannot. Answers the files it wrote.
 */
async function codegen(config: Record<string, unknown>): Promise<string[]> {
  const script = `require('@graphql-codegen/cli').generate(JSON.parse(process.argv[1]), true)
    .then((files) => console.log(JSON.stringify(files.map((f) => f.filename))))
    .catch((err) => { console.error(err); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, JSON.stringify(config)], {
    cwd: projectRoot(),
    timeout: 120_000,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as string[];
}

/** The README's named operations, by name. */
function readmeOperations(): Map<string, OperationDefinitionNode> {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const found = new Map<string, OperationDefinitionNode>();
  for (const [, block] of readme.matchAll(/```graphql\n([\s\S]*?)```/g))
    for (const def of parse(block!).definitions)
      if (def.kind === Kind.OPERATION_DEFINITION && def.name) found.set(def.name.value, def);
  return found;
}

/** Type-checks files with the project's compiler and node_modules; the diagnostics as text. */
function typeCheck(files: string[]): string[] {
  const root = projectRoot();
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    baseUrl: root,
    paths: { '*': [path.join(root, 'node_modules', '*'), path.join(root, 'node_modules', '@types', '*')] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('graphql-codegen against the live gateway URL', () => {
  let sys: TestSystem;
  let dir: string;
  let generated: string;

  beforeAll(async () => {
    sys = await startTestSystem();
    dir = mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    const operations = readmeOperations();
    for (const name of OPERATIONS) {
      const operation = operations.get(name);
      expect(operation).toBeDefined();
      writeFileSync(path.join(dir, `${name}.graphql`), print(operation!));
    }
    const out = path.join(dir, 'gql/');
    const files = await codegen({
      schema: sys.gatewayUrl,
      documents: [path.join(dir, '*.graphql')],
      generates: { [out]: { preset: 'client' } },
      silent: true,
    });
    expect(files.map((f) => path.basename(f)).sort()).toEqual(
      expect.arrayContaining(['gql.ts', 'graphql.ts', 'index.ts']),
    );
    generated = readFileSync(path.join(out, 'graphql.ts'), 'utf8');
  }, 120_000);

  afterAll(async () => {
    await sys?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a typed document, result and variables type for every operation', () => {
    for (const name of OPERATIONS) {
      const kind = name === 'Refresh' ? 'Mutation' : 'Query';
      expect(generated).toMatch(new RegExp(`export type ${name}${kind} = `));
      expect(generated).toMatch(new RegExp(`export type ${name}${kind}Variables = `));
      expect(generated).toMatch(
        new RegExp(
          `export const ${name}Document = .* as unknown as DocumentNode<${name}${kind}, ${name}${kind}Variables>`,
        ),
      );
    }
    // Types come from the live schema: its enums (as unions of their values) with their descriptions.
    expect(generated).toMatch(/export type PrimaryRole =[\s\S]*?\| 'OWNER'/);
    expect(generated).toMatch(/export type MeQuery = \{ me: \{ name: string \| null, memberships: /);
  });

  it('type-checks with tsc, and a consumer that misreads a field fails the check', () => {
    const consumer = path.join(dir, 'consumer.ts');
    const use = (line: string) =>
      writeFileSync(
        consumer,
        `import type { TypedDocumentNode } from '@graphql-typed-document-node/core';\n` +
          `import { MeDocument } from './gql/graphql';\n` +
          `type Data = typeof MeDocument extends TypedDocumentNode<infer R, Record<string, never>> ? R : never;\n` +
          `declare const data: Data;\n${line}\n`,
      );
    const files = [path.join(dir, 'gql/graphql.ts'), path.join(dir, 'gql/gql.ts'), path.join(dir, 'gql/index.ts')];
    use(`export const name: string | null | undefined = data.me?.name;`);
    expect(typeCheck([...files, consumer])).toEqual([]);
    use(`export const name: number | null | undefined = data.me?.name;`);
    expect(typeCheck([...files, consumer]).join('\n')).toMatch(/consumer\.ts: Type 'string.*' is not assignable/);
  });
});
