import { checkContract, formatReport, type AcceptedChanges, type ContractSnapshot } from '../../scripts/schema-gate';

const RELEASE: ContractSnapshot = {
  api: 'type Query { me: Account, org(id: ID!): String }\ntype Account { id: ID!, email: String, name: String }\nenum Role { OWNER MEMBER }',
  permissions: {
    'Query.me': 'authenticated',
    'Query.org': 'organization:read',
    'Account.id': 'public',
    'Account.email': 'account:read',
    'Account.name': 'account:read',
  },
};
const NONE: AcceptedChanges = { breaking: [], permissions: [] };

describe('the breaking-change gate', () => {
  it('passes an unchanged contract, and additions without recording anything', async () => {
    expect((await checkContract(RELEASE, RELEASE, NONE)).breaking).toEqual([]);
    const added = await checkContract(
      RELEASE,
      {
        api: RELEASE.api.replace('name: String }', 'name: String, avatar: String }'),
        permissions: { ...RELEASE.permissions, 'Account.avatar': 'account:read' },
      },
      NONE,
    );
    expect(added.unacceptedBreaking).toEqual([]);
    expect(added.unacceptedPermissionChanges).toEqual([]);
    expect(added.safe.map((c) => c.path)).toEqual(['Account.avatar']);
    expect(added.permissionChanges).toEqual([{ field: 'Account.avatar', from: null, to: 'account:read' }]);
  });

  it('fails a removed field, a changed type, a new required argument and a removed enum value until recorded', async () => {
    const current: ContractSnapshot = {
      api: 'type Query { me: Account, org(id: ID!, as: ID!): Int }\ntype Account { id: ID!, email: String }\nenum Role { OWNER }',
      permissions: { ...RELEASE.permissions },
    };
    delete current.permissions['Account.name'];
    const report = await checkContract(RELEASE, current, NONE);
    expect(report.unacceptedBreaking.map((c) => `${c.type} ${c.path}`).sort()).toEqual([
      'ENUM_VALUE_REMOVED Role.MEMBER',
      'FIELD_ARGUMENT_ADDED Query.org.as',
      'FIELD_REMOVED Account.name',
      'FIELD_TYPE_CHANGED Query.org',
    ]);
    // A removed field is the schema diff's business, not a permission change to record twice.
    expect(report.unacceptedPermissionChanges).toEqual([]);
    expect(formatReport(report)).toContain('NOT ACCEPTED FIELD_REMOVED Account.name');

    const accepted: AcceptedChanges = {
      breaking: report.unacceptedBreaking.map((c) => ({ type: c.type, path: c.path!, reason: 'v2 cleanup' })),
      permissions: [],
    };
    const again = await checkContract(RELEASE, current, accepted);
    expect(again.unacceptedBreaking).toEqual([]);
    expect(again.breaking).toHaveLength(4);
  });

  it('lists every changed permission, looser or stricter, and fails until it is recorded with the same from and to', async () => {
    const current = {
      api: RELEASE.api,
      permissions: { ...RELEASE.permissions, 'Account.email': 'public', 'Query.org': 'organization:administer' },
    };
    const report = await checkContract(RELEASE, current, NONE);
    expect(report.unacceptedPermissionChanges).toEqual([
      { field: 'Account.email', from: 'account:read', to: 'public' },
      { field: 'Query.org', from: 'organization:read', to: 'organization:administer' },
    ]);
    expect(formatReport(report)).toContain('NOT ACCEPTED Account.email: account:read -> public');
    const wrongTarget: AcceptedChanges = {
      breaking: [],
      permissions: [{ field: 'Account.email', from: 'account:read', to: 'authenticated', reason: 'x' }],
    };
    expect((await checkContract(RELEASE, current, wrongTarget)).unacceptedPermissionChanges).toHaveLength(2);
    const recorded: AcceptedChanges = {
      breaking: [],
      permissions: [
        { field: 'Account.email', from: 'account:read', to: 'public', reason: 'directory is public now' },
        { field: 'Query.org', from: 'organization:read', to: 'organization:administer', reason: '' },
      ],
    };
    const ok = await checkContract(RELEASE, current, recorded);
    expect(ok.unacceptedPermissionChanges).toEqual([]);
    // An intended change says why.
    expect(ok.unexplained).toEqual([recorded.permissions[1]]);
  });

  it('reports recorded changes that no longer happen, without failing on them', async () => {
    const stale: AcceptedChanges = {
      breaking: [{ type: 'FIELD_REMOVED', path: 'Query.gone', reason: 'old' }],
      permissions: [],
    };
    const report = await checkContract(RELEASE, RELEASE, stale);
    expect(report.staleAccepted).toEqual(stale.breaking);
    expect(report.unacceptedBreaking).toEqual([]);
  });
});
