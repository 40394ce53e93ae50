import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { RoleService } from '../../subgraphs/department-groups/role/role.service';
import { UserGroupService } from '../../subgraphs/department-groups/user-group/user-group.service';
import { dgCodes, useDepartmentGroups, type SampleOrganization } from '../support/department-groups';
import { outcome } from '../support/factories';

const dg = useDepartmentGroups();
let services: { userGroups: UserGroupService; roles: RoleService; operators: OperatorService };
beforeAll(() => {
  const db = dg.deps.db;
  services = { userGroups: new UserGroupService(db), roles: new RoleService(db), operators: new OperatorService(db) };
});

type Who = 'owner' | 'admin' | 'usLeader' | 'manager';
const group = (s: SampleOrganization, name: string) => s.ids.userGroups.get(name)!;
const dgroup = (s: SampleOrganization, name: string) => s.ids.departmentGroups.get(name)!;
const viewerOf = (s: SampleOrganization, who: Who): Viewer => s[who].viewer;

async function addMember(s: SampleOrganization): Promise<string> {
  const a = await dg.f.account('newcomer');
  await dg.f.services.memberships.addMember(s.owner.viewer, {
    organizationId: s.organizationId,
    email: a.email,
    role: 'MEMBER' as never,
  });
  return a.id;
}

/** Everything a refused change must leave as it was. */
async function stateOf(organizationId: string) {
  const q = (sql: string) => dg.deps.db.query(sql, [organizationId]);
  return {
    members: await q(
      'SELECT user_group_id, account_id FROM department_groups.user_group_members WHERE organization_id = $1 ORDER BY 1, 2',
    ),
    departmentGroups: await q(
      'SELECT department_group_id, account_id FROM department_groups.operator_department_groups WHERE organization_id = $1 ORDER BY 1, 2',
    ),
    groupRoles: await q(
      'SELECT r.user_group_id, r.role_id FROM department_groups.user_group_roles r JOIN department_groups.user_groups g ON g.id = r.user_group_id WHERE g.organization_id = $1 ORDER BY 1, 2',
    ),
    grants: await q(
      'SELECT g.role_id, g.module, g.function FROM department_groups.role_grants g JOIN department_groups.roles r ON r.id = g.role_id WHERE r.organization_id = $1 ORDER BY 1, 2, 3',
    ),
    audit: (await q('SELECT count(*)::int AS n FROM department_groups.audit_events WHERE organization_id = $1'))[0].n,
  };
}

/**
 * A user group "Extra" holding one role of the given grants, which the Team Leader and US Managers groups may
 * work with (so LHC-6 alone would let the US leader and the manager put users in it).
 */
async function extraGroup(s: SampleOrganization, grants: Array<{ module: string; function: string }>) {
  const role = await services.roles.createRole(s.owner.viewer, {
    organizationId: s.organizationId,
    name: 'Extra',
    grants,
  });
  const extra = await services.userGroups.createUserGroup(s.owner.viewer, {
    organizationId: s.organizationId,
    name: 'Extra',
    roleIds: [role.id],
  });
  for (const [g, workWith] of [
    ['Team Leader', ['Operators', 'Extra']],
    ['US Managers', ['US Operators', 'US Team Leaders', 'Extra']],
  ] as const) {
    await services.userGroups.setUserGroupWorkWith(s.owner.viewer, {
      organizationId: s.organizationId,
      userGroupId: group(s, g),
      workWithIds: workWith.map((w) => (w === 'Extra' ? extra.id : group(s, w))),
    });
  }
  return { role: role.id, group: extra.id };
}

type Op = (s: SampleOrganization, newcomer: string) => Promise<unknown>;
const createIn =
  (who: Who, groups: string[], grants: Array<{ module: string; function: string }> | null = null): Op =>
  async (s, newcomer) => {
    const extra = grants ? await extraGroup(s, grants) : null;
    return services.operators.createOperator(viewerOf(s, who), {
      organizationId: s.organizationId,
      accountId: newcomer,
      userGroupIds: groups.map((g) => (g === 'Extra' ? extra!.group : group(s, g))),
    });
  };

describe('issue 9 item 4: grant ceiling in department-groups (LHC-6, nobody edits their own grants or grants more)', () => {
  const TABLE: Array<[string, Op, string]> = [
    // Nobody edits their own grants.
    [
      'the US leader changes its own user groups',
      (s) =>
        services.operators.setOperatorUserGroups(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: s.usLeader.id,
          userGroupIds: [group(s, 'Team Leader')],
        }),
      'FORBIDDEN',
    ],
    [
      'the US leader changes its own department groups',
      (s) =>
        services.operators.setOperatorDepartmentGroups(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: s.usLeader.id,
          departmentGroupIds: [],
        }),
      'FORBIDDEN',
    ],
    [
      'the manager changes its own user groups',
      (s) =>
        services.operators.setOperatorUserGroups(s.manager.viewer, {
          organizationId: s.organizationId,
          accountId: s.manager.id,
          userGroupIds: [group(s, 'Managers'), group(s, 'US Managers'), group(s, 'AU Managers')],
        }),
      'FORBIDDEN',
    ],
    [
      'the administrator makes itself an operator',
      (s) =>
        services.operators.createOperator(s.admin.viewer, {
          organizationId: s.organizationId,
          accountId: s.admin.id,
          userGroupIds: [group(s, 'Managers')],
        }),
      'FORBIDDEN',
    ],
    // Nobody grants what they do not hold.
    [
      'the US leader puts a user in Operators + US Operators (seed 001)',
      createIn('usLeader', ['Operators', 'US Operators']),
      'OK',
    ],
    [
      'the US leader puts a user in a group granting lhdepartment/managegroups, which it lacks',
      createIn('usLeader', ['Operators', 'Extra'], [{ module: 'lhdepartment', function: 'managegroups' }]),
      'FORBIDDEN',
    ],
    [
      'the US leader puts a user in a group granting lhuser/*, of which it lacks some',
      createIn('usLeader', ['Operators', 'Extra'], [{ module: 'lhuser', function: '*' }]),
      'FORBIDDEN',
    ],
    [
      'the US leader puts a user in a group granting lhuser/createuser, which it holds',
      createIn('usLeader', ['Operators', 'Extra'], [{ module: 'lhuser', function: 'createuser' }]),
      'OK',
    ],
    [
      'the US leader puts a user in a group granting see_all (every department; it sees only US)',
      createIn('usLeader', ['Operators', 'Extra'], [{ module: 'lhdepartment', function: 'see_all' }]),
      'FORBIDDEN',
    ],
    [
      'the manager puts a user in US Operators + Extra granting lhdepartment/managegroups (required group given)',
      async (s, newcomer) => {
        const extra = await extraGroup(s, [{ module: 'lhdepartment', function: 'managegroups' }]);
        await services.userGroups.updateUserGroup(s.owner.viewer, {
          organizationId: s.organizationId,
          userGroupId: extra.group,
          required: true,
        });
        return services.operators.createOperator(s.manager.viewer, {
          organizationId: s.organizationId,
          accountId: newcomer,
          userGroupIds: [group(s, 'US Operators'), extra.group],
        });
      },
      'OK',
    ],
    [
      'the US leader moves the US operator into a group granting managegroups',
      async (s) => {
        const extra = await extraGroup(s, [{ module: 'lhdepartment', function: 'managegroups' }]);
        return services.operators.setOperatorUserGroups(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: s.usOperator.id,
          userGroupIds: [group(s, 'Operators'), group(s, 'US Operators'), extra.group],
        });
      },
      'FORBIDDEN',
    ],
    // Roles are assigned only by owners and administrators: a team leader assigns none, held or not.
    [
      'the US leader gives a user group a role',
      (s) =>
        services.userGroups.setUserGroupRoles(s.usLeader.viewer, {
          organizationId: s.organizationId,
          userGroupId: group(s, 'US Operators'),
          roleIds: [s.ids.roles.get('Teamleader')!],
        }),
      'FORBIDDEN',
    ],
    [
      "the manager (lhuser/*) edits a role's grants",
      (s) =>
        services.roles.setRoleGrants(s.manager.viewer, {
          organizationId: s.organizationId,
          roleId: s.ids.roles.get('Operators')!,
          grants: [{ module: 'lhuser', function: '*' }],
        }),
      'FORBIDDEN',
    ],
    // LHC-6 still bounds team leaders.
    [
      'the US leader assigns Departments AU (not its own)',
      (s, newcomer) =>
        services.operators.createOperator(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: newcomer,
          userGroupIds: [group(s, 'Operators')],
          departmentGroupIds: [dgroup(s, 'Departments AU')],
        }),
      'FORBIDDEN',
    ],
    ['the owner puts a user anywhere', createIn('owner', ['Managers', 'Administrators']), 'OK'],
  ];

  it.each(TABLE.map(([name, op, expected]) => [name, expected, op] as const))('%s → %s', async (_n, expected, op) => {
    const s = await dg.sample();
    const newcomer = await addMember(s);
    const before = await stateOf(s.organizationId);
    expect(await outcome(op(s, newcomer))).toBe(expected);
    const after = await stateOf(s.organizationId);
    // A cell's set-up (the Extra group) is a change of its own; who is in which group must not change when refused.
    if (expected !== 'OK') {
      expect(after.members).toEqual(before.members);
      expect(after.departmentGroups).toEqual(before.departmentGroups);
    } else expect(after.audit).toBeGreaterThan(before.audit);
  });

  it('refuses editing one’s own grants through the schema too (the field policy calls the same decide())', async () => {
    const s = await dg.sample();
    const before = await stateOf(s.organizationId);
    const res = await dg.run(
      s.usLeader.viewer,
      'mutation($i: SetOperatorDepartmentGroupsInput!) { setOperatorDepartmentGroups(input: $i) { operator { accountId } } }',
      { i: { organizationId: s.organizationId, accountId: s.usLeader.id, departmentGroupIds: [] } },
    );
    expect(res.data).toEqual({ setOperatorDepartmentGroups: null });
    expect(dgCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stateOf(s.organizationId)).toEqual(before);
  });
});

describe('issue 9 item 4: nobody acts on a higher organization rank through department-groups (OWNER > ADMINISTRATOR > MEMBER)', () => {
  const leaderGroups = (s: SampleOrganization) => [group(s, 'Operators'), group(s, 'US Operators')];

  it('the US leader (a MEMBER) cannot make the organization administrator an operator', async () => {
    const s = await dg.sample();
    const before = await stateOf(s.organizationId);
    const made = services.operators.createOperator(s.usLeader.viewer, {
      organizationId: s.organizationId,
      accountId: s.admin.id,
      userGroupIds: leaderGroups(s),
    });
    expect(await outcome(made)).toBe('FORBIDDEN');
    expect(await stateOf(s.organizationId)).toEqual(before);
  });

  it.each(['owner', 'admin'] as const)(
    'the US leader cannot edit the groups of the organization %s, an operator in groups it works with',
    async (who) => {
      const s = await dg.sample();
      // Set up directly: nobody outranks the owner, so no API call could make the owner an operator.
      await dg.deps.db.query(
        `INSERT INTO department_groups.user_group_members (user_group_id, organization_id, account_id)
         SELECT unnest($1::uuid[]), $2, $3`,
        [leaderGroups(s), s.organizationId, s[who].id],
      );
      const before = await stateOf(s.organizationId);
      // One at a time: each call starts only when awaited, so no refusal goes unobserved.
      const edits = [
        () =>
          services.operators.setOperatorUserGroups(s.usLeader.viewer, {
            organizationId: s.organizationId,
            accountId: s[who].id,
            userGroupIds: [group(s, 'Operators')],
          }),
        () =>
          services.operators.setOperatorDepartmentGroups(s.usLeader.viewer, {
            organizationId: s.organizationId,
            accountId: s[who].id,
            departmentGroupIds: [dgroup(s, 'Departments US')],
          }),
      ];
      for (const edit of edits) expect(await outcome(edit())).toBe('FORBIDDEN');
      expect(await stateOf(s.organizationId)).toEqual(before);
    },
  );

  it('refuses it through the schema too (the field policy calls the same decide())', async () => {
    const s = await dg.sample();
    const before = await stateOf(s.organizationId);
    const res = await dg.run(
      s.usLeader.viewer,
      'mutation($i: CreateOperatorInput!) { createOperator(input: $i) { operator { accountId } } }',
      { i: { organizationId: s.organizationId, accountId: s.owner.id, userGroupIds: leaderGroups(s) } },
    );
    expect(dgCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stateOf(s.organizationId)).toEqual(before);
  });
});
