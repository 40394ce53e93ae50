import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { dgCodes, useDepartmentGroups, type SampleOrganization } from '../support/department-groups';
import { outcome } from '../support/factories';

const dg = useDepartmentGroups();

/** The account's grants here: user-group memberships (operator) and department-group assignments. */
async function grantsOf(organizationId: string, accountId: string) {
  const q = (sql: string) => dg.deps.db.query(sql, [organizationId, accountId]);
  return {
    userGroups: await q(
      'SELECT user_group_id FROM department_groups.user_group_members WHERE organization_id = $1 AND account_id = $2',
    ),
    departmentGroups: await q(
      'SELECT department_group_id FROM department_groups.operator_department_groups WHERE organization_id = $1 AND account_id = $2',
    ),
  };
}

async function offboardedEvents(organizationId: string, accountId: string) {
  return dg.deps.db.query(
    `SELECT actor_account_id, target_type, before, after FROM department_groups.audit_events
     WHERE organization_id = $1 AND action = 'member.offboarded' AND target_id = $2 ORDER BY seq`,
    [organizationId, accountId],
  );
}

async function usChat(s: SampleOrganization): Promise<string> {
  const [chat] = await dg.deps.db.query('SELECT id FROM department_groups.chats WHERE department_id = $1', [
    s.ids.departments.get('Departments US')!,
  ]);
  return chat.id as string;
}

const CHAT = 'query($id: ID!) { chat(id: $id) { visitorName } }';
const OPERATORS =
  'query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { operators { accountId } } } }';

describe('X-6, GA-11: removing a member ends its department-groups grants in the same transaction', () => {
  it('removeOrganizationMember deletes its user groups and department groups, with one event naming them', async () => {
    const s = await dg.sample({ chats: true });
    expect((await dg.run(s.usOperator.viewer, CHAT, { id: await usChat(s) })).errors).toBeUndefined();
    await dg.f.services.memberships.removeMember(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.usOperator.id,
    });
    expect(await grantsOf(s.organizationId, s.usOperator.id)).toEqual({ userGroups: [], departmentGroups: [] });
    const events = await offboardedEvents(s.organizationId, s.usOperator.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      target_type: 'Account',
      after: null,
      before: {
        operator: true,
        userGroups: [
          { id: s.ids.userGroups.get('Operators'), name: 'Operators' },
          { id: s.ids.userGroups.get('US Operators'), name: 'US Operators' },
        ],
        departmentGroups: [{ id: s.ids.departmentGroups.get('Departments US'), name: 'Departments US', number: 2 }],
      },
    });
    // The actor comes from the kernel's identity.actor_account_id (null until accounts' removal runs through it).
    expect([s.owner.id, null]).toContain(events[0].actor_account_id);

    // Re-added as a plain MEMBER: not an operator, reads no chats, nothing comes back.
    await dg.f.services.memberships.addMember(s.owner.viewer, {
      organizationId: s.organizationId,
      email: s.usOperator.email,
      role: PrimaryRole.MEMBER,
    });
    expect(await grantsOf(s.organizationId, s.usOperator.id)).toEqual({ userGroups: [], departmentGroups: [] });
    const chat = await dg.run(s.usOperator.viewer, CHAT, { id: await usChat(s) });
    expect(chat.data).toEqual({ chat: null });
    expect(dgCodes(chat)).toEqual(['FORBIDDEN']);
    const operators = await dg.run(s.owner.viewer, OPERATORS, { o: s.organizationId });
    expect(operators.data!._entities[0].operators.map((o: { accountId: string }) => o.accountId)).not.toContain(
      s.usOperator.id,
    );
    expect(await offboardedEvents(s.organizationId, s.usOperator.id)).toHaveLength(1);
  });

  it('a member leaving ends its grants the same way', async () => {
    const s = await dg.sample();
    await dg.f.services.memberships.leave(s.usLeader.viewer, { organizationId: s.organizationId });
    expect(await grantsOf(s.organizationId, s.usLeader.id)).toEqual({ userGroups: [], departmentGroups: [] });
    const [event] = await offboardedEvents(s.organizationId, s.usLeader.id);
    expect(event.before.userGroups.map((g: { name: string }) => g.name)).toEqual(['Team Leader', 'US Team Leaders']);
    expect(event.before.departmentGroups.map((g: { name: string }) => g.name)).toEqual(['Departments US']);
  });

  it('writes no event when the account held nothing here', async () => {
    const s = await dg.sample();
    await dg.f.services.memberships.removeMember(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.member.id,
    });
    expect(await offboardedEvents(s.organizationId, s.member.id)).toEqual([]);
  });

  it('names the actor the kernel sets, in the removal’s transaction; a failed removal removes nothing', async () => {
    const s = await dg.sample();
    const runner = dg.deps.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query("SELECT set_config('identity.actor_account_id', $1, true)", [s.admin.id]);
      await runner.query('DELETE FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2', [
        s.organizationId,
        s.auOperator.id,
      ]);
      // Inside the transaction: already gone, already audited.
      const inside = await runner.query(
        'SELECT count(*)::int AS n FROM department_groups.user_group_members WHERE organization_id = $1 AND account_id = $2',
        [s.organizationId, s.auOperator.id],
      );
      expect(inside).toEqual([{ n: 0 }]);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    // Rolled back: nothing removed, no event.
    expect((await grantsOf(s.organizationId, s.auOperator.id)).userGroups).toHaveLength(2);
    expect(await offboardedEvents(s.organizationId, s.auOperator.id)).toEqual([]);
    await dg.deps.db.transaction(async (m) => {
      await m.query("SELECT set_config('identity.actor_account_id', $1, true)", [s.admin.id]);
      await m.query('DELETE FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2', [
        s.organizationId,
        s.auOperator.id,
      ]);
    });
    expect((await offboardedEvents(s.organizationId, s.auOperator.id))[0].actor_account_id).toBe(s.admin.id);
  });

  it('the database refuses grants of a non-member (deferred FK), so no race brings them back', async () => {
    const s = await dg.sample();
    const stranger = await dg.f.account('stranger');
    const err = await dg.deps.db
      .query(
        'INSERT INTO department_groups.user_group_members (user_group_id, organization_id, account_id) VALUES ($1, $2, $3)',
        [s.ids.userGroups.get('Operators'), s.organizationId, stranger.id],
      )
      .then(
        () => null,
        (e: { code?: string; driverError?: { code?: string } }) => e.driverError?.code ?? e.code,
      );
    expect(err).toBe('23503');
    const err2 = await dg.deps.db
      .query(
        'INSERT INTO department_groups.operator_department_groups (department_group_id, organization_id, account_id) VALUES ($1, $2, $3)',
        [s.ids.departmentGroups.get('Departments US'), s.organizationId, stranger.id],
      )
      .then(
        () => null,
        (e: { code?: string; driverError?: { code?: string } }) => e.driverError?.code ?? e.code,
      );
    expect(err2).toBe('23503');
    // Through the service: not a member, a clear error.
    expect(
      await outcome(
        new OperatorService(dg.deps.db).createOperator(s.owner.viewer, {
          organizationId: s.organizationId,
          accountId: stranger.id,
          userGroupIds: [s.ids.userGroups.get('Operators')!],
        }),
      ),
    ).toBe('NOT_A_MEMBER');
  });
});
