import type { DataSource } from 'typeorm';

/** What the bench's queries need to know about the loaded data. */
export interface BenchData {
  viewerId: string;
  bigOrgId: string;
  /** Memberships in organizations the viewer belongs to, for the N+1 measurement. */
  entityMembershipIds: string[];
}

/**
 * Bulk-loads memberships up to `total`: half in one big organization, the rest in organizations of ten (each with an
 * owner). Triggers are set aside during the load (each row would queue a deferred owner check) and the invariants
 * they guard are checked once afterwards.
 */
export async function loadMemberships(db: DataSource, total: number): Promise<void> {
  const [{ n: have }] = await db.query('SELECT count(*)::int AS n FROM accounts.memberships');
  if (have >= total) return;
  const add = total - have;
  const [{ id: bigOrgId }] = await db.query(
    `SELECT id FROM accounts.organizations WHERE name = 'Bench big organization'`,
  );
  await db.query('ALTER TABLE accounts.memberships DISABLE TRIGGER memberships_single_owner');
  await db.query('ALTER TABLE accounts.organizations DISABLE TRIGGER organizations_single_owner');
  try {
    await db.query(
      `INSERT INTO accounts.accounts (email, name, password_hash)
       SELECT 'bench-' || g || '@bench.test', 'Bench person ' || g, 'not-a-login' FROM generate_series($1::int + 1, $1::int + $2::int) g`,
      [have, add],
    );
    const toBig = Math.floor(add / 2);
    await db.query(
      `INSERT INTO accounts.memberships (organization_id, account_id, role)
       SELECT $1, a.id, 'MEMBER' FROM accounts.accounts a
       WHERE a.email LIKE 'bench-%' AND substring(a.email from 7 for length(a.email) - 17)::int BETWEEN $2::int + 1 AND $2::int + $3::int`,
      [bigOrgId, have, toBig],
    );
    const rest = add - toBig;
    const orgs = Math.ceil(rest / 10);
    await db.query(
      `INSERT INTO accounts.organizations (name) SELECT 'Bench small ' || ($1::int + g) FROM generate_series(1, $2::int) g`,
      [have, orgs],
    );
    await db.query(
      `WITH people AS (
         SELECT a.id, row_number() OVER (ORDER BY a.email) - 1 AS i FROM accounts.accounts a
         WHERE a.email LIKE 'bench-%' AND substring(a.email from 7 for length(a.email) - 17)::int BETWEEN $1::int + $2::int + 1 AND $1::int + $3::int
       ), small AS (
         SELECT o.id, row_number() OVER (ORDER BY o.name) - 1 AS j FROM accounts.organizations o
         WHERE o.name LIKE 'Bench small %' AND substring(o.name from 13)::int > $1::int
       )
       INSERT INTO accounts.memberships (organization_id, account_id, role)
       SELECT small.id, people.id, CASE WHEN people.i % 10 = 0 THEN 'OWNER' ELSE 'MEMBER' END
       FROM people JOIN small ON small.j = people.i / 10`,
      [have, toBig, add],
    );
  } finally {
    await db.query('ALTER TABLE accounts.memberships ENABLE TRIGGER memberships_single_owner');
    await db.query('ALTER TABLE accounts.organizations ENABLE TRIGGER organizations_single_owner');
  }
  const [{ bad }] = await db.query(
    `SELECT count(*)::int AS bad FROM accounts.organizations o
     WHERE (SELECT count(*) FROM accounts.memberships m WHERE m.organization_id = o.id AND m.role = 'OWNER') <> 1`,
  );
  if (bad > 0) throw new Error(`bulk load broke GA-5 in ${bad} organizations`);
  await db.query('ANALYZE accounts.accounts');
  await db.query('ANALYZE accounts.memberships');
  await db.query('ANALYZE accounts.organizations');
}

/** The viewer and the organizations the queries read, created through plain SQL once. */
export async function prepareViewer(db: DataSource): Promise<BenchData> {
  // One transaction: the deferred GA-5 trigger checks the new organization's owner at commit.
  return db.transaction(async (m) => {
    const [viewer] = await m.query(
      `INSERT INTO accounts.accounts (email, name, password_hash) VALUES ('viewer@bench.test', 'Bench viewer', 'not-a-login') RETURNING id`,
    );
    const [big] = await m.query(
      `INSERT INTO accounts.organizations (name) VALUES ('Bench big organization') RETURNING id`,
    );
    await m.query(`INSERT INTO accounts.memberships (organization_id, account_id, role) VALUES ($1, $2, 'OWNER')`, [
      big.id,
      viewer.id,
    ]);
    await m.query(
      `INSERT INTO product_roles.organization_products (organization_id, product) VALUES ($1, 'livechat')`,
      [big.id],
    );
    await m.query(
      `INSERT INTO product_roles.product_users (organization_id, product, account_id, role) VALUES ($1, 'livechat', $2, 'administrator')`,
      [big.id, viewer.id],
    );
    return { viewerId: viewer.id as string, bigOrgId: big.id as string, entityMembershipIds: [] };
  });
}

/** Makes the viewer a member of 100 small organizations and returns up to 1,000 memberships there. */
export async function entityMemberships(db: DataSource, viewerId: string): Promise<string[]> {
  const orgs: Array<{ id: string }> = await db.query(
    `SELECT id FROM accounts.organizations WHERE name LIKE 'Bench small %' ORDER BY name LIMIT 100`,
  );
  for (const o of orgs) {
    await db.query(
      `INSERT INTO accounts.memberships (organization_id, account_id, role) VALUES ($1, $2, 'MEMBER') ON CONFLICT DO NOTHING`,
      [o.id, viewerId],
    );
  }
  const rows: Array<{ id: string }> = await db.query(
    `SELECT id FROM accounts.memberships WHERE organization_id = ANY($1::uuid[]) AND account_id <> $2 ORDER BY seq LIMIT 1000`,
    [orgs.map((o) => o.id), viewerId],
  );
  return rows.map((r) => r.id);
}
