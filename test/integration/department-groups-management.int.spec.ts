import { encodeDecisionKey } from '../../subgraphs/common/access/capability';
import { compositeRawId } from '../../subgraphs/common/federation/global-id';
import { addNewMember } from '../../subgraphs/common/contracts/accounts';
import { ChatService } from '../../subgraphs/department-groups/chat/chat.service';
import { DepartmentService } from '../../subgraphs/department-groups/department/department.service';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { RoleService } from '../../subgraphs/department-groups/role/role.service';
import { UserGroupService } from '../../subgraphs/department-groups/user-group/user-group.service';
import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { dgCodes, giveLiveChat, useDepartmentGroups, type SampleOrganization } from '../support/department-groups';
import { outcome } from '../support/factories';

/**
 * Issue 13, complete management of live chat (seed 001, LHC-1…LHC-6): rename and delete departments, department
 * groups, user groups and operator roles, and remove an operator — each under its rule, each with its
 * `viewerCan…` field computed by the same decision (X-7), dependents refused with CONFLICT or reassigned (LC-3).
 */
const dg = useDepartmentGroups();
let s: {
  departments: DepartmentService;
  roles: RoleService;
  userGroups: UserGroupService;
  operators: OperatorService;
  chats: ChatService;
};
beforeAll(() => {
  const db = dg.deps.db;
  s = {
    departments: new DepartmentService(db),
    roles: new RoleService(db),
    userGroups: new UserGroupService(db),
    operators: new OperatorService(db),
    chats: new ChatService(db),
  };
});

/** The outcome of a call, its synchronous input refusals included. */
const attempt = (call: () => Promise<unknown>): Promise<string> => outcome(Promise.resolve().then(call));

let seq = 0;
const unique = (p: string) => `${p} ${++seq}`;
type Who = 'owner' | 'admin' | 'manager' | 'usLeader' | 'usOperator' | 'member';

/** A fresh member made an operator by the owner in Operators + US Operators, assigned Departments US. */
async function freshOperator(o: SampleOrganization): Promise<string> {
  const a = await dg.f.account('fresh-operator');
  await dg.f.services.memberships.addMember(o.owner.viewer, {
    organizationId: o.organizationId,
    email: a.email,
    role: PrimaryRole.MEMBER,
  });
  await giveLiveChat(dg.productDb, o.owner.viewer, o.organizationId, [[a.id, 'normal']]);
  await s.operators.createOperator(o.owner.viewer, {
    organizationId: o.organizationId,
    accountId: a.id,
    userGroupIds: [o.ids.userGroups.get('Operators')!, o.ids.userGroups.get('US Operators')!],
    departmentGroupIds: [o.ids.departmentGroups.get('Departments US')!],
  });
  return a.id;
}

/** A fresh department inside the Departments US group (so US operators, the US leader and the manager see it). */
async function freshUsDepartment(o: SampleOrganization): Promise<string> {
  const d = await s.departments.createDepartment(o.owner.viewer, {
    organizationId: o.organizationId,
    name: unique('Dept'),
  });
  const groupId = o.ids.departmentGroups.get('Departments US')!;
  const members: Array<{ department_id: string }> = await dg.deps.db.query(
    'SELECT department_id FROM department_groups.department_group_members WHERE department_group_id = $1',
    [groupId],
  );
  await s.departments.setDepartmentGroupDepartments(o.owner.viewer, {
    organizationId: o.organizationId,
    departmentGroupId: groupId,
    departmentIds: [...members.map((m) => m.department_id), d.id],
  });
  return d.id;
}

interface Cell {
  /** Prepares the target (as the owner) and returns its id. */
  target: (o: SampleOrganization) => Promise<string>;
  /** The object's `viewerCan…` read through `_entities` on Organization: list field, capability. */
  capability: [list: string, field: string];
  mutation: string;
  input: (o: SampleOrganization, id: string) => Record<string, unknown>;
  /** The payload field holding the id (deletions) or the object (renames). */
  result: string;
}

const OPS: Record<string, Cell> = {
  renameDepartment: {
    target: freshUsDepartment,
    capability: ['departments', 'viewerCanRename'],
    mutation: 'renameDepartment(input: $input) { department { id name } }',
    input: (o, id) => ({ organizationId: o.organizationId, departmentId: id, name: unique('Renamed') }),
    result: 'department',
  },
  deleteDepartment: {
    target: freshUsDepartment,
    capability: ['departments', 'viewerCanDelete'],
    mutation: 'deleteDepartment(input: $input) { deletedDepartmentId }',
    input: (o, id) => ({ organizationId: o.organizationId, departmentId: id }),
    result: 'deletedDepartmentId',
  },
  renameDepartmentGroup: {
    target: async (o) => o.ids.departmentGroups.get('Departments AU')!,
    capability: ['departmentGroups', 'viewerCanRename'],
    mutation: 'renameDepartmentGroup(input: $input) { departmentGroup { id name } }',
    input: (o, id) => ({ organizationId: o.organizationId, departmentGroupId: id, name: unique('Group') }),
    result: 'departmentGroup',
  },
  deleteDepartmentGroup: {
    target: async (o) =>
      (
        await s.departments.createDepartmentGroup(o.owner.viewer, {
          organizationId: o.organizationId,
          name: unique('G'),
        })
      ).id,
    capability: ['departmentGroups', 'viewerCanDelete'],
    mutation: 'deleteDepartmentGroup(input: $input) { deletedDepartmentGroupId }',
    input: (o, id) => ({ organizationId: o.organizationId, departmentGroupId: id }),
    result: 'deletedDepartmentGroupId',
  },
  renameOperatorRole: {
    target: async (o) => o.ids.roles.get('Rest API')!,
    capability: ['operatorRoles', 'viewerCanRename'],
    mutation: 'renameOperatorRole(input: $input) { operatorRole { id name } }',
    input: (o, id) => ({ organizationId: o.organizationId, roleId: id, name: unique('Role') }),
    result: 'operatorRole',
  },
  deleteOperatorRole: {
    target: async (o) =>
      (await s.roles.createRole(o.owner.viewer, { organizationId: o.organizationId, name: unique('R'), grants: [] }))
        .id,
    capability: ['operatorRoles', 'viewerCanDelete'],
    mutation: 'deleteOperatorRole(input: $input) { deletedOperatorRoleId }',
    input: (o, id) => ({ organizationId: o.organizationId, roleId: id }),
    result: 'deletedOperatorRoleId',
  },
  deleteUserGroup: {
    target: async (o) =>
      (await s.userGroups.createUserGroup(o.owner.viewer, { organizationId: o.organizationId, name: unique('UG') })).id,
    capability: ['userGroups', 'viewerCanDelete'],
    mutation: 'deleteUserGroup(input: $input) { deletedUserGroupId }',
    input: (o, id) => ({ organizationId: o.organizationId, userGroupId: id }),
    result: 'deletedUserGroupId',
  },
  removeOperator: {
    target: freshOperator,
    capability: ['operators', 'viewerCanRemove'],
    mutation: 'removeOperator(input: $input) { removedOperatorId }',
    input: (o, id) => ({ organizationId: o.organizationId, accountId: id }),
    result: 'removedOperatorId',
  },
};

/**
 * The matrix, cell by cell (Y allowed, F FORBIDDEN), in OPS order. The manager (Managers role: lhdepartment/edit,
 * lhdepartment/delete, lhuser/*) renames and deletes the US departments it sees but configures nothing and works
 * only with US Operators and US Team Leaders (so not with a user in Operators); the US team leader
 * (lhuser/edituser, work-with Operators + US Operators, assign_to_own_department_group on Departments US) removes
 * such an operator; an operator and a plain member do nothing.
 */
const MATRIX: Record<Who, string> = {
  owner: 'YYYYYYYY',
  admin: 'YYYYYYYY',
  manager: 'YYFFFFFF',
  usLeader: 'FFFFFFFY',
  usOperator: 'FFFFFFFF',
  member: 'FFFFFFFF',
};

async function capability(o: SampleOrganization, who: Who, cell: Cell, id: string): Promise<boolean> {
  const [list, field] = cell.capability;
  const idField = list === 'operators' ? 'accountId' : 'id';
  const res = await dg.run(
    o[who].viewer,
    // Every list is a connection (issue 13).
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { ${list}(first: 100) { edges { node { ${idField} ${field} } } } } } }`,
    { r: [{ __typename: 'Organization', id: o.organizationId }] },
  );
  const page = res.data?._entities?.[0]?.[list] as { edges: Array<{ node: Record<string, unknown> }> } | undefined;
  const rows = page?.edges.map((e) => e.node) ?? [];
  return rows.find((r) => r[idField] === id)?.[field] === true;
}

/** The X-2 question an op also is (the console's reason on hover), answered by the same decideDepartment. */
const DECISION_ACTIONS_OF: Record<string, string> = {
  renameDepartment: 'LIVECHAT_EDIT_DEPARTMENT',
  deleteDepartment: 'LIVECHAT_DELETE_DEPARTMENT',
};

async function decided(o: SampleOrganization, who: Who, action: string, resourceId: string): Promise<boolean> {
  const key = encodeDecisionKey({ action, resourceId, accountId: o[who].id });
  const res = await dg.run(
    o[who].viewer,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on LiveChatAccessDecision { allowed reason } } }',
    { r: [{ __typename: 'LiveChatAccessDecision', key }] },
  );
  expect(res.errors).toBeUndefined();
  const answer = res.data!._entities[0] as { allowed: boolean; reason: string };
  expect(answer.reason.length).toBeGreaterThan(0);
  return answer.allowed;
}

describe('issue 13: live-chat management matrix (who × rename/delete/remove), the viewerCan field agreeing', () => {
  let o: SampleOrganization;
  beforeAll(async () => {
    o = await dg.sample();
  }, 120_000);

  const cells = (Object.keys(MATRIX) as Who[]).flatMap((who) =>
    Object.keys(OPS).map((op, i) => [who, op, MATRIX[who][i] === 'Y'] as const),
  );
  it.each(cells)('%s · %s → allowed %s', async (who, op, allowed) => {
    const cell = OPS[op]!;
    const id = await cell.target(o);
    expect(await capability(o, who, cell, id)).toBe(allowed);
    const action = DECISION_ACTIONS_OF[op];
    if (action) expect([op, await decided(o, who, action, id)]).toEqual([op, allowed]);
    const res = await dg.run(o[who].viewer, `mutation($input: ${inputType(op)}!) { ${cell.mutation} }`, {
      input: cell.input(o, id),
    });
    if (allowed) {
      expect(res.errors).toBeUndefined();
      const payload = res.data![op][cell.result];
      // An Operator's raw id is its organization and account (read back from the global id by the runner).
      const expected = op === 'removeOperator' ? compositeRawId([o.organizationId, id]) : id;
      expect(typeof payload === 'string' ? payload : payload.id).toBe(expected);
    } else {
      expect(dgCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});

const inputType = (op: string) => `${op[0]!.toUpperCase()}${op.slice(1)}Input`;

describe('issue 13: what happens to dependents (seed 001 says nothing; README states the choice)', () => {
  let o: SampleOrganization;
  beforeAll(async () => {
    o = await dg.sample({ chats: true });
  }, 120_000);
  const q = (sql: string, params: unknown[]) => dg.deps.db.query(sql, params);
  const audits = async () =>
    (
      await q('SELECT count(*)::int AS n FROM department_groups.audit_events WHERE organization_id = $1', [
        o.organizationId,
      ])
    )[0].n as number;

  it('a department with chats is refused (CONFLICT naming them); reassignChatsToDepartmentId moves them, audited', async () => {
    const us = o.ids.departments.get('Departments US')!;
    const [{ n }] = await q('SELECT count(*)::int AS n FROM department_groups.chats WHERE department_id = $1', [us]);
    expect(n).toBeGreaterThan(0);
    const before = await audits();
    const refused = s.departments.deleteDepartment(o.owner.viewer, {
      organizationId: o.organizationId,
      departmentId: us,
    });
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT', details: { blockedBy: 'chats', count: n } });
    expect(await audits()).toBe(before);
    const target = await freshUsDepartment(o);
    // The manager sees only US departments: AU is not a place it may move chats to (answers like an unknown id).
    const au = o.ids.departments.get('Departments AU')!;
    expect(
      await outcome(
        s.departments.deleteDepartment(o.manager.viewer, {
          organizationId: o.organizationId,
          departmentId: us,
          reassignChatsToDepartmentId: au,
        }),
      ),
    ).toBe('NOT_FOUND');
    await s.departments.deleteDepartment(o.manager.viewer, {
      organizationId: o.organizationId,
      departmentId: us,
      reassignChatsToDepartmentId: target,
    });
    const [{ moved }] = await q('SELECT count(*)::int AS moved FROM department_groups.chats WHERE department_id = $1', [
      target,
    ]);
    expect(moved).toBe(n);
    const [event] = await q(
      `SELECT before, after FROM department_groups.audit_events WHERE action = 'department.deleted' AND target_id = $1`,
      [us],
    );
    expect(event.before.chats).toBe(n);
    expect(event.after.chatsMovedToDepartmentId).toBe(target);
  });

  it('the manager cannot rename or delete a department it does not see: NOT_FOUND, like an unknown or foreign id', async () => {
    const au = o.ids.departments.get('Departments AU')!;
    const other = await dg.sample();
    const foreign = other.ids.departments.get('Departments US')!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const messages: string[] = [];
    for (const id of [au, foreign, unknown]) {
      const err = await s.departments
        .renameDepartment(o.manager.viewer, { organizationId: o.organizationId, departmentId: id, name: unique('X') })
        .catch((e: { code: string; message: string }) => e);
      expect(err).toMatchObject({ code: 'NOT_FOUND' });
      messages.push((err as unknown as Error).message.replace(id, '<id>'));
    }
    expect(new Set(messages).size).toBe(1);
    // The owner sees AU, but a foreign id answers exactly like an unknown one.
    const a = await outcome(
      s.departments.deleteDepartment(o.owner.viewer, { organizationId: o.organizationId, departmentId: foreign }),
    );
    expect(a).toBe('NOT_FOUND');
  });

  it('a department group in use is refused, naming operators and the role limitations; an unused one goes', async () => {
    const usGroup = o.ids.departmentGroups.get('Departments US')!;
    await expect(
      s.departments.deleteDepartmentGroup(o.owner.viewer, {
        organizationId: o.organizationId,
        departmentGroupId: usGroup,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { blockedBy: ['operators', 'roles'] } });
    // Departments AU: no operator left assigned? the AU operator is; unassign, and the Operators AU limitation remains.
    const auGroup = o.ids.departmentGroups.get('Departments AU')!;
    for (const p of [o.auOperator, o.auLeader])
      await s.operators.setOperatorDepartmentGroups(o.owner.viewer, {
        organizationId: o.organizationId,
        accountId: p.id,
        departmentGroupIds: [],
      });
    const err = await s.departments
      .deleteDepartmentGroup(o.owner.viewer, { organizationId: o.organizationId, departmentGroupId: auGroup })
      .catch((e: { code: string; message: string; details: unknown }) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', details: { blockedBy: ['roles'] } });
    expect((err as unknown as Error).message).toContain('"Operators AU"');
    await s.roles.setRoleGrants(o.owner.viewer, {
      organizationId: o.organizationId,
      roleId: o.ids.roles.get('Operators AU')!,
      grants: [],
    });
    await s.departments.deleteDepartmentGroup(o.owner.viewer, {
      organizationId: o.organizationId,
      departmentGroupId: auGroup,
    });
    expect(await q('SELECT 1 FROM department_groups.department_groups WHERE id = $1', [auGroup])).toHaveLength(0);
  });

  it('a role held by user groups is refused (LC-3); reassignToRoleId gives the holders the other role', async () => {
    const restApi = o.ids.roles.get('Rest API')!;
    const spare = await s.roles.createRole(o.owner.viewer, {
      organizationId: o.organizationId,
      name: 'Spare',
      grants: [],
    });
    const holder = await s.userGroups.createUserGroup(o.owner.viewer, {
      organizationId: o.organizationId,
      name: 'Holder',
      roleIds: [spare.id],
    });
    await expect(
      s.roles.deleteRole(o.owner.viewer, { organizationId: o.organizationId, roleId: spare.id }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { blockedBy: 'userGroups', userGroupIds: [holder.id] } });
    expect(
      await attempt(() =>
        s.roles.deleteRole(o.owner.viewer, {
          organizationId: o.organizationId,
          roleId: spare.id,
          reassignToRoleId: spare.id,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await s.roles.deleteRole(o.owner.viewer, {
      organizationId: o.organizationId,
      roleId: spare.id,
      reassignToRoleId: restApi,
    });
    const roles = await q('SELECT role_id FROM department_groups.user_group_roles WHERE user_group_id = $1', [
      holder.id,
    ]);
    expect(roles).toEqual([{ role_id: restApi }]);
  });

  it('a user group with operators is refused (CONFLICT); nothing changes', async () => {
    const before = await audits();
    await expect(
      s.userGroups.deleteUserGroup(o.owner.viewer, {
        organizationId: o.organizationId,
        userGroupId: o.ids.userGroups.get('Operators')!,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { blockedBy: 'operators' } });
    expect(await audits()).toBe(before);
  });

  it('removing an operator ends its groups and department groups, audited; its membership stays', async () => {
    const id = await freshOperator(o);
    await s.operators.removeOperator(o.usLeader.viewer, { organizationId: o.organizationId, accountId: id });
    expect(
      await q('SELECT 1 FROM department_groups.user_group_members WHERE organization_id = $1 AND account_id = $2', [
        o.organizationId,
        id,
      ]),
    ).toHaveLength(0);
    expect(
      await q(
        'SELECT 1 FROM department_groups.operator_department_groups WHERE organization_id = $1 AND account_id = $2',
        [o.organizationId, id],
      ),
    ).toHaveLength(0);
    expect(
      await q('SELECT 1 FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2', [
        o.organizationId,
        id,
      ]),
    ).toHaveLength(1);
    const [event] = await q(
      `SELECT actor_account_id, before FROM department_groups.audit_events WHERE action = 'operator.removed' AND target_id = $1`,
      [id],
    );
    expect(event.actor_account_id).toBe(o.usLeader.id);
    expect(event.before.userGroupIds).toHaveLength(2);
    expect(
      await outcome(s.operators.removeOperator(o.usLeader.viewer, { organizationId: o.organizationId, accountId: id })),
    ).toBe('NOT_AN_OPERATOR');
  });

  it('nobody removes themself, nor a higher organization rank; a leader not one outside its work-with', async () => {
    const cases: Array<[string, () => Promise<unknown>, string]> = [
      [
        'leader removes itself',
        () =>
          s.operators.removeOperator(o.usLeader.viewer, { organizationId: o.organizationId, accountId: o.usLeader.id }),
        'FORBIDDEN',
      ],
      [
        'leader removes the AU operator (AU Operators: outside its work-with)',
        () =>
          s.operators.removeOperator(o.usLeader.viewer, {
            organizationId: o.organizationId,
            accountId: o.auOperator.id,
          }),
        'FORBIDDEN',
      ],
      [
        'leader removes the manager (Managers: outside its work-with)',
        () =>
          s.operators.removeOperator(o.usLeader.viewer, { organizationId: o.organizationId, accountId: o.manager.id }),
        'FORBIDDEN',
      ],
      [
        'manager removes the administrator (a higher organization rank)',
        () => s.operators.removeOperator(o.manager.viewer, { organizationId: o.organizationId, accountId: o.admin.id }),
        'FORBIDDEN',
      ],
      [
        'administrator removes itself',
        () => s.operators.removeOperator(o.admin.viewer, { organizationId: o.organizationId, accountId: o.admin.id }),
        'FORBIDDEN',
      ],
    ];
    for (const [name, call, code] of cases) expect([name, await attempt(call)]).toEqual([name, code]);
  });
});

describe('issue 13: races where a deletion could silently drop a dependent', () => {
  let o: SampleOrganization;
  beforeAll(async () => {
    o = await dg.sample();
  }, 120_000);

  it('deleteUserGroup racing createOperator into that group: never an operator whose group vanished', async () => {
    for (let i = 0; i < 4; i++) {
      const group = await s.userGroups.createUserGroup(o.owner.viewer, {
        organizationId: o.organizationId,
        name: unique('Racing'),
        required: true,
      });
      const a = await dg.f.account('racer');
      await dg.f.services.memberships.addMember(o.owner.viewer, {
        organizationId: o.organizationId,
        email: a.email,
        role: PrimaryRole.MEMBER,
      });
      const [created, deleted] = await Promise.all([
        outcome(
          s.operators.createOperator(o.owner.viewer, {
            organizationId: o.organizationId,
            accountId: a.id,
            userGroupIds: [group.id],
          }),
        ),
        outcome(
          s.userGroups.deleteUserGroup(o.admin.viewer, { organizationId: o.organizationId, userGroupId: group.id }),
        ),
      ]);
      // Serialized by the organization lock: either the operator exists in the group and the deletion was refused,
      // or the group is gone and the creation found no such group.
      expect([created, deleted].sort()).toEqual(created === 'OK' ? ['CONFLICT', 'OK'] : ['NOT_FOUND', 'OK']);
      const rows = await dg.deps.db.query('SELECT 1 FROM department_groups.user_group_members WHERE account_id = $1', [
        a.id,
      ]);
      expect(rows).toHaveLength(created === 'OK' ? 1 : 0);
    }
  });

  it('deleteDepartment racing startChat in it: a chat is never deleted with its department', async () => {
    for (let i = 0; i < 4; i++) {
      const d = await freshUsDepartment(o);
      const [started, deleted] = await Promise.all([
        outcome(
          s.chats.startChat(o.owner.viewer, {
            organizationId: o.organizationId,
            departmentId: d,
            visitorName: 'Visitor',
            message: 'Hello',
          }),
        ),
        outcome(s.departments.deleteDepartment(o.admin.viewer, { organizationId: o.organizationId, departmentId: d })),
      ]);
      expect([started, deleted].sort()).toEqual(started === 'OK' ? ['CONFLICT', 'OK'] : ['NOT_FOUND', 'OK']);
    }
  });
});

describe('issue 13 item 2: a team leader brings in a new person (seed 001 "team leaders create users", LHC-6)', () => {
  let o: SampleOrganization;
  beforeAll(async () => {
    o = await dg.sample();
  }, 120_000);
  const q = (sql: string, params: unknown[]) => dg.deps.db.query(sql, params);
  const membership = async (accountId: string) =>
    (
      await q(
        'SELECT primary_role, custom_roles FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
        [o.organizationId, accountId],
      )
    )[0] as { primary_role: string; custom_roles: string[] } | undefined;
  const usPlacement = () => ({
    userGroupIds: [o.ids.userGroups.get('Operators')!, o.ids.userGroups.get('US Operators')!],
    departmentGroupIds: [o.ids.departmentGroups.get('Departments US')!],
  });
  const MUTATION =
    'mutation($input: AddOperatorMemberInput!) { addOperatorMember(input: $input) { operator { accountId userGroups { name } } } }';

  // Who may, cell by cell: owners and administrators; the US leader (createuser, work-with Operators + US Operators,
  // its own Departments US); not the manager (US Managers work with US Operators and US Team Leaders, not
  // Operators); never an operator or a plain member.
  const WHO: Array<[Who, boolean]> = [
    ['owner', true],
    ['admin', true],
    ['usLeader', true],
    ['manager', false],
    ['usOperator', false],
    ['member', false],
  ];
  it.each(WHO)('%s brings a registered non-member in as an operator → allowed %s', async (who, allowed) => {
    const person = await dg.f.account('newcomer');
    const res = await dg.run(o[who].viewer, MUTATION, {
      input: { organizationId: o.organizationId, email: person.email, ...usPlacement() },
    });
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data!.addOperatorMember.operator.accountId).toBe(person.id);
      expect(await membership(person.id)).toEqual({ primary_role: 'MEMBER', custom_roles: [] });
      const [event] = await q(
        `SELECT actor_account_id, after FROM accounts.audit_events WHERE action = 'membership.added' AND after->>'accountId' = $1`,
        [person.id],
      );
      expect(event.actor_account_id).toBe(o[who].id);
    } else {
      expect(dgCodes(res)).toEqual(['FORBIDDEN']);
      expect(await membership(person.id)).toBeUndefined();
    }
  });

  it('refusals create no membership: outside work-with, a foreign department group, no required group, another org’s group ids', async () => {
    const other = await dg.sample();
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'Team Leader group (outside its work-with)',
        { userGroupIds: [o.ids.userGroups.get('Team Leader')!] },
        'FORBIDDEN',
      ],
      [
        'Departments AU (not its own department group)',
        { ...usPlacement(), departmentGroupIds: [o.ids.departmentGroups.get('Departments AU')!] },
        'FORBIDDEN',
      ],
      [
        'US Operators alone (no required group)',
        { userGroupIds: [o.ids.userGroups.get('US Operators')!] },
        'REQUIRED_GROUP_MISSING',
      ],
      [
        "another organization's Operators group",
        { userGroupIds: [other.ids.userGroups.get('Operators')!] },
        'NOT_FOUND',
      ],
    ];
    for (const [name, placement, code] of cases) {
      const person = await dg.f.account('refused');
      const got = await attempt(() =>
        s.operators.addOperatorMember(o.usLeader.viewer, {
          organizationId: o.organizationId,
          email: person.email,
          userGroupIds: [],
          ...placement,
        } as never),
      );
      expect([name, got]).toEqual([name, code]);
      expect(await membership(person.id)).toBeUndefined();
    }
    // In an organization where the leader is not a member: FORBIDDEN, like any organization it has no part in.
    const person = await dg.f.account('elsewhere');
    expect(
      await attempt(() =>
        s.operators.addOperatorMember(o.usLeader.viewer, {
          organizationId: other.organizationId,
          email: person.email,
          userGroupIds: [other.ids.userGroups.get('Operators')!],
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('never acts on someone already here (CONFLICT, nothing changed); an unknown e-mail is NOT_REGISTERED', async () => {
    for (const who of [o.member, o.admin, o.owner]) {
      const before = await membership(who.id);
      expect(
        await attempt(() =>
          s.operators.addOperatorMember(o.usLeader.viewer, {
            organizationId: o.organizationId,
            email: who.email,
            ...usPlacement(),
          }),
        ),
      ).toBe('CONFLICT');
      expect(await membership(who.id)).toEqual(before);
    }
    expect(
      await attempt(() =>
        s.operators.addOperatorMember(o.usLeader.viewer, {
          organizationId: o.organizationId,
          email: 'nobody-registered@nowhere.test',
          ...usPlacement(),
        }),
      ),
    ).toBe('NOT_REGISTERED');
  });

  it('someone an administrator removed comes back only as a plain MEMBER with the leader-given groups (X-6)', async () => {
    const person = await dg.f.account('was-admin');
    await dg.f.services.memberships.addMember(o.owner.viewer, {
      organizationId: o.organizationId,
      email: person.email,
      role: PrimaryRole.ADMINISTRATOR,
    });
    await dg.f.services.memberships.removeMember(o.owner.viewer, {
      organizationId: o.organizationId,
      accountId: person.id,
    });
    await s.operators.addOperatorMember(o.usLeader.viewer, {
      organizationId: o.organizationId,
      email: person.email,
      ...usPlacement(),
    });
    expect(await membership(person.id)).toEqual({ primary_role: 'MEMBER', custom_roles: [] });
    // No product's grant: no LiveChat (or any) product user comes with it.
    expect(
      await q('SELECT 1 FROM product_roles.product_users WHERE organization_id = $1 AND account_id = $2', [
        o.organizationId,
        person.id,
      ]),
    ).toHaveLength(0);
  });

  it('race: the leader removed while bringing someone in — never a newcomer added by a removed leader', async () => {
    for (let i = 0; i < 3; i++) {
      const leader = await dg.f.account('racing-leader');
      await dg.f.services.memberships.addMember(o.owner.viewer, {
        organizationId: o.organizationId,
        email: leader.email,
        role: PrimaryRole.MEMBER,
      });
      await giveLiveChat(dg.productDb, o.owner.viewer, o.organizationId, [[leader.id, 'normal']]);
      await s.operators.createOperator(o.owner.viewer, {
        organizationId: o.organizationId,
        accountId: leader.id,
        userGroupIds: [o.ids.userGroups.get('Team Leader')!, o.ids.userGroups.get('US Team Leaders')!],
        departmentGroupIds: [o.ids.departmentGroups.get('Departments US')!],
      });
      const person = await dg.f.account('race-newcomer');
      const [added, removed] = await Promise.all([
        attempt(() =>
          s.operators.addOperatorMember(leader.viewer, {
            organizationId: o.organizationId,
            email: person.email,
            ...usPlacement(),
          }),
        ),
        attempt(() =>
          dg.f.services.memberships.removeMember(o.owner.viewer, {
            organizationId: o.organizationId,
            accountId: leader.id,
          }),
        ),
      ]);
      expect(removed).toBe('OK');
      // Either the leader acted first (the newcomer is in), or its removal came first and it brought in no one.
      expect(['OK', 'FORBIDDEN']).toContain(added);
      expect((await membership(person.id)) !== undefined).toBe(added === 'OK');
      if (added === 'OK') {
        const [addedAt] = await q(
          `SELECT created_at FROM accounts.audit_events WHERE action = 'membership.added' AND after->>'accountId' = $1`,
          [person.id],
        );
        const [removedAt] = await q(
          `SELECT created_at FROM accounts.audit_events WHERE action = 'membership.removed' AND target_type = 'Membership' AND before->>'accountId' = $1 ORDER BY created_at DESC LIMIT 1`,
          [leader.id],
        );
        if (removedAt)
          expect(new Date(addedAt.created_at).getTime()).toBeLessThanOrEqual(new Date(removedAt.created_at).getTime());
      }
    }
  });
});

describe('issue 13 item 2: accounts.add_new_member, the seam (subgraphs/common/contracts/accounts.ts addNewMember)', () => {
  it('refuses an actor who is not (or no longer) a member (42501) and an existing member (23514); adds only MEMBER', async () => {
    const { org, owner, member } = await dg.f.organization();
    const outsider = await dg.f.account('outsider');
    const person = await dg.f.account('person');
    const call = (actor: string, account: string) =>
      dg.deps.db.transaction((m) =>
        addNewMember(m, { organizationId: org.id, accountId: account, actorAccountId: actor, reason: 'test' }),
      );
    await expect(call(outsider.id, person.id)).rejects.toMatchObject({ code: '42501' });
    await expect(call(owner.id, member.id)).rejects.toMatchObject({ code: '23514' });
    await call(owner.id, person.id);
    const [row] = await dg.deps.db.query(
      'SELECT primary_role, custom_roles FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2',
      [org.id, person.id],
    );
    expect(row).toEqual({ primary_role: 'MEMBER', custom_roles: [] });
    await expect(call(owner.id, person.id)).rejects.toMatchObject({ code: '23514' });
  });
});
