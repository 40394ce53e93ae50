import type { Viewer } from '../../subgraphs/common/auth/tokens';
import { LIVECHAT_PERMISSIONS } from '../../subgraphs/department-groups/access/live-chat';
import { DepartmentService } from '../../subgraphs/department-groups/department/department.service';
import { OperatorService } from '../../subgraphs/department-groups/operator/operator.service';
import { RoleService } from '../../subgraphs/department-groups/role/role.service';
import { UserGroupService } from '../../subgraphs/department-groups/user-group/user-group.service';
import { PRODUCT_CATALOGUE } from '../../subgraphs/product-roles/catalogue/product-catalogue';
import { LivechatPermissionsThatGate1732400000021 } from '../../subgraphs/product-roles/migrations/1732400000021-livechat-permissions-that-gate';
import { dgCodes, useDepartmentGroups, type DgResult, type SampleOrganization } from '../support/department-groups';
import { outcome } from '../support/factories';

const dg = useDepartmentGroups();
let services: {
  departments: DepartmentService;
  userGroups: UserGroupService;
  roles: RoleService;
  operators: OperatorService;
};
beforeAll(() => {
  const db = dg.deps.db;
  services = {
    departments: new DepartmentService(db),
    userGroups: new UserGroupService(db),
    roles: new RoleService(db),
    operators: new OperatorService(db),
  };
});

const group = (s: SampleOrganization, name: string) => s.ids.userGroups.get(name)!;
const department = (s: SampleOrganization, name: string) => s.ids.departments.get(name)!;

async function usChat(s: SampleOrganization): Promise<string> {
  const [chat] = await dg.deps.db.query('SELECT id FROM department_groups.chats WHERE department_id = $1', [
    department(s, 'Departments US'),
  ]);
  return chat.id as string;
}

type LiveOp = 'chats' | 'chat' | 'post' | 'start';
const LIVE_OPS: LiveOp[] = ['chats', 'chat', 'post', 'start'];

/** One live-chat operation through the real schema; 'OK' or the first error code (the data must agree). */
async function live(s: SampleOrganization, viewer: Viewer, op: LiveOp): Promise<string> {
  const chatId = await usChat(s);
  let res: DgResult;
  switch (op) {
    case 'chats':
      res = await dg.run(
        viewer,
        'query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { chats { edges { node { id } } } } } }',
        { o: s.organizationId },
      );
      if (!res.errors)
        expect(res.data!._entities[0].chats.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(chatId);
      break;
    case 'chat':
      res = await dg.run(
        viewer,
        'query($id: ID!) { chat(id: $id) { visitorName messages { edges { node { body } } } } }',
        { id: chatId },
      );
      if (!res.errors) expect(res.data!.chat.visitorName).toBe('Visitor of Departments US');
      break;
    case 'post':
      res = await dg.run(viewer, 'mutation($i: PostChatMessageInput!) { postChatMessage(input: $i) { chat { id } } }', {
        i: { chatId, body: 'hello' },
      });
      break;
    case 'start':
      res = await dg.run(viewer, 'mutation($i: StartChatInput!) { startChat(input: $i) { chat { id } } }', {
        i: {
          organizationId: s.organizationId,
          departmentId: department(s, 'Departments US'),
          visitorName: 'V',
          message: 'hi',
        },
      });
      break;
  }
  return res.errors ? String(dgCodes(res)[0]) : 'OK';
}

/** What the live-chat rows of an organization are (a refused operation must change none). */
const chatState = async (organizationId: string) =>
  dg.deps.db.query(
    `SELECT (SELECT count(*) FROM department_groups.chats WHERE organization_id = $1)::int AS chats,
            (SELECT count(*) FROM department_groups.chat_messages m JOIN department_groups.chats c ON c.id = m.chat_id
             WHERE c.organization_id = $1)::int AS messages`,
    [organizationId],
  );

describe('issue 9 item 3: what each LiveChat custom-role permission controls (permission × operation)', () => {
  // [the US operator's LiveChat custom role holds only …, chats, chat, post, start]
  const TABLE: Array<[string, string[], [boolean, boolean, boolean, boolean]]> = [
    ['conversations.live', ['conversations.live'], [true, true, true, true]],
    ['inbox.use', ['inbox.use'], [true, true, true, false]],
    ['history.view', ['history.view'], [true, true, false, false]],
    ['users.manage', ['users.manage'], [false, false, false, false]],
    ['roles.manage', ['roles.manage'], [false, false, false, false]],
    ['nothing', [], [false, false, false, false]],
  ];
  let s: SampleOrganization;
  beforeAll(async () => {
    s = await dg.sample({ chats: true });
  }, 60000);

  it('the table covers every permission the livechat catalogue offers, and the catalogue offers only those', () => {
    const livechat = PRODUCT_CATALOGUE.find((p) => p.key === 'livechat')!;
    expect(Object.keys(livechat.permissions).sort()).toEqual([...LIVECHAT_PERMISSIONS].sort());
    expect(
      TABLE.flatMap(([, perms]) => perms)
        .filter((p, i, all) => all.indexOf(p) === i)
        .sort(),
    ).toEqual([...LIVECHAT_PERMISSIONS].sort());
  });

  it.each(TABLE)('a LiveChat role holding only %s', async (name, permissions, expected) => {
    const role = await dg.productUsers.createRole(s.owner.viewer, {
      organizationId: s.organizationId,
      product: 'livechat',
      name: `Only ${name}`,
      permissions,
    });
    await dg.productUsers.update(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.usOperator.id,
      product: 'livechat',
      customRoleId: role.id,
    });
    for (const [i, op] of LIVE_OPS.entries()) {
      const before = await chatState(s.organizationId);
      const got = await live(s, s.usOperator.viewer, op);
      expect([op, got]).toEqual([op, expected[i] ? 'OK' : 'FORBIDDEN']);
      if (!expected[i]) expect(await chatState(s.organizationId)).toEqual(before);
    }
  });
});

describe('GA-9, LC-1, X-5: live chat needs LiveChat enabled, an active LiveChat role, on the very next request', () => {
  it('a deactivated LiveChat user reads and writes nothing; reactivated, it does again', async () => {
    const s = await dg.sample({ chats: true });
    for (const op of LIVE_OPS) expect([op, await live(s, s.usOperator.viewer, op)]).toEqual([op, 'OK']);
    const who = { organizationId: s.organizationId, accountId: s.usOperator.id, product: 'livechat' };
    await dg.productUsers.setActive(s.owner.viewer, who, false);
    for (const op of LIVE_OPS) expect([op, await live(s, s.usOperator.viewer, op)]).toEqual([op, 'FORBIDDEN']);
    // The operator function of a deactivated team leader goes too.
    await dg.productUsers.setActive(s.owner.viewer, { ...who, accountId: s.usLeader.id }, false);
    expect(
      await outcome(
        services.operators.setOperatorUserGroups(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: s.usOperator.id,
          userGroupIds: [group(s, 'Operators')],
        }),
      ),
    ).toBe('FORBIDDEN');
    await dg.productUsers.setActive(s.owner.viewer, who, true);
    for (const op of LIVE_OPS) expect([op, await live(s, s.usOperator.viewer, op)]).toEqual([op, 'OK']);
  });

  it('an operator without a LiveChat role (canLaunch false) reads and posts nothing, whatever its user groups', async () => {
    const s = await dg.sample({ chats: true });
    await dg.productUsers.revoke(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.usOperator.id,
      product: 'livechat',
    });
    expect(await dg.products.canLaunch(s.usOperator.viewer, s.organizationId, 'livechat')).toBe(false);
    for (const op of LIVE_OPS) expect([op, await live(s, s.usOperator.viewer, op)]).toEqual([op, 'FORBIDDEN']);
    // X-2 says why: the function is there, the product is not.
    const res = await dg.run(
      s.owner.viewer,
      `query($i: OperatorPermissionDecisionInput!) { operatorPermissionDecision(input: $i) { allowed missing } }`,
      {
        i: { organizationId: s.organizationId, accountId: s.usOperator.id, module: 'lhchat', function: 'use' },
      },
    );
    expect(res.data!.operatorPermissionDecision).toEqual({ allowed: false, missing: ['product:livechat'] });
  });

  it('LiveChat disabled: nobody operates (owner included), team leaders lose their functions, owners still configure', async () => {
    const s = await dg.sample({ chats: true });
    await dg.products.disable(s.owner.viewer, { organizationId: s.organizationId, product: 'livechat' });
    for (const who of ['usOperator', 'owner', 'admin'] as const)
      for (const op of LIVE_OPS) expect([who, op, await live(s, s[who].viewer, op)]).toEqual([who, op, 'FORBIDDEN']);
    expect(
      await outcome(
        services.operators.setOperatorUserGroups(s.usLeader.viewer, {
          organizationId: s.organizationId,
          accountId: s.usOperator.id,
          userGroupIds: [group(s, 'Operators')],
        }),
      ),
    ).toBe('FORBIDDEN');
    // Configuration is not operating: the owner needs no LiveChat role for it.
    expect(
      await outcome(
        services.departments.createDepartment(s.owner.viewer, { organizationId: s.organizationId, name: 'EU' }),
      ),
    ).toBe('OK');
    expect(
      await outcome(
        services.operators.setOperatorUserGroups(s.admin.viewer, {
          organizationId: s.organizationId,
          accountId: s.usOperator.id,
          userGroupIds: [group(s, 'Operators')],
        }),
      ),
    ).toBe('OK');
  });

  it('an administrator without a LiveChat role configures but does not operate', async () => {
    const s = await dg.sample({ chats: true });
    await dg.productUsers.revoke(s.owner.viewer, {
      organizationId: s.organizationId,
      accountId: s.admin.id,
      product: 'livechat',
    });
    for (const op of LIVE_OPS) expect([op, await live(s, s.admin.viewer, op)]).toEqual([op, 'FORBIDDEN']);
    const res = await dg.run(
      s.admin.viewer,
      'mutation($i: CreateDepartmentGroupInput!) { createDepartmentGroup(input: $i) { departmentGroup { name } } }',
      { i: { organizationId: s.organizationId, name: 'All', departmentIds: [department(s, 'Departments US')] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ createDepartmentGroup: { departmentGroup: { name: 'All' } } });
  });
});

describe('issue 9 item 2: the catalogue migration strips permissions that gate nothing', () => {
  it('removes them from the product and from existing custom roles, keeping the rest', async () => {
    const s = await dg.sample();
    const db = dg.deps.db;
    // A role as it was before the migration, holding removed permissions next to kept ones.
    const [role] = await db.query(
      `INSERT INTO product_roles.product_custom_roles (organization_id, product, name, permissions)
       VALUES ($1, 'livechat', 'Legacy', ARRAY['reports.view', 'inbox.use', 'dashboard.view', 'history.view']) RETURNING id`,
      [s.organizationId],
    );
    await db.query(
      `UPDATE product_roles.products SET permissions = permissions || '{"reports.view": "Reports"}'::jsonb,
       operator_permissions = operator_permissions || ARRAY['dashboard.view'] WHERE key = 'livechat'`,
    );
    const runner = db.createQueryRunner();
    try {
      await new LivechatPermissionsThatGate1732400000021().up(runner);
    } finally {
      await runner.release();
    }
    const [after] = await db.query('SELECT permissions FROM product_roles.product_custom_roles WHERE id = $1', [
      role.id,
    ]);
    expect(after.permissions).toEqual(['history.view', 'inbox.use']);
    const [product] = await db.query(
      `SELECT permissions, operator_permissions FROM product_roles.products WHERE key = 'livechat'`,
    );
    expect(Object.keys(product.permissions).sort()).toEqual([...LIVECHAT_PERMISSIONS].sort());
    expect(product.operator_permissions).toEqual(['conversations.live', 'history.view', 'inbox.use']);
    // And the product refuses them from now on.
    expect(
      await outcome(
        dg.productUsers.createRole(s.owner.viewer, {
          organizationId: s.organizationId,
          product: 'livechat',
          name: 'Reports',
          permissions: ['reports.view'],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('GA-9, LC-1, X-1, X-5: department visibility (LHC-5) is live-chat access, gated by the LiveChat product too', () => {
  const seen = async (s: SampleOrganization, viewer: Viewer): Promise<string[]> => {
    const res = await dg.run(
      viewer,
      'query($o: ID!) { _entities(representations: [{ __typename: "Organization", id: $o }]) { ... on Organization { departments { edges { node { name } } } } } }',
      { o: s.organizationId },
    );
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].departments.edges.map((e: { node: { name: string } }) => e.node.name).sort();
  };

  it('an operator deactivated, without a LiveChat role, or with LiveChat disabled sees no department; restored, it does', async () => {
    const s = await dg.sample({ chats: true });
    const who = { organizationId: s.organizationId, accountId: s.usOperator.id, product: 'livechat' };
    expect(await seen(s, s.usOperator.viewer)).toEqual(['Departments US']);
    await dg.productUsers.setActive(s.owner.viewer, who, false);
    expect(await seen(s, s.usOperator.viewer)).toEqual([]);
    await dg.productUsers.setActive(s.owner.viewer, who, true);
    expect(await seen(s, s.usOperator.viewer)).toEqual(['Departments US']);
    await dg.products.disable(s.owner.viewer, { organizationId: s.organizationId, product: 'livechat' });
    expect(await seen(s, s.usOperator.viewer)).toEqual([]);
    // Owners and administrators configure every department without a LiveChat role (README): they still list them.
    expect((await seen(s, s.owner.viewer)).length).toBeGreaterThan(1);
    await dg.products.enable(s.owner.viewer, { organizationId: s.organizationId, product: 'livechat' });
    expect(await seen(s, s.usOperator.viewer)).toEqual(['Departments US']);
    await dg.productUsers.revoke(s.owner.viewer, who);
    expect(await seen(s, s.usOperator.viewer)).toEqual([]);
  });
});
