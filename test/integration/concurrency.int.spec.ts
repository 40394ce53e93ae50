import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { DomainError } from '../../subgraphs/common/errors';
import type { SubgraphDeps } from '../../subgraphs/common/subgraph';
import { accountsFactory, PASSWORD, useAccounts, type TestAccount } from '../support/factories';

const ctx = useAccounts();
let deps: SubgraphDeps;
let f: ReturnType<typeof accountsFactory>;
beforeAll(() => {
  ({ deps, f } = ctx);
});

// Refusals a racing request may legitimately get; anything else (deadlock, constraint error) is a bug.
const EXPECTED_REFUSALS = new Set([
  'FORBIDDEN',
  'NOT_A_MEMBER',
  'OWNER_CANNOT_BE_REMOVED',
  'OWNER_REQUIRED',
  'BAD_USER_INPUT',
]);

describe('GA-5 under concurrency', () => {
  it('leaves exactly one owner and at least one member after a storm of transfers, role changes and removals', async () => {
    const { org, owner } = await f.organization();
    const people: TestAccount[] = [owner];
    for (let i = 0; i < 6; i++) {
      const a = await f.account(`racer${i}`);
      await f.services.memberships.addMember(owner.viewer, {
        organizationId: org.id,
        email: a.email,
        role: PrimaryRole.ADMINISTRATOR,
      });
      people.push(a);
    }
    const m = f.services.memberships;
    const pick = (i: number) => people[i % people.length]!;
    const operations: Array<() => Promise<unknown>> = [];
    for (let i = 0; i < 80; i++) {
      const actor = pick(i);
      const target = pick(i * 7 + 3);
      const input = { organizationId: org.id, accountId: target.id };
      operations.push(
        [
          () => m.transferOwnership(actor.viewer, input),
          () =>
            m.setPrimaryRole(actor.viewer, { ...input, role: i % 2 ? PrimaryRole.MEMBER : PrimaryRole.ADMINISTRATOR }),
          () => m.removeMember(actor.viewer, input),
          () => m.leave(actor.viewer, { organizationId: org.id }),
          () => m.transferOwnership(actor.viewer, input),
        ][i % 5]!,
      );
    }
    const auditBefore = (
      await deps.db.query('SELECT count(*)::int AS n FROM accounts.audit_events WHERE organization_id = $1', [org.id])
    )[0].n;
    const results = await Promise.allSettled(operations.map((op) => op()));
    const unexpected = results.filter(
      (r) => r.status === 'rejected' && !(r.reason instanceof DomainError && EXPECTED_REFUSALS.has(r.reason.code)),
    );
    expect(unexpected).toEqual([]);

    const members = await deps.db.query(
      'SELECT primary_role FROM accounts.membership_roles WHERE organization_id = $1',
      [org.id],
    );
    expect(members.filter((r: { primary_role: string }) => r.primary_role === 'OWNER')).toHaveLength(1);
    expect(members.length).toBeGreaterThanOrEqual(1);
    // Some of each kind went through, so the race was real.
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(5);
    const auditAfter = (
      await deps.db.query('SELECT count(*)::int AS n FROM accounts.audit_events WHERE organization_id = $1', [org.id])
    )[0].n;
    expect(auditAfter).toBeGreaterThan(auditBefore);
  });
});

describe('X-9 deleteAccount under concurrency', () => {
  it('racing transfers to the account and additions of it: the account ends whole or stays whole, one owner always', async () => {
    // A deletion that lost the race to the other one finds no account (UNAUTHENTICATED, as its next request would).
    const ALLOWED = new Set(['OWNER_CANNOT_BE_REMOVED', 'NOT_A_MEMBER', 'CONFLICT', 'NOT_FOUND', 'UNAUTHENTICATED']);
    for (let round = 0; round < 6; round++) {
      const { org, owner, admin: person } = await f.organization();
      const other = await f.account(`other${round}`);
      const second = await f.services.organizations.create(other.viewer, { name: `Second ${other.email}` });
      const { accounts, memberships } = f.services;
      // The deletion proves the password first (a hash): later rounds start the others later, so each side wins.
      const later = <T>(fn: () => Promise<T>) => new Promise((resolve) => setTimeout(resolve, round * 25)).then(fn);
      const results = await Promise.allSettled([
        accounts.deleteAccount(person.viewer, { password: PASSWORD }),
        later(() => memberships.transferOwnership(owner.viewer, { organizationId: org.id, accountId: person.id })),
        later(() =>
          memberships.addMember(other.viewer, {
            organizationId: second.id,
            email: person.email,
            role: PrimaryRole.MEMBER,
          }),
        ),
        accounts.deleteAccount(person.viewer, { password: PASSWORD }),
      ]);
      const unexpected = results.filter(
        (r) => r.status === 'rejected' && !(r.reason instanceof DomainError && ALLOWED.has(r.reason.code)),
      );
      expect(unexpected).toEqual([]);
      const q = async (sql: string, params: unknown[]) => Number((await deps.db.query(sql, params))[0].n);
      // One owner in each organization, whatever won.
      for (const o of [org.id, second.id])
        expect(
          await q("SELECT count(*) AS n FROM accounts.memberships WHERE organization_id = $1 AND role = 'OWNER'", [o]),
        ).toBe(1);
      const exists = await q('SELECT count(*) AS n FROM accounts.accounts WHERE id = $1', [person.id]);
      const rows = await q('SELECT count(*) AS n FROM accounts.memberships WHERE account_id = $1', [person.id]);
      if (exists === 0) {
        // Deleted: nothing of it is left, and the transfer to it did not happen.
        expect(rows).toBe(0);
        expect(results[0]!.status === 'fulfilled' || results[3]!.status === 'fulfilled').toBe(true);
      } else {
        // Kept: every deletion was refused, and it still owns what the transfer gave it or is a member as before.
        expect(results[0]!.status).toBe('rejected');
        expect(results[3]!.status).toBe('rejected');
        expect(rows).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
