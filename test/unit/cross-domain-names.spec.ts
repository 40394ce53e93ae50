import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * X-5, STYLE 5b: another domain's views and functions are named only in its contract module
 * (`subgraphs/common/contracts/<domain>.ts`). Any other file of the running system that writes a schema-qualified
 * name of a domain it does not belong to (`accounts.membership_roles` in department-groups, in common, in a seed…)
 * fails here, so a change to a published view breaks in one known place. Migrations are frozen history and may
 * reference what existed when they ran (triggers, foreign keys), so they are not scanned.
 */
const SCHEMA_OF: Record<string, string> = {
  accounts: 'accounts',
  'product-roles': 'product_roles',
  'department-groups': 'department_groups',
  'customer-hierarchy': 'customer_hierarchy',
};
const SCHEMAS = Object.values(SCHEMA_OF);
// Not preceded by a word character, a dot, a slash or a dash: `accounts.errors` in an import path is a file name.
const QUALIFIED = new RegExp(`(?<![\\w.$/-])(${SCHEMAS.join('|')})\\.([a-z_][a-z0-9_]*)`, 'g');

const ROOT = path.resolve(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'migrations' || rel === 'subgraphs/common/contracts' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

/** The Postgres schema a file may name: its own domain's; none for common code. */
const ownSchema = (file: string): string | undefined => SCHEMA_OF[file.split('/')[1]!];

/** Every qualified name of another schema the text writes, as `file: schema.name`. */
function foreignNames(file: string, text: string): string[] {
  const own = ownSchema(file);
  return [...text.matchAll(QUALIFIED)].filter((m) => m[1] !== own).map((m) => `${file}: ${m[1]}.${m[2]}`);
}

describe("another domain's views and functions are named only in its contract module (X-5)", () => {
  it('finds what it must (the scan itself)', () => {
    const sql = 'SELECT 1 FROM accounts.membership_roles mr JOIN department_groups.user_groups g ON true';
    expect(foreignNames('subgraphs/department-groups/x.ts', sql)).toEqual([
      'subgraphs/department-groups/x.ts: accounts.membership_roles',
    ]);
    expect(foreignNames('subgraphs/common/x.ts', '`accounts.join_organization`')).toEqual([
      'subgraphs/common/x.ts: accounts.join_organization',
    ]);
    expect(
      foreignNames('subgraphs/accounts/x.ts', "import { A } from '../accounts.errors'; accounts.memberships"),
    ).toEqual([]);
  });

  it('no file of subgraphs/ outside the contracts and migrations names another schema', () => {
    const offenders = sources('subgraphs').flatMap((f) => foreignNames(f, readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
