import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../subgraphs/common/paths';

/**
 * Issue 11, STYLE.md 2 and 5: every subgraph has the same shape, so a reader finds a concept in the same place in
 * each. Fails when a subgraph lacks one of the files or folders, or a file breaks the one-role-per-file naming.
 */
const SUBGRAPHS = ['accounts', 'product-roles', 'department-groups', 'customer-hierarchy'] as const;
const TOP_FILES = ['context', 'errors', 'loaders', 'policy', 'subgraph', 'nodes'] as const;
const FOLDERS = ['access', 'decision', 'migrations', 'seed'] as const;
const root = path.join(projectRoot(), 'subgraphs');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}
const all = filesUnder(root);
const rel = (f: string) => path.relative(root, f);

describe('one layout in every subgraph', () => {
  it.each(SUBGRAPHS.flatMap((s) => TOP_FILES.map((f) => [s, `${s}.${f}.ts`] as const)))('%s has %s', (s, file) => {
    expect(statSync(path.join(root, s, file)).isFile()).toBe(true);
  });

  it.each(SUBGRAPHS.flatMap((s) => FOLDERS.map((d) => [s, d] as const)))('%s has %s/', (s, dir) => {
    expect(statSync(path.join(root, s, dir)).isDirectory()).toBe(true);
  });

  it('access rules (*.access.ts) live in an access/ folder', () => {
    expect(all.filter((f) => f.endsWith('.access.ts') && path.basename(path.dirname(f)) !== 'access').map(rel)).toEqual(
      [],
    );
  });

  it('GraphQL inputs are declared only in *.input.ts files', () => {
    const misplaced = all.filter((f) => !f.endsWith('.input.ts') && /@InputType\(/.test(readFileSync(f, 'utf8')));
    expect(misplaced.map(rel)).toEqual([]);
  });

  it('each file declares at most one resolver class', () => {
    const many = all
      .map((f) => [rel(f), readFileSync(f, 'utf8').match(/^@Resolver\(/gm)?.length ?? 0] as const)
      .filter(([, n]) => n > 1);
    expect(many).toEqual([]);
  });

  it('the decision query of each domain sits in its decision/ folder, not among the rules', () => {
    const astray = all.filter(
      (f) =>
        /(^|-)decision\.(resolver|service|input)\.ts$/.test(path.basename(f)) &&
        !f.includes(`${path.sep}decision${path.sep}`),
    );
    expect(astray.map(rel).filter((f) => !f.startsWith('common'))).toEqual([]);
  });
});
