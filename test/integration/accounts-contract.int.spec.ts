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
  renameOrganization,
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

  it('rename_organization renames under the row lock, trims, audits before/after, and rejects bad names', async () => {
    const f = accountsFactory(deps.current);
    const owner = await f.account('contract-renamer');
    const db = deps.current.db;
    const organizationId = await createOrganization(db, {
      name: 'Old Name',
      ownerAccountId: owner.id,
      actorAccountId: owner.id,
      reason: 'contract test',
    });
    const renamed = await renameOrganization(db, {
      organizationId,
      name: '  New Name  ',
      actorAccountId: owner.id,
      reason: 'contract test',
    });
    expect(renamed).toBe('New Name');
    expect(await organizationById(db, organizationId)).toEqual({ organizationId, name: 'New Name' });
    const events: Array<{ action: string; before: unknown; after: unknown; actor_account_id: string }> = await db.query(
      `SELECT action, before, after, actor_account_id FROM accounts.audit_events
        WHERE organization_id = $1 AND action = 'organization.renamed'`,
      [organizationId],
    );
    expect(events).toEqual([
      {
        action: 'organization.renamed',
        before: { name: 'Old Name' },
        after: { name: 'New Name', reason: 'contract test' },
        actor_account_id: owner.id,
      },
    ]);
    for (const bad of ['', '   ', 'x'.repeat(101), 'Bad\u0007Name']) {
      await expect(
        renameOrganization(db, { organizationId, name: bad, actorAccountId: owner.id, reason: 'contract test' }),
      ).rejects.toMatchObject({ code: '22023' });
    }
    await expect(
      renameOrganization(db, { organizationId: randomUUID(), name: 'X', actorAccountId: owner.id, reason: 'contract' }),
    ).rejects.toMatchObject({ code: 'P0002' });
    expect(await organizationById(db, organizationId)).toEqual({ organizationId, name: 'New Name' });
  });
});
