import { PrimaryRole } from '../../subgraphs/common/organization-access';
import {
  decide,
  decideDepartment,
  decideGrantCeiling,
  decideOperatorRemoval,
  type Operation,
} from '../../subgraphs/department-groups/access/decide';
import type { LiveChatSeat } from '../../subgraphs/department-groups/access/live-chat';
import type { AccessFacts } from '../../subgraphs/department-groups/access/access-facts';
import type { SourcedGrant } from '../../subgraphs/department-groups/access/grants';

const ME = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

const grant = (fn: string, limitation: Record<string, unknown> | null = null): SourcedGrant => {
  const [module, f] = fn.split('/') as [string, string];
  return {
    grantId: fn,
    userGroupId: 'g',
    userGroupName: 'G',
    roleId: 'r',
    roleName: 'R',
    module,
    function: f,
    limitation,
  };
};
const seat = (permissions: string[], over: Partial<LiveChatSeat> = {}): LiveChatSeat => ({
  role: 'normal',
  active: true,
  permissions,
  ...over,
});
function facts(primaryRole: PrimaryRole | null, grants: string[], liveChat: LiveChatSeat | null): AccessFacts {
  return {
    organizationId: 'o',
    accountId: ME,
    primaryRole,
    administers: primaryRole === PrimaryRole.OWNER || primaryRole === PrimaryRole.ADMINISTRATOR,
    grants: grants.map((g) => grant(g)),
    userGroupIds: [],
    workWithGroupIds: [],
    departmentGroupIds: [],
    liveChat,
  };
}

const LEADER = [
  'lhchat/use',
  'lhuser/createuser',
  'lhuser/edituser',
  'lhdepartment/create',
  'lhpermission/see_permissions',
];
const WHO: Record<string, AccessFacts> = {
  'non-member': facts(null, LEADER, seat(['conversations.live'])),
  'owner, no LiveChat': facts(PrimaryRole.OWNER, [], null),
  'owner, LiveChat Admin': facts(
    PrimaryRole.OWNER,
    [],
    seat(['conversations.live', 'inbox.use', 'history.view'], { role: 'administrator' }),
  ),
  'leader, LiveChat Operator': facts(
    PrimaryRole.MEMBER,
    LEADER,
    seat(['conversations.live', 'inbox.use', 'history.view']),
  ),
  'leader, no LiveChat': facts(PrimaryRole.MEMBER, LEADER, null),
  'leader, deactivated': facts(PrimaryRole.MEMBER, LEADER, seat(['conversations.live'], { active: false })),
  'leader, not a secondary role': facts(PrimaryRole.MEMBER, LEADER, seat(['conversations.live'], { role: 'viewer' })),
  'member, no grants, LiveChat': facts(PrimaryRole.MEMBER, [], seat(['conversations.live'])),
  'department editor, LiveChat': facts(
    PrimaryRole.MEMBER,
    ['lhdepartment/edit', 'lhdepartment/delete'],
    seat(['conversations.live']),
  ),
};
const OPS: Operation[] = [
  'organization.configure',
  'department.create',
  'operator.create',
  'operator.edit',
  'permissions.see',
  'chat.read',
  'chat.post',
  'chat.start',
  'department.edit',
  'department.delete',
];
// Cell by cell, in OPS order: 1 allowed, 0 denied.
const TABLE: Record<string, string> = {
  'non-member': '0000000000',
  'owner, no LiveChat': '1111100011',
  'owner, LiveChat Admin': '1111111111',
  'leader, LiveChat Operator': '0111111100',
  'leader, no LiveChat': '0000000000',
  'leader, deactivated': '0000000000',
  'leader, not a secondary role': '0000000000',
  'member, no grants, LiveChat': '0000000000',
  'department editor, LiveChat': '0000000011',
};

describe('department-groups decide(): who × operation (configuration vs operating, GA-9, LC-1)', () => {
  it.each(Object.keys(TABLE).flatMap((who) => OPS.map((op, i) => [who, op, TABLE[who]![i] === '1'] as const)))(
    '%s · %s → %s',
    (who, op, allowed) => {
      const decision = decide(WHO[who]!, op);
      expect(decision.allowed).toBe(allowed);
      expect(decision.reason.length).toBeGreaterThan(0);
    },
  );

  it('nobody edits their own operator grants, owners included', () => {
    for (const who of ['owner, LiveChat Admin', 'leader, LiveChat Operator'])
      for (const op of ['operator.create', 'operator.edit'] as const) {
        expect(decide(WHO[who]!, op, { targetAccountId: ME }).allowed).toBe(false);
        expect(decide(WHO[who]!, op, { targetAccountId: OTHER }).allowed).toBe(true);
      }
  });

  it('chat permissions: conversations.live all three, inbox.use read+post, history.view read', () => {
    const leader = (p: string[]) => facts(PrimaryRole.MEMBER, ['lhchat/use'], seat(p));
    const row = (p: string[]) =>
      (['chat.read', 'chat.post', 'chat.start'] as const).map((op) => (decide(leader(p), op).allowed ? 1 : 0)).join('');
    expect(row(['conversations.live'])).toBe('111');
    expect(row(['inbox.use'])).toBe('110');
    expect(row(['history.view'])).toBe('100');
    expect(row(['users.manage', 'roles.manage'])).toBe('000');
  });
});

describe('department-groups grant ceiling: nobody grants an enforced function it does not hold', () => {
  const layout = {
    departmentIds: ['au', 'us'],
    groups: [
      { id: 'dg-au', number: 1, departmentIds: ['au'] },
      { id: 'dg-us', number: 2, departmentIds: ['us'] },
    ],
  };
  const leader: AccessFacts = { ...WHO['leader, LiveChat Operator']!, departmentGroupIds: ['dg-us'] };
  const g = (fn: string, limitation: Record<string, unknown> | null = null) => grant(fn, limitation);
  it.each([
    ['a function it holds', [g('lhuser/createuser')], true],
    ['a client function nothing here enforces', [g('lhchat/allowchattabs')], true],
    ['lhdepartment/managegroups', [g('lhdepartment/managegroups')], false],
    ['lhuser/* (it holds some lhuser functions, not *)', [g('lhuser/*')], false],
    ['see_all over its own departments', [g('lhdepartment/see_all', { group: [2] })], true],
    ['see_all over departments it does not see', [g('lhdepartment/see_all', { group: [1] })], false],
    ['see_all without limitation', [g('lhdepartment/see_all')], false],
  ] as const)('%s → %s', (_n, granted, allowed) => {
    expect(decideGrantCeiling(leader, layout, granted).allowed).toBe(allowed);
    expect(decideGrantCeiling(WHO['owner, no LiveChat']!, layout, granted).allowed).toBe(true);
  });
});

describe('issue 13: decideDepartment (LHC-5 reach) and decideOperatorRemoval (LHC-6), cell by cell', () => {
  const layout = { departmentIds: ['d1', 'd2'], groups: [{ id: 'g1', number: 1, departmentIds: ['d1'] }] };
  const editor = (): AccessFacts => ({
    ...facts(PrimaryRole.MEMBER, ['lhdepartment/edit', 'lhdepartment/delete'], seat(['conversations.live'])),
    departmentGroupIds: ['g1'],
  });
  it.each([
    ['editor · a department it sees', editor(), 'd1', true],
    ['editor · a department it does not see', editor(), 'd2', false],
    ['owner, no LiveChat · any department', WHO['owner, no LiveChat']!, 'd2', true],
    ['leader without lhdepartment/edit', WHO['leader, LiveChat Operator']!, 'd1', false],
  ] as const)('%s → %s', (_name, who, department, allowed) => {
    for (const op of ['department.edit', 'department.delete'] as const)
      expect(decideDepartment(who, layout as never, op, department).allowed).toBe(allowed);
  });

  const leader = (over: Partial<AccessFacts> = {}): AccessFacts => ({
    ...facts(PrimaryRole.MEMBER, ['lhuser/edituser', 'lhuser/assign_to_own_department_group'], seat([])),
    workWithGroupIds: ['ops'],
    departmentGroupIds: ['us'],
    ...over,
  });
  const target = (over: Partial<AccessFacts> = {}): AccessFacts => ({
    ...facts(PrimaryRole.MEMBER, [], seat([])),
    accountId: OTHER,
    userGroupIds: ['ops'],
    departmentGroupIds: ['us'],
    ...over,
  });
  it.each([
    ['leader · operator within work-with and own department group', leader(), target(), true],
    ['leader · operator in a group outside work-with', leader(), target({ userGroupIds: ['ops', 'x'] }), false],
    ['leader · operator with a foreign department group', leader(), target({ departmentGroupIds: ['au'] }), false],
    [
      'leader without assign_to_own_department_group · operator with a department group',
      leader({ grants: [grant('lhuser/edituser')] }),
      target(),
      false,
    ],
    [
      'leader with managegroups · foreign department group',
      leader({ grants: [grant('lhuser/edituser'), grant('lhdepartment/managegroups')] }),
      target({ departmentGroupIds: ['au'] }),
      true,
    ],
    ['leader · itself', leader(), target({ accountId: ME }), false],
    ['leader · an administrator', leader(), target({ primaryRole: PrimaryRole.ADMINISTRATOR }), false],
    ['owner · anyone else', WHO['owner, no LiveChat']!, target({ userGroupIds: ['x'] }), true],
    ['member without edituser', WHO['member, no grants, LiveChat']!, target(), false],
  ] as const)('%s → %s', (_name, actor, who, allowed) => {
    expect(decideOperatorRemoval(actor, who).allowed).toBe(allowed);
  });
});
