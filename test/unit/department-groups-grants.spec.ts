import {
  decide,
  departmentScope,
  hasFunction,
  parseLimitation,
  validateGrants,
  visibleDepartmentIds,
  type SourcedGrant,
} from '../../subgraphs/department-groups/access/grants';

const sourced = (
  module: string,
  fn: string,
  limitation: Record<string, unknown> | null = null,
  group = 'G',
  role = 'R',
): SourcedGrant => ({
  grantId: `${module}/${fn}`,
  userGroupId: group,
  userGroupName: group,
  roleId: role,
  roleName: role,
  module,
  function: fn,
  limitation,
});

describe('LHC-3: grants and limitations', () => {
  it.each([
    ['not JSON', '{"group":[2]', /not valid JSON/],
    ['a JSON number', '2', /JSON object/],
    ['an unknown key', '{"depts":[2]}', /unknown key "depts"/],
    ['an empty group list', '{"group":[]}', /non-empty list/],
    ['a non-integer id', '{"group":["2"]}', /non-empty list/],
    ['an unknown department group', '{"group":[3]}', /unknown department groups: 3/],
  ])('refuses %s', (_name, raw, message) => {
    expect(() => parseLimitation('grants[0].limitation', raw, new Set([1, 2]))).toThrow(message);
  });

  it('accepts a blank limitation as none, and {"group":[2]}', () => {
    expect(parseLimitation('l', '  ', new Set([2]))).toBeNull();
    expect(parseLimitation('l', '{"group":[2]}', new Set([2]))).toEqual({ group: [2] });
  });

  it('refuses unknown modules and functions and repeats, naming the field', () => {
    expect(() =>
      validateGrants(
        [
          { module: 'lhchat', function: 'use' },
          { module: 'lhx', function: 'use' },
        ],
        new Set(),
      ),
    ).toThrow(/grants\[1\]\.module/);
    expect(() => validateGrants([{ module: 'lhchat', function: 'nope' }], new Set())).toThrow(/grants\[0\]\.function/);
    expect(() =>
      validateGrants(
        [
          { module: 'lhchat', function: 'use' },
          { module: 'lhchat', function: 'use' },
        ],
        new Set(),
      ),
    ).toThrow(/repeats lhchat\/use/);
  });
});

describe('LHC-4 and X-2: the union of grants, and decisions', () => {
  it('* gives every function of its module only', () => {
    const grants = [sourced('lhchat', '*')];
    expect(hasFunction(grants, 'lhchat', 'open_all')).toBe(true);
    expect(hasFunction(grants, 'lhuser', 'createuser')).toBe(false);
  });

  it('names every grant that decided, or what is missing', () => {
    const grants = [
      sourced('lhuser', 'createuser', null, 'Team Leader', 'Teamleader'),
      sourced('lhuser', '*', null, 'Managers', 'Managers'),
      sourced('lhchat', 'use'),
    ];
    expect(decide(grants, 'lhuser', 'createuser').decidedBy.map((g) => `${g.userGroupName}/${g.roleName}`)).toEqual([
      'Team Leader/Teamleader',
      'Managers/Managers',
    ]);
    expect(decide(grants, 'lhdepartment', 'create')).toEqual({
      allowed: false,
      decidedBy: [],
      missing: 'lhdepartment/create',
    });
  });
});

describe('LHC-5: department scope', () => {
  const groups = [
    { id: 'au', number: 1, departmentIds: ['d-au'] },
    { id: 'us', number: 2, departmentIds: ['d-us'] },
  ];
  const all = ['d-au', 'd-us'];
  it.each([
    ['no see_all: the assigned groups', [], ['us'], ['d-us']],
    [
      'see_all {"group":[1]} beats the assignment',
      [sourced('lhdepartment', 'see_all', { group: [1] })],
      ['us'],
      ['d-au'],
    ],
    ['see_all without a limitation: all', [sourced('lhdepartment', 'see_all')], [], all],
    ['lhdepartment/* counts as see_all', [sourced('lhdepartment', '*')], [], all],
    [
      'limitations add up',
      [sourced('lhdepartment', 'see_all', { group: [1] }), sourced('lhdepartment', 'see_all', { group: [2] }, 'H')],
      [],
      all,
    ],
  ] as Array<[string, SourcedGrant[], string[], string[]]>)('%s', (_name, grants, assigned, expected) => {
    expect([...visibleDepartmentIds(departmentScope(grants), all, groups, assigned)].sort()).toEqual(expected);
  });
});
