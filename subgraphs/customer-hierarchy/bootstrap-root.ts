import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../common/config';
import { migrate } from '../common/db/data-source';
import { runMain } from '../common/process';
import { dataSourceFor, type SubgraphModule } from '../common/subgraph';
import type { AccessContext } from '../common/access/policy';
import { customerHierarchySubgraph } from './customer-hierarchy.subgraph';
import { bootstrapRoot } from './portal-role/portal-role.service';

/**
 * The production bootstrap of the first ROOT (ROOT is never granted through the API):
 * `node dist/subgraphs/customer-hierarchy/bootstrap-root.js <email of a registered account>`. Idempotent, audited.
 */
async function main() {
  const email = process.argv[2];
  if (!email) throw new Error('usage: bootstrap-root <email of a registered account>');
  loadDotEnv();
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set');
  const db = dataSourceFor(customerHierarchySubgraph as unknown as SubgraphModule<AccessContext>, config.databaseUrl);
  await db.initialize();
  try {
    await migrate(db);
    console.log(`ROOT assignment ${await bootstrapRoot(db, email)} for ${email}`);
  } finally {
    await db.destroy();
  }
}

runMain(main);
