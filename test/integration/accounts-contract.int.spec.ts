import { randomUUID } from 'node:crypto';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import {
  ACCOUNTS_VIEW_COLUMNS,
  ACCOUNTS_VIEWS,
  accountByEmail,
  createOrganization,
  joinOrganization,
  membershipOf,
  membersWithRole,
  organizationById,
} from '../../subgraphs/common/contracts/accounts';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { accountsFactory } from '../support/factories';
import { useSubgraphDeps } from '../support/system';

// Issue 11: the accounts' published views and functions are read through one typed module; this test fails
// when a view loses a column the module reads, or a function changes its signature.
const deps = useSubgraphDeps(accountsSubgraph as never);

describe('the accounts contract (subgraphs/common/contracts/accounts.ts)', () => {
  it.each(Object.entries(ACCOUNTS_VIEWS))('view %s has every column the module reads', async (key, view) => {
    const [schema, name] = view.split('.');
    const columns: Array<{ column_name: string }> = await deps.current.db.query(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
      [schema, name],
    );
    const present = columns.map((c) => c.column_name);
    expect(present.length).toBeGreaterThan(0);
    for (const column of ACCOUNTS_VIEW_COLUMNS[key as keyof typeof ACCOUNTS_VIEWS]) expect(present).toContain(column);
  });

  it('the published functions create an organization, add a member, and the views show both', async () => {
    const f = accountsFactory(deps.current);
    const owner = await f.account('contract-owner');
    const joiner = await f.account('contract-joiner');
    const organizationId = await deps.current.db.transaction(async (manager) => {
      const id = await createOrganization(manager, {
        name: 'Contract Co',
        ownerAccountId: owner.id,
        actorAccountId: owner.id,
        reason: 'contract test',
      });
      await joinOrganization(manager, {
        organizationId: id,
        accountId: joiner.id,
        actorAccountId: owner.id,
        reason: 'contract test',
      });
      return id;
    });
    expect(await organizationById(deps.current.db, organizationId)).toEqual({ organizationId, name: 'Contract Co' });
    expect((await membersWithRole(deps.current.db, organizationId, PrimaryRole.OWNER)).map((m) => m.accountId)).toEqual(
      [owner.id],
    );
    expect(await membershipOf(deps.current.db, organizationId, joiner.id)).toMatchObject({
      accountId: joiner.id,
      primaryRole: 'MEMBER',
      customRoles: [],
    });
    expect(await accountByEmail(deps.current.db, joiner.email)).toMatchObject({ accountId: joiner.id });
    expect(await membershipOf(deps.current.db, organizationId, randomUUID())).toBeNull();
  });
});
