import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { decide, decideGrantCeiling, type Operation } from '../../subgraphs/department-groups/access/decide';
import type { LiveChatSeat } from '../../subgraphs/department-groups/access/live-chat';
import type { AccessFacts } from '../../subgraphs/department-groups/permission/access-facts';
import type { SourcedGrant } from '../../subgraphs/department-groups/permission/grants';

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
];
// Cell by cell, in OPS order: 1 allowed, 0 denied.
const TABLE: Record<string, string> = {
  'non-member': '00000000',
  'owner, no LiveChat': '11111000',
  'owner, LiveChat Admin': '11111111',
  'leader, LiveChat Operator': '01111111',
  'leader, no LiveChat': '00000000',
  'leader, deactivated': '00000000',
  'leader, not a secondary role': '00000000',
  'member, no grants, LiveChat': '00000000',
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
