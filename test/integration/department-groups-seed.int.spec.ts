import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { departmentGroupsSubgraph } from '../../subgraphs/department-groups/department-groups.subgraph';
import { PERMISSION_CATALOGUE } from '../../subgraphs/department-groups/catalogue/permission-catalogue';
import { giveLiveChat, useDepartmentGroups } from '../support/department-groups';
import { flattenConnections } from '../support/system';

const dg = useDepartmentGroups();

/**
 * Seed 001's role listings, transcribed again here module by module (independently of the implementation's
 * data), so that a missing, extra or misspelt grant fails this test.
 */
const SEED_ROLES: Record<string, Record<string, string>> = {
  Operators: {
    lhcannedmsg: 'see_global use',
    lhchat:
      'allowblockusers allowchattabs allowopenremotechat allowredirect allowtransfer allowtransferdirectly chattabschrome editprevious explorecannedmsg open_all prev_chats sees_all_online_visitors singlechatwindow take_screenshot use use_onlineusers writeremotechat',
    lhchatbox: 'manage_chatbox',
    lhcobrowse: 'browse',
    lhfaq: 'manage_faq',
    lhfile: 'file_delete_chat use_operator',
    lhfront: 'use',
    lhgenericbot: 'use_operator',
    lhgroupchat: 'use',
    lhpermission: 'see_permissions',
    lhquestionary: 'manage_questionary',
    lhspeech: 'change_chat_recognition changedefaultlanguage use',
    lhstatistic: '*',
    lhsystem: 'changelanguage use',
    lhtheme: 'personaltheme use_operator',
    lhtranslation: 'use',
    lhuser:
      'allowtochoosependingmode change_visibility_list changeonlinestatus personalcannedmsg see_all_group_users see_assigned_departments_groups selfedit userlistonline',
    lhviews: 'use',
    lhvoicevideo: 'use',
    lhxml: '*',
  },
  Teamleader: {
    lhcannedmsg: 'see_global use',
    lhchat:
      'administratecannedmsg allowblockusers allowcloseremote allowopenremotechat allowredirect allowtransfer allowtransferdirectly chattabschrome explorecannedmsg explorecannedmsg_all export_chats open_all prev_chats sees_all_online_visitors sendmail singlechatwindow take_screenshot use use_onlineusers writeremotechat',
    lhcobrowse: 'browse',
    lhfile: 'use_operator',
    lhfront: 'switch_dashboard use',
    lhgroupchat: 'use',
    lhpermission: 'see_permissions',
    lhspeech: 'change_chat_recognition changedefaultlanguage use',
    lhstatistic: '*',
    lhsystem: 'changelanguage generatejs use',
    lhtheme: 'personaltheme',
    lhtranslation: 'use',
    lhuser:
      'allowtochoosependingmode assign_to_own_department_group canseedepartmentstats change_visibility_list changeonlinestatus changevisibility createuser editdepartaments edituser personalcannedmsg see_all_group_users see_assigned_departments_groups see_user_assigned_departments_groups selfedit setopstatus userlist userlistonline',
    lhviews: 'use',
    lhvoicevideo: 'use',
    lhxml: '*',
  },
  Managers: {
    lhabstract: 'use',
    lhaudit: '*',
    lhcannedmsg: '*',
    lhchat: '*',
    lhchatarchive: '*',
    lhchatsettings: '*',
    lhdepartment: 'actautoassignment actworkflow create delete edit list managealias managegroups managesurvey',
    lhfile: '*',
    lhgroupchat: '*',
    lhsurvey: '*',
    lhtheme: '*',
    lhtranslation: '*',
    lhuser: '*',
  },
  'Operators US': { lhdepartment: 'see_all' },
  'Operators AU': { lhdepartment: 'see_all' },
  Administrators: {},
  'Rest API': {},
};

const SEED_LIMITATIONS: Record<string, unknown> = { 'Operators US': { group: [2] }, 'Operators AU': { group: [1] } };

/** Seed 001's groups: required flag, roles, work-with list. */
const SEED_GROUPS: Array<[string, boolean, string[], string[]]> = [
  ['Operators', true, ['Operators'], []],
  ['Team Leader', true, ['Teamleader'], ['Operators']],
  ['Managers', true, ['Managers', 'Operators', 'Teamleader'], []],
  ['AU Managers', false, [], ['AU Operators', 'AU Team Leaders']],
  ['US Managers', false, [], ['US Operators', 'US Team Leaders']],
  ['US Team Leaders', false, [], ['US Operators']],
  ['AU Team Leaders', false, [], ['AU Operators']],
  ['AU Operators', false, ['Operators AU'], []],
  ['US Operators', false, ['Operators US'], []],
  ['Administrators', false, ['Administrators'], []],
];

const flatten = (modules: Record<string, string>) =>
  Object.entries(modules)
    .flatMap(([m, fns]) => fns.split(' ').map((fn) => `${m}/${fn}`))
    .sort();

describe('LHC-3: the permission catalogue holds every module and function the seed lists', () => {
  it.each(
    Object.entries(SEED_ROLES)
      .flatMap(([, modules]) => flatten(modules))
      .filter((g, i, all) => all.indexOf(g) === i),
  )('%s', (grant) => {
    const [module, fn] = grant.split('/') as [string, string];
    const m = PERMISSION_CATALOGUE.find((x) => x.code === module);
    expect(m).toBeDefined();
    if (fn !== '*') expect(m!.functions.find((x) => x.code === fn)?.description).toMatch(/\w/);
  });
});

describe('LHC-8: the sample configuration, loaded, is the seed', () => {
  it.each(Object.keys(SEED_ROLES))('role %s has exactly the seed grants', async (roleName) => {
    const o = await dg.sample();
    const rows: Array<{ module: string; function: string; limitation: unknown }> = await dg.deps.db.query(
      `SELECT g.module, g.function, g.limitation FROM department_groups.role_grants g JOIN department_groups.roles r ON r.id = g.role_id
       WHERE r.organization_id = $1 AND r.name = $2`,
      [o.organizationId, roleName],
    );
    expect(rows.map((r) => `${r.module}/${r.function}`).sort()).toEqual(flatten(SEED_ROLES[roleName]!));
    for (const r of rows) expect(r.limitation).toEqual(SEED_LIMITATIONS[roleName] ?? null);
  });

  it('has the ten groups with their required flags, roles and work-with lists, and the two department groups', async () => {
    const o = await dg.sample();
    const res = await dg.run(
      o.owner.viewer,
      `query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization {
        userGroups { edges { node { name required roles { name } workWith { name } } } }
        departmentGroups { edges { node { number name departments { number name } } } }
        operators { edges { node { userGroups { name } departmentGroups { name } } } } } } }`,
      { o: o.organizationId },
    );
    expect(res.errors).toBeUndefined();
    const org = res.data!._entities[0];
    const groups = flattenConnections(org.userGroups).map(
      (g: { name: string; required: boolean; roles: Array<{ name: string }>; workWith: Array<{ name: string }> }) => [
        g.name,
        g.required,
        g.roles.map((r) => r.name).sort(),
        g.workWith.map((w) => w.name).sort(),
      ],
    );
    expect(groups.sort()).toEqual([...SEED_GROUPS].sort());
    expect(flattenConnections(org.departmentGroups)).toEqual([
      { number: 1, name: 'Departments AU', departments: [{ number: 1, name: 'Departments AU' }] },
      { number: 2, name: 'Departments US', departments: [{ number: 2, name: 'Departments US' }] },
    ]);
    // "Creating an Operator US / a Teamleader US" (and their AU counterparts), plus the test's manager.
    const operators = org.operators.edges
      .map((e: { node: unknown }) => e.node)
      .map((op: { userGroups: Array<{ name: string }>; departmentGroups: Array<{ name: string }> }) =>
        [
          op.userGroups
            .map((g) => g.name)
            .sort()
            .join('+'),
          op.departmentGroups.map((g) => g.name).join('+'),
        ].join(' @ '),
      );
    expect(operators.sort()).toEqual([
      'AU Operators+Operators @ Departments AU',
      'AU Team Leaders+Team Leader @ Departments AU',
      'Managers+US Managers @ Departments US',
      'Operators+US Operators @ Departments US',
      'Team Leader+US Team Leaders @ Departments US',
    ]);
  });
});

describe("LHC-8: seedDemo loads the sample into the demo organization 'Acme Support', once", () => {
  it('finds the organization and the demo accounts through the accounts directories, and is idempotent', async () => {
    const f = dg.f;
    const { org, owner } = await (async () => {
      const owner = await f.account('acme-owner');
      const org = await f.services.organizations.create(owner.viewer, { name: 'Acme Support' });
      return { org, owner };
    })();
    const emails = ['us-operator@demo.test', 'us-leader@demo.test', 'au-operator@demo.test', 'au-leader@demo.test'];
    const ids: Record<string, string> = {};
    for (const email of emails) {
      const { account } = await f.services.accounts.signUp({ email, name: email, password: 'correct horse battery' });
      ids[email] = account.id;
      await f.services.memberships.addMember(owner.viewer, { organizationId: org.id, email, role: PrimaryRole.MEMBER });
    }
    // As product-roles' demo does before this one (GA-9): the owner and the operators are LiveChat users.
    await giveLiveChat(dg.productDb, owner.viewer, org.id, [
      [owner.id, 'administrator'],
      ...emails.map((e) => [ids[e]!, 'normal'] as [string, 'normal']),
    ]);
    await departmentGroupsSubgraph.seedDemo!(dg.deps);
    const count = async () =>
      (
        await dg.deps.db.query(
          `SELECT (SELECT count(*) FROM department_groups.user_groups WHERE organization_id = $1)::int AS groups,
                  (SELECT count(*) FROM department_groups.roles WHERE organization_id = $1)::int AS roles,
                  (SELECT count(*) FROM department_groups.departments WHERE organization_id = $1)::int AS departments,
                  (SELECT count(*) FROM department_groups.chats WHERE organization_id = $1)::int AS chats,
                  (SELECT count(DISTINCT account_id) FROM department_groups.user_group_members WHERE organization_id = $1)::int AS operators,
                  (SELECT count(*) FROM department_groups.audit_events WHERE organization_id = $1)::int AS audit`,
          [org.id],
        )
      )[0];
    const first = await count();
    expect(first).toMatchObject({ groups: 10, roles: 7, departments: 2, chats: 2, operators: 4 });
    expect(first.audit).toBeGreaterThan(20);
    await departmentGroupsSubgraph.seedDemo!(dg.deps);
    expect(await count()).toEqual(first);

    // The seed's intent: the US operator sees only Departments US, the AU operator only Departments AU.
    const seen = async (email: string) => {
      const res = await dg.run(
        { accountId: ids[email]! },
        `query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { departments { edges { node { name } } } chats { edges { node { visitorName } } } } } }`,
        { o: org.id },
      );
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0];
    };
    expect(await seen('us-operator@demo.test')).toEqual({
      departments: { edges: [{ node: { name: 'Departments US' } }] },
      chats: { edges: [{ node: { visitorName: 'Visitor of Departments US' } }] },
    });
    expect(await seen('au-operator@demo.test')).toEqual({
      departments: { edges: [{ node: { name: 'Departments AU' } }] },
      chats: { edges: [{ node: { visitorName: 'Visitor of Departments AU' } }] },
    });
  });
});
