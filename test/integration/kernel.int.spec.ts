import { randomUUID } from 'node:crypto';
import { allow, deny, runAccessChange } from '../../subgraphs/common/access/kernel';
import { DomainError } from '../../subgraphs/common/errors';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { useSubgraphDeps } from '../support/system';

// The access kernel (STYLE 5, issue 9): locks → facts → re-check → work → audit, in one transaction.
const deps = useSubgraphDeps(accountsSubgraph as never);
const viewer = () => ({ accountId: randomUUID() });
const auditCount = async (organizationId: string): Promise<number> => {
  const [{ n }] = await deps.current.db.query(
    'SELECT count(*)::int AS n FROM accounts.audit_events WHERE organization_id = $1',
    [organizationId],
  );
  return n as number;
};

describe('runAccessChange', () => {
  it('runs the work and writes its audit event in the same transaction when the re-check allows', async () => {
    const organizationId = randomUUID();
    const result = await runAccessChange(
      deps.current.db,
      {
        viewer: viewer(),
        organizationId,
        locks: [`test:${organizationId}`],
        facts: () => Promise.resolve('fresh'),
        check: () => allow('ok'),
      },
      async (tx) => {
        await tx.audit('test.changed', 'Thing', 't1', null, { facts: tx.facts });
        return tx.facts;
      },
    );
    expect(result).toBe('fresh');
    expect(await auditCount(organizationId)).toBe(1);
  });

  it('refuses with FORBIDDEN and the decision reason before any work when the re-check denies', async () => {
    const organizationId = randomUUID();
    const work = jest.fn();
    const err = await runAccessChange(
      deps.current.db,
      {
        viewer: viewer(),
        organizationId,
        locks: [],
        facts: () => Promise.resolve(null),
        check: () => deny('you hold no role here'),
      },
      work,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('FORBIDDEN');
    expect((err as DomainError).message).toBe('Not allowed: you hold no role here');
    expect(work).not.toHaveBeenCalled();
  });

  it('rolls the audit event back with a change that fails after writing it', async () => {
    const organizationId = randomUUID();
    await expect(
      runAccessChange(
        deps.current.db,
        { viewer: viewer(), organizationId, locks: [], facts: () => Promise.resolve(null) },
        async (tx) => {
          await tx.audit('test.changed', 'Thing', 't1', null, null);
          tx.require(deny('refused after the audit'));
        },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditCount(organizationId)).toBe(0);
  });

  it('serializes changes that share a lock key (the facts of the second are read after the first commits)', async () => {
    const key = `test:${randomUUID()}`;
    const order: string[] = [];
    let counter = 0;
    const change = (name: string) =>
      runAccessChange(
        deps.current.db,
        { viewer: viewer(), organizationId: null, locks: [key, key], facts: () => Promise.resolve(counter) },
        async (tx) => {
          order.push(`${name}:${tx.facts}`);
          await new Promise((r) => setTimeout(r, 50));
          counter += 1;
        },
      );
    await Promise.all([change('a'), change('b')]);
    expect(order.map((o) => o.split(':')[1])).toEqual(['0', '1']);
  });

  it('reports a deferred invariant of another domain (SQLSTATE 23514) as CONFLICT with its message', async () => {
    const err = await runAccessChange(
      deps.current.db,
      { viewer: viewer(), organizationId: null, locks: [], facts: () => Promise.resolve(null) },
      async (tx) => {
        await tx.manager.query(
          `DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = '23514', MESSAGE = 'chatbot: the company keeps its owner'; END $$`,
        );
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'the company keeps its owner' });
  });
});
