import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { DepartmentService } from '../../subgraphs/department-groups/department/department.service';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { RoleService } from '../../subgraphs/department-groups/role/role.service';
import { UserGroupService } from '../../subgraphs/department-groups/user-group/user-group.service';
import { ChatService } from '../../subgraphs/department-groups/chat/chat.service';
import { dgCodes, useDepartmentGroups, type SampleOrganization } from '../support/department-groups';
import { outcome } from '../support/factories';

const dg = useDepartmentGroups();
let services: {
  departments: DepartmentService;
  userGroups: UserGroupService;
  roles: RoleService;
  operators: OperatorService;
  chats: ChatService;
};
beforeAll(() => {
  const db = dg.deps.db;
  services = {
    departments: new DepartmentService(db),
    userGroups: new UserGroupService(db),
    roles: new RoleService(db),
    operators: new OperatorService(db),
    chats: new ChatService(db),
  };
});

async function fieldOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    return (err as { details?: { field?: unknown } }).details?.field;
  }
}

/** Everything of an organization in this subgraph a refused change must leave as it was (X-3: no audit either). */
async function stateOf(organizationId: string) {
  const q = (sql: string) => dg.deps.db.query(sql, [organizationId]);
  return {
    members: await q(
      'SELECT user_group_id, account_id FROM department_groups.user_group_members WHERE organization_id = $1 ORDER BY 1, 2',
    ),
    departmentGroups: await q(
      'SELECT department_group_id, account_id FROM department_groups.operator_department_groups WHERE organization_id = $1 ORDER BY 1, 2',
    ),
    groups: await q(
      'SELECT id, name, required FROM department_groups.user_groups WHERE organization_id = $1 ORDER BY id',
    ),
    grants: await q(
      'SELECT g.role_id, g.module, g.function, g.limitation FROM department_groups.role_grants g JOIN department_groups.roles r ON r.id = g.role_id WHERE r.organization_id = $1 ORDER BY 1, 2, 3',
    ),
    roles: await q('SELECT id, name FROM department_groups.roles WHERE organization_id = $1 ORDER BY id'),
    departments: await q('SELECT id FROM department_groups.departments WHERE organization_id = $1 ORDER BY id'),
    audit: (await q('SELECT count(*)::int AS n FROM department_groups.audit_events WHERE organization_id = $1'))[0].n,
  };
}

const group = (o: SampleOrganization, name: string) => o.ids.userGroups.get(name)!;
const dgroup = (o: SampleOrganization, name: string) => o.ids.departmentGroups.get(name)!;
const department = (o: SampleOrganization, name: string) => o.ids.departments.get(name)!;

let o: SampleOrganization;
beforeAll(async () => {
  o = await dg.sample({ chats: true });
}, 60000);

describe('LHC-1: department groups are made of departments of the same organization', () => {
  it('creates a group of departments and replaces its departments, audited', async () => {
    const s = await dg.sample();
    const created = await services.departments.createDepartmentGroup(s.owner.viewer, {
      organizationId: s.organizationId,
      name: 'Both',
      departmentIds: [department(s, 'Departments AU'), department(s, 'Departments US')],
    });
    expect(created.number).toBe(3);
    await services.departments.setDepartmentGroupDepartments(s.owner.viewer, {
      organizationId: s.organizationId,
      departmentGroupId: created.id,
      departmentIds: [department(s, 'Departments US')],
    });
    const members = await dg.deps.db.query(
      'SELECT department_id FROM department_groups.department_group_members WHERE department_group_id = $1',
      [created.id],
    );
    expect(members).toEqual([{ department_id: department(s, 'Departments US') }]);
    const [event] = await dg.deps.db.query(
      'SELECT * FROM department_groups.audit_events WHERE target_id = $1 ORDER BY seq DESC LIMIT 1',
      [created.id],
    );
    expect(event).toMatchObject({
      actor_account_id: s.owner.id,
      action: 'department_group.departments_set',
      before: { departmentIds: [department(s, 'Departments AU'), department(s, 'Departments US')].sort() },
      after: { departmentIds: [department(s, 'Departments US')] },
    });
  });

  it("refuses another organization's department (NOT_FOUND naming departmentIds) and changes nothing", async () => {
    const other = await dg.sample();
    const before = await stateOf(o.organizationId);
    const p = services.departments.createDepartmentGroup(o.owner.viewer, {
      organizationId: o.organizationId,
      name: 'Foreign',
      departmentIds: [department(other, 'Departments AU')],
    });
    expect(await fieldOf(p)).toBe('departmentIds');
    expect(await stateOf(o.organizationId)).toEqual(before);
  });
});

describe('LHC-3: grants are validated against the catalogue; limitations are validated JSON', () => {
  it.each([
    ['bad JSON', { module: 'lhdepartment', function: 'see_all', limitation: '{"group":[2]' }, 'grants[0].limitation'],
    ['a JSON array', { module: 'lhdepartment', function: 'see_all', limitation: '[2]' }, 'grants[0].limitation'],
    [
      'an unknown limitation key',
      { module: 'lhdepartment', function: 'see_all', limitation: '{"groups":[2]}' },
      'grants[0].limitation',
    ],
    [
      'an unknown department group',
      { module: 'lhdepartment', function: 'see_all', limitation: '{"group":[99]}' },
      'grants[0].limitation',
    ],
    ['an unknown module', { module: 'lhnothing', function: 'use' }, 'grants[0].module'],
    ['an unknown function', { module: 'lhchat', function: 'fly' }, 'grants[0].function'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_name, grant, field) => {
    const before = await stateOf(o.organizationId);
    const input = { organizationId: o.organizationId, name: 'Broken', grants: [grant] };
    expect(await outcome(services.roles.createRole(o.owner.viewer, input))).toBe('BAD_USER_INPUT');
    expect(await fieldOf(services.roles.createRole(o.owner.viewer, input))).toBe(field);
    const gql = await dg.run(
      o.owner.viewer,
      'mutation($i: CreateOperatorRoleInput!) { createOperatorRole(input: $i) { operatorRole { id } } }',
      { i: input },
    );
    expect(dgCodes(gql)).toEqual(['BAD_USER_INPUT']);
    expect(gql.errors![0]!.extensions!.field).toBe(field);
    expect(await stateOf(o.organizationId)).toEqual(before);
  });

  it('accepts * as every function of a module, and a valid limitation, normalised', async () => {
    const role = await services.roles.createRole(o.owner.viewer, {
      organizationId: o.organizationId,
      name: 'Star',
      grants: [
        { module: 'lhchat', function: '*' },
        { module: 'lhdepartment', function: 'see_all', limitation: ' {"group":[2,1,2]} ' },
      ],
    });
    const rows = await dg.deps.db.query(
      'SELECT module, function, limitation FROM department_groups.role_grants WHERE role_id = $1 ORDER BY position',
      [role.id],
    );
    expect(rows).toEqual([
      { module: 'lhchat', function: '*', limitation: null },
      { module: 'lhdepartment', function: 'see_all', limitation: { group: [1, 2] } },
    ]);
  });
});

describe('LHC-4: permissions are the union of the groups’ roles; a required group is always kept', () => {
  it("gives the US operator both the Operators role's grants and the Operators US limitation", async () => {
    const res = await dg.run(
      o.usOperator.viewer,
      'query($a: [_Any!]!, $o: ID!) { _entities(representations: $a) { ... on Account { effectivePermissions(organizationId: $o) { module function limitation userGroup { name } role { name } } } } }',
      { a: [{ __typename: 'Account', id: o.usOperator.id }], o: o.organizationId },
    );
    expect(res.errors).toBeUndefined();
    const perms: Array<{
      module: string;
      function: string;
      limitation: unknown;
      userGroup: { name: string };
      role: { name: string };
    }> = res.data!._entities[0].effectivePermissions;
    expect(perms).toContainEqual({
      module: 'lhdepartment',
      function: 'see_all',
      limitation: { group: [2] },
      userGroup: { name: 'US Operators' },
      role: { name: 'Operators US' },
    });
    expect(perms).toContainEqual({
      module: 'lhchat',
      function: 'use',
      limitation: null,
      userGroup: { name: 'Operators' },
      role: { name: 'Operators' },
    });
    expect(perms.some((p) => p.module === 'lhuser' && p.function === 'createuser')).toBe(false);
    expect(perms).toHaveLength(50);
  });

  it('refuses to create an operator without a required group (REQUIRED_GROUP_MISSING), changing nothing', async () => {
    const newcomer = await addMember(o);
    const before = await stateOf(o.organizationId);
    const p = services.operators.createOperator(o.owner.viewer, {
      organizationId: o.organizationId,
      accountId: newcomer,
      userGroupIds: [group(o, 'US Operators')],
    });
    expect(await outcome(p)).toBe('REQUIRED_GROUP_MISSING');
    expect(await stateOf(o.organizationId)).toEqual(before);
  });

  it("refuses to remove an operator's last required group, through GraphQL too", async () => {
    const s = await dg.sample();
    const before = await stateOf(s.organizationId);
    const input = {
      organizationId: s.organizationId,
      accountId: s.usOperator.id,
      userGroupIds: [group(s, 'US Operators')],
    };
    expect(await outcome(services.operators.setOperatorUserGroups(s.owner.viewer, input))).toBe(
      'REQUIRED_GROUP_MISSING',
    );
    const res = await dg.run(
      s.owner.viewer,
      'mutation($i: SetOperatorUserGroupsInput!) { setOperatorUserGroups(input: $i) { operator { accountId } } }',
      { i: input },
    );
    expect(res.data).toEqual({ setOperatorUserGroups: null });
    expect(dgCodes(res)).toEqual(['REQUIRED_GROUP_MISSING']);
    expect(await stateOf(s.organizationId)).toEqual(before);
    // Swapping one required group for another is fine.
    await services.operators.setOperatorUserGroups(s.owner.viewer, {
      ...input,
      userGroupIds: [group(s, 'US Operators'), group(s, 'Managers')],
    });
  });

  it('refuses to un-require a group that is some member’s only required group', async () => {
    const s = await dg.sample();
    const before = await stateOf(s.organizationId);
    expect(
      await outcome(
        services.userGroups.updateUserGroup(s.owner.viewer, {
          organizationId: s.organizationId,
          userGroupId: group(s, 'Operators'),
          required: false,
        }),
      ),
    ).toBe('REQUIRED_GROUP_MISSING');
    expect(await stateOf(s.organizationId)).toEqual(before);
  });
});

async function addMember(s: SampleOrganization): Promise<string> {
  const a = await dg.f.account('newcomer');
  await dg.f.services.memberships.addMember(s.owner.viewer, {
    organizationId: s.organizationId,
    email: a.email,
    role: 'MEMBER' as never,
  });
  return a.id;
}

type Who = 'owner' | 'admin' | 'member' | 'usOperator' | 'usLeader' | 'auOperator' | 'auLeader' | 'manager';
const viewerOf = (s: SampleOrganization, who: Who): Viewer => s[who].viewer;

describe('LHC-5: who reads which chat', () => {
  // [reader, department of the chat, may read]
  const MATRIX: Array<[Who, 'Departments US' | 'Departments AU', boolean]> = [
    ['usOperator', 'Departments US', true],
    ['usOperator', 'Departments AU', false],
    ['auOperator', 'Departments AU', true],
    ['auOperator', 'Departments US', false],
    ['usLeader', 'Departments US', true],
    ['usLeader', 'Departments AU', false],
    ['auLeader', 'Departments AU', true],
    ['auLeader', 'Departments US', false],
    ['manager', 'Departments US', true],
    ['manager', 'Departments AU', false],
    ['owner', 'Departments AU', true],
    ['admin', 'Departments US', true],
    ['member', 'Departments US', false],
  ];
  it.each(MATRIX)('%s reading a chat of %s → %s', async (who, dept, allowed) => {
    const [chat] = await dg.deps.db.query('SELECT id FROM department_groups.chats WHERE department_id = $1', [
      department(o, dept),
    ]);
    const res = await dg.run(
      viewerOf(o, who),
      'query($id: ID!) { chat(id: $id) { visitorName messages { edges { node { body } } } department { name } } }',
      { id: chat.id },
    );
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.chat).toMatchObject({ visitorName: `Visitor of ${dept}`, department: { name: dept } });
      expect(res.data!.chat.messages.edges[0].node).toEqual({ body: `Hello from ${dept}` });
    } else {
      expect(res.data).toEqual({ chat: null });
      expect(dgCodes(res)).toEqual(['FORBIDDEN']);
    }
    // Writing follows reading.
    expect(await outcome(services.chats.postMessage(viewerOf(o, who), { chatId: chat.id, body: 'hi' }))).toBe(
      allowed ? 'OK' : 'FORBIDDEN',
    );
  });

  it('a see_all limitation wins over assigned department groups; see_all without one shows every department', async () => {
    const s = await dg.sample();
    const seen = async (v: Viewer) => {
      const res = await dg.run(
        v,
        'query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { departments { edges { node { name } } } } } }',
        {
          o: s.organizationId,
        },
      );
      return res.data!._entities[0].departments.edges.map((e: { node: { name: string } }) => e.node.name);
    };
    // The AU operator, assigned Departments US as well, still sees only AU: the {"group":[1]} limitation decides.
    await services.operators.setOperatorDepartmentGroups(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.auOperator.id,
      departmentGroupIds: [dgroup(s, 'Departments AU'), dgroup(s, 'Departments US')],
    });
    expect(await seen(s.auOperator.viewer)).toEqual(['Departments AU']);
    // Without see_all (the leader): the assigned department groups decide.
    expect(await seen(s.usLeader.viewer)).toEqual(['Departments US']);
    await services.operators.setOperatorDepartmentGroups(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.usLeader.id,
      departmentGroupIds: [],
    });
    expect(await seen(s.usLeader.viewer)).toEqual([]);
    // see_all with no limitation: everything.
    await services.roles.setRoleGrants(s.owner.viewer, {
      organizationId: s.organizationId,
      roleId: s.ids.roles.get('Operators AU')!,
      grants: [{ module: 'lhdepartment', function: 'see_all' }],
    });
    expect(await seen(s.auOperator.viewer)).toEqual(['Departments AU', 'Departments US']);
  });
});

describe('LHC-6: team leaders create and edit only users of the groups they work with', () => {
  type Op = (s: SampleOrganization, newcomer: string) => Promise<unknown>;
  const create =
    (who: Who, groups: string[], dgroups: string[] = []): Op =>
    (s, newcomer) =>
      services.operators.createOperator(viewerOf(s, who), {
        organizationId: s.organizationId,
        accountId: newcomer,
        userGroupIds: groups.map((g) => group(s, g)),
        departmentGroupIds: dgroups.map((d) => dgroup(s, d)),
      });
  const setGroups =
    (who: Who, target: Who, groups: string[]): Op =>
    (s) =>
      services.operators.setOperatorUserGroups(viewerOf(s, who), {
        organizationId: s.organizationId,
        accountId: s[target].id,
        userGroupIds: groups.map((g) => group(s, g)),
      });
  const setDepartments =
    (who: Who, target: Who, dgroups: string[]): Op =>
    (s) =>
      services.operators.setOperatorDepartmentGroups(viewerOf(s, who), {
        organizationId: s.organizationId,
        accountId: s[target].id,
        departmentGroupIds: dgroups.map((d) => dgroup(s, d)),
      });

  /** Gives the US Team Leaders group a role with lhdepartment/managegroups first (LHC-6: it lifts the limit). */
  const withManageGroups =
    (op: Op): Op =>
    async (s, newcomer) => {
      const role = await services.roles.createRole(s.owner.viewer, {
        organizationId: s.organizationId,
        name: 'Group managers',
        grants: [{ module: 'lhdepartment', function: 'managegroups' }],
      });
      await services.userGroups.setUserGroupRoles(s.owner.viewer, {
        organizationId: s.organizationId,
        userGroupId: group(s, 'US Team Leaders'),
        roleIds: [role.id],
      });
      return op(s, newcomer);
    };

  const MATRIX: Array<[string, Op, string]> = [
    [
      'US leader creates a US operator in Departments US',
      create('usLeader', ['Operators', 'US Operators'], ['Departments US']),
      'OK',
    ],
    ['US leader creates an AU operator', create('usLeader', ['Operators', 'AU Operators']), 'FORBIDDEN'],
    ['US leader creates a team leader', create('usLeader', ['Team Leader', 'US Team Leaders']), 'FORBIDDEN'],
    [
      'US leader assigns Departments AU',
      create('usLeader', ['Operators', 'US Operators'], ['Departments AU']),
      'FORBIDDEN',
    ],
    [
      'AU leader creates an AU operator in Departments AU',
      create('auLeader', ['Operators', 'AU Operators'], ['Departments AU']),
      'OK',
    ],
    [
      'US operator creates anyone (no lhuser/createuser)',
      create('usOperator', ['Operators', 'US Operators']),
      'FORBIDDEN',
    ],
    ['a plain member creates anyone', create('member', ['Operators']), 'FORBIDDEN'],
    [
      'the administrator creates an AU operator',
      create('admin', ['Operators', 'AU Operators'], ['Departments AU']),
      'OK',
    ],
    ['US leader moves the US operator to Operators only', setGroups('usLeader', 'usOperator', ['Operators']), 'OK'],
    ['US leader edits the AU operator', setGroups('usLeader', 'auOperator', ['Operators']), 'FORBIDDEN'],
    [
      'US leader promotes the US operator to team leader',
      setGroups('usLeader', 'usOperator', ['Operators', 'Team Leader']),
      'FORBIDDEN',
    ],
    ['US leader edits the AU leader', setGroups('usLeader', 'auLeader', ['Team Leader']), 'FORBIDDEN'],
    ['US leader removes Departments US from the US operator', setDepartments('usLeader', 'usOperator', []), 'OK'],
    [
      'US leader gives the US operator Departments AU',
      setDepartments('usLeader', 'usOperator', ['Departments US', 'Departments AU']),
      'FORBIDDEN',
    ],
    [
      'US leader sets the AU operator’s departments',
      setDepartments('usLeader', 'auOperator', ['Departments AU']),
      'FORBIDDEN',
    ],
    [
      'a US leader holding lhdepartment/managegroups gives the US operator Departments AU',
      withManageGroups(setDepartments('usLeader', 'usOperator', ['Departments US', 'Departments AU'])),
      'OK',
    ],
    [
      'the manager edits the AU operator (US Managers do not work with AU)',
      setGroups('manager', 'auOperator', ['Operators']),
      'FORBIDDEN',
    ],
    ['the owner sets the AU operator’s departments', setDepartments('owner', 'auOperator', ['Departments US']), 'OK'],
  ];

  it.each(MATRIX.map(([name, op, expected]) => [name, expected, op] as const))(
    '%s → %s',
    async (_name, expected, op) => {
      const s = await dg.sample();
      const newcomer = await addMember(s);
      const before = await stateOf(s.organizationId);
      expect(await outcome(op(s, newcomer))).toBe(expected);
      const after = await stateOf(s.organizationId);
      if (expected === 'OK') expect(after.audit).toBeGreaterThan(before.audit);
      else expect(after).toEqual(before);
    },
  );

  it('denies through the schema too: FORBIDDEN, null, nothing written', async () => {
    const s = await dg.sample();
    const newcomer = await addMember(s);
    const before = await stateOf(s.organizationId);
    const res = await dg.run(
      s.usOperator.viewer,
      'mutation($i: CreateOperatorInput!) { createOperator(input: $i) { operator { accountId } } }',
      {
        i: { organizationId: s.organizationId, accountId: newcomer, userGroupIds: [group(s, 'Operators')] },
      },
    );
    expect(res.data).toEqual({ createOperator: null });
    expect(dgCodes(res)).toEqual(['FORBIDDEN']);
    expect(await stateOf(s.organizationId)).toEqual(before);
  });
});

describe('LHC-7 and X-2: own permissions and decisions, with the grant that decided', () => {
  const EFFECTIVE =
    'query($a: [_Any!]!, $o: ID!) { _entities(representations: $a) { ... on Account { effectivePermissions(organizationId: $o) { module function } } } }';
  const DECIDE = `query($i: OperatorPermissionDecisionInput!) { operatorPermissionDecision(input: $i) {
    allowed missing reason decidedBy { module function userGroup { name } role { name } } } }`;

  it.each([
    ['the account itself (lhpermission/see_permissions)', 'usLeader', 'usLeader', true],
    ['another operator', 'auOperator', 'usLeader', false],
    ['a member without see_permissions, its own (issue 13: always its own)', 'member', 'member', true],
    ['the owner', 'owner', 'usLeader', true],
  ] as Array<[string, Who, Who, boolean]>)('%s may list the permissions → %s', async (_name, who, target, allowed) => {
    const res = await dg.run(viewerOf(o, who), EFFECTIVE, {
      a: [{ __typename: 'Account', id: o[target].id }],
      o: o.organizationId,
    });
    if (allowed) {
      expect(dgCodes(res)).toEqual([]);
      // A plain member holds no function: its own list is empty, not refused.
      if (who !== 'member') expect(res.data!._entities[0].effectivePermissions.length).toBeGreaterThan(0);
    } else expect(dgCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('answers allowed with the group → role → grant, or denied with what is missing', async () => {
    const allowed = await dg.run(o.usLeader.viewer, DECIDE, {
      i: { organizationId: o.organizationId, accountId: o.usLeader.id, module: 'lhuser', function: 'createuser' },
    });
    expect(allowed.data!.operatorPermissionDecision).toMatchObject({
      allowed: true,
      missing: [],
      decidedBy: [
        { module: 'lhuser', function: 'createuser', userGroup: { name: 'Team Leader' }, role: { name: 'Teamleader' } },
      ],
    });
    const denied = await dg.run(o.owner.viewer, DECIDE, {
      i: { organizationId: o.organizationId, accountId: o.usOperator.id, module: 'lhuser', function: 'createuser' },
    });
    expect(denied.data!.operatorPermissionDecision).toMatchObject({
      allowed: false,
      missing: ['lhuser/createuser'],
      decidedBy: [],
    });
    const chatAu = await dg.run(o.usOperator.viewer, DECIDE, {
      i: {
        organizationId: o.organizationId,
        accountId: o.usOperator.id,
        module: 'lhchat',
        function: 'use',
        departmentId: department(o, 'Departments AU'),
      },
    });
    expect(chatAu.data!.operatorPermissionDecision).toMatchObject({
      allowed: false,
      missing: [`department:${department(o, 'Departments AU')}`],
    });
    expect(chatAu.data!.operatorPermissionDecision.reason).toMatch(/department groups 2/);
    const bad = await dg.run(o.owner.viewer, DECIDE, {
      i: { organizationId: o.organizationId, accountId: o.usOperator.id, module: 'lhchat', function: 'fly' },
    });
    expect(dgCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('X-5: a removed member loses every permission on the next request', async () => {
    const s = await dg.sample();
    await dg.f.services.memberships.removeMember(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.usLeader.id,
    });
    const res = await dg.run(s.owner.viewer, DECIDE, {
      i: { organizationId: s.organizationId, accountId: s.usLeader.id, module: 'lhuser', function: 'createuser' },
    });
    expect(res.data!.operatorPermissionDecision).toMatchObject({ allowed: false, missing: ['membership'] });
  });
});

describe('X-3: access changes are audited in their transaction', () => {
  it('records actor, action, target, before and after of a group change', async () => {
    const s = await dg.sample();
    await services.operators.setOperatorUserGroups(s.usLeader.viewer, {
      organizationId: s.organizationId,
      accountId: s.usOperator.id,
      userGroupIds: [group(s, 'Operators')],
    });
    // Read as the one audit read path reads it (the published view; Organization.auditLog in accounts serves it).
    const [event] = await dg.deps.db.query(
      `SELECT action, target_type, target_id, before, after, actor_account_id, actor_name, actor_email
       FROM department_groups.audit_log WHERE organization_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [s.organizationId],
    );
    expect(event).toEqual({
      action: 'operator.user_groups_set',
      target_type: 'Operator',
      target_id: s.usOperator.id,
      before: { userGroupIds: [group(s, 'Operators'), group(s, 'US Operators')].sort() },
      after: { userGroupIds: [group(s, 'Operators')] },
      actor_account_id: s.usLeader.id,
      actor_name: expect.any(String),
      actor_email: s.usLeader.email,
    });
  });
});
