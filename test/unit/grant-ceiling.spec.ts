import { PrimaryRole } from '../../subgraphs/common/organization-access';
import type { AccessFacts } from '../../subgraphs/product-roles/access/product-access.facts';
import {
  decideProductSwitch,
  decideRoleChange,
  decideUserChange,
  type ProductDecision,
  type UserChange,
} from '../../subgraphs/product-roles/access/product-access.rules';
import { PRODUCT_CATALOGUE } from '../../subgraphs/product-roles/catalogue/product-catalogue';

// Issue 9 item 4, the grant ceiling, as a table (actor rank × target rank × operation), cell by cell over the pure
// decisions that both the field policies and the in-transaction re-checks call.

const livechat = PRODUCT_CATALOGUE.find((p) => p.key === 'livechat')!;
const chatbot = PRODUCT_CATALOGUE.find((p) => p.key === 'chatbot')!;
const ALL = Object.keys(livechat.permissions).sort();
const OPERATOR = [...livechat.operatorPermissions].sort();
const MANAGE_USERS = ['users.manage'];

function facts(
  product: typeof livechat,
  accountId: string,
  primaryRole: PrimaryRole | null,
  user: { role: string; permissions: string[]; active?: boolean } | null,
  enabled = true,
): AccessFacts {
  return {
    organizationId: 'org',
    product: product.key,
    accountId,
    primaryRole,
    productKnown: true,
    companyRoles: product.companyRoles,
    secondaryRoles: product.secondaryRoles,
    productPermissions: Object.keys(product.permissions).sort(),
    productAdded: true,
    enabled,
    user: user
      ? {
          role: user.role,
          active: user.active ?? true,
          customRoleId: 'r',
          customRoleName: 'R',
          permissions: user.permissions,
        }
      : null,
  };
}

const outcome = (d: ProductDecision) => (d.allowed ? 'OK' : (d.code ?? 'FORBIDDEN'));

// LiveChat people: organization rank, secondary role, custom role permissions.
const LC = {
  OWNER: facts(livechat, 'owner', PrimaryRole.OWNER, { role: 'administrator', permissions: ALL }),
  ADMINISTRATOR: facts(livechat, 'admin', PrimaryRole.ADMINISTRATOR, { role: 'administrator', permissions: ALL }),
  ADMINISTRATOR2: facts(livechat, 'admin2', PrimaryRole.ADMINISTRATOR, { role: 'normal', permissions: OPERATOR }),
  /** The LC-2 actor: a member whose custom role holds only users.manage. */
  USERS_MANAGER: facts(livechat, 'users-manager', PrimaryRole.MEMBER, { role: 'normal', permissions: MANAGE_USERS }),
  /** A member holding the Admin custom role, but only the `normal` secondary role. */
  MEMBER_WITH_ADMIN_ROLE: facts(livechat, 'member-admin-role', PrimaryRole.MEMBER, {
    role: 'normal',
    permissions: ALL,
  }),
  OPERATOR: facts(livechat, 'operator', PrimaryRole.MEMBER, { role: 'normal', permissions: OPERATOR }),
  /** A member whose custom role grants nothing. */
  NOBODY: facts(livechat, 'nobody', PrimaryRole.MEMBER, { role: 'normal', permissions: [] }),
};
type LcWho = keyof typeof LC;

const OPS: Record<string, UserChange> = {
  deactivate: { kind: 'deactivate' },
  'make administrator': { kind: 'update', role: 'administrator' },
  'give Admin role': { kind: 'update', permissions: ALL },
  'give users.manage-only role': { kind: 'update', permissions: MANAGE_USERS },
};
type Op = keyof typeof OPS;

// actor → target → [deactivate, make administrator, give Admin role, give users.manage-only role]
const LC_TABLE: Record<string, Partial<Record<LcWho | 'self', [string, string, string, string]>>> = {
  OWNER: {
    self: ['OK', 'OK', 'OK', 'OK'],
    ADMINISTRATOR: ['OK', 'OK', 'OK', 'OK'],
    OPERATOR: ['OK', 'OK', 'OK', 'OK'],
  },
  ADMINISTRATOR: {
    self: ['CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE'],
    OWNER: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    // A peer administrator: only the owner acts on an administrator, in every domain (decideActOnMember).
    ADMINISTRATOR2: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    OPERATOR: ['OK', 'OK', 'OK', 'OK'],
  },
  USERS_MANAGER: {
    self: ['CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE'],
    OWNER: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ADMINISTRATOR: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    OPERATOR: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    NOBODY: ['OK', 'FORBIDDEN', 'FORBIDDEN', 'OK'],
  },
  MEMBER_WITH_ADMIN_ROLE: {
    self: ['CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE', 'CANNOT_CHANGE_OWN_ROLE'],
    OWNER: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ADMINISTRATOR: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    OPERATOR: ['OK', 'FORBIDDEN', 'OK', 'OK'],
  },
  OPERATOR: {
    self: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    NOBODY: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  },
};

const lcCells = Object.entries(LC_TABLE).flatMap(([actor, targets]) =>
  Object.entries(targets).flatMap(([target, results]) =>
    (Object.keys(OPS) as Op[]).map((op, i) => [actor, target, op, results![i]!] as const),
  ),
);

describe('grant ceiling, LiveChat (LC-2): actor × target × operation', () => {
  it.each(lcCells)('%s → %s: %s → %s', (actor, target, op, expected) => {
    const a = LC[actor as LcWho];
    const t = target === 'self' ? a : LC[target as LcWho];
    expect(outcome(decideUserChange(a, t, OPS[op]!))).toBe(expected);
  });

  it('assigning a new user: the users.manage-only manager may give only roles within its own grants', () => {
    const newcomer = facts(livechat, 'newcomer', PrimaryRole.MEMBER, null);
    const assign = (role: string, permissions: string[]) =>
      outcome(decideUserChange(LC.USERS_MANAGER, newcomer, { kind: 'assign', role, permissions }));
    expect(assign('normal', OPERATOR)).toBe('FORBIDDEN');
    expect(assign('normal', MANAGE_USERS)).toBe('OK');
    expect(assign('administrator', MANAGE_USERS)).toBe('FORBIDDEN');
  });

  it('a deactivated manager, or one in a disabled product, holds nothing', () => {
    const deactivated = facts(livechat, 'x', PrimaryRole.MEMBER, { role: 'normal', permissions: ALL, active: false });
    const disabled = facts(livechat, 'y', PrimaryRole.MEMBER, { role: 'normal', permissions: ALL }, false);
    for (const actor of [deactivated, disabled])
      expect(outcome(decideUserChange(actor, LC.NOBODY, { kind: 'deactivate' }))).toBe('FORBIDDEN');
  });
});

describe('grant ceiling, LiveChat roles (LC-2): a role never grants more than its editor holds', () => {
  const rolesManager = facts(livechat, 'rm', PrimaryRole.MEMBER, {
    role: 'normal',
    permissions: ['roles.manage', 'inbox.use'],
  });
  it.each([
    ['creates a role within its grants', { kind: 'create', permissions: ['inbox.use'] }, 'OK'],
    ['creates a role beyond its grants', { kind: 'create', permissions: ['inbox.use', 'users.manage'] }, 'FORBIDDEN'],
    ['edits the Admin role (it holds less)', { kind: 'update', permissions: ['inbox.use'], current: ALL }, 'FORBIDDEN'],
    [
      'edits its own role',
      {
        kind: 'update',
        permissions: ['inbox.use'],
        current: ['inbox.use'],
        holders: [{ accountId: 'rm', primaryRole: PrimaryRole.MEMBER }],
      },
      'CANNOT_CHANGE_OWN_ROLE',
    ],
    [
      'edits a role an administrator holds',
      {
        kind: 'update',
        permissions: [],
        current: ['inbox.use'],
        holders: [{ accountId: 'a', primaryRole: PrimaryRole.ADMINISTRATOR }],
      },
      'FORBIDDEN',
    ],
    ['renames a role only', { kind: 'update', current: ALL }, 'OK'],
    [
      'deletes a role moving its holders to a broader one',
      { kind: 'delete', current: ['inbox.use'], holders: [], reassignPermissions: ALL },
      'FORBIDDEN',
    ],
  ] as const)('%s → %s', (_name, change, expected) => {
    expect(outcome(decideRoleChange(rolesManager, change as never))).toBe(expected);
  });
});

// Chatbot: CB-4/CB-5 whatever mutation (deactivateProductUser, updateProductUser with a custom role).
const CB = {
  OWNER: facts(chatbot, 'owner', PrimaryRole.OWNER, { role: 'OWNER', permissions: [] }),
  ADMINISTRATOR: facts(chatbot, 'admin', PrimaryRole.MEMBER, { role: 'ADMINISTRATOR', permissions: [] }),
  ADMINISTRATOR2: facts(chatbot, 'admin2', PrimaryRole.MEMBER, { role: 'ADMINISTRATOR', permissions: [] }),
  MANAGER: facts(chatbot, 'manager', PrimaryRole.MEMBER, { role: 'MANAGER', permissions: [] }),
  /** The CB actor: an Accounts ADMINISTRATOR who is only a chatbot DESIGNER, holding the Admin custom role. */
  DESIGNER: facts(chatbot, 'designer', PrimaryRole.ADMINISTRATOR, {
    role: 'DESIGNER',
    permissions: Object.keys(chatbot.permissions),
  }),
};
type CbWho = keyof typeof CB;
const CB_OPS: Record<string, UserChange> = {
  deactivate: { kind: 'deactivate' },
  reactivate: { kind: 'reactivate' },
  'give Admin custom role': { kind: 'update', permissions: Object.keys(chatbot.permissions) },
};
const F = 'FORBIDDEN';
const OWN = 'CANNOT_CHANGE_OWN_ROLE';
// actor → target → [deactivate, reactivate, custom role]
const CB_TABLE: Record<CbWho, Partial<Record<CbWho | 'self', [string, string, string]>>> = {
  OWNER: {
    self: [OWN, OWN, OWN],
    ADMINISTRATOR: ['OK', 'OK', 'OK'],
    MANAGER: ['OK', 'OK', 'OK'],
    DESIGNER: ['OK', 'OK', 'OK'],
  },
  ADMINISTRATOR: {
    self: [OWN, OWN, OWN],
    OWNER: ['COMPANY_OWNER_REQUIRED', 'COMPANY_OWNER_REQUIRED', F],
    ADMINISTRATOR2: ['OK', 'OK', F],
    MANAGER: ['OK', 'OK', 'OK'],
    DESIGNER: ['OK', 'OK', 'OK'],
  },
  ADMINISTRATOR2: {},
  MANAGER: { self: [F, F, F], DESIGNER: [F, F, F], ADMINISTRATOR: [F, F, F] },
  DESIGNER: { self: [F, F, F], MANAGER: [F, F, F], ADMINISTRATOR: [F, F, F], OWNER: [F, F, F] },
};
const cbCells = Object.entries(CB_TABLE).flatMap(([actor, targets]) =>
  Object.entries(targets).flatMap(([target, results]) =>
    Object.keys(CB_OPS).map((op, i) => [actor, target, op, results![i]!] as const),
  ),
);

describe('grant ceiling, chatbot: CB-4/CB-5 whatever mutation (company rank × target rank × operation)', () => {
  it.each(cbCells)('%s → %s: %s → %s', (actor, target, op, expected) => {
    const a = CB[actor as CbWho];
    const t = target === 'self' ? a : CB[target as CbWho];
    expect(outcome(decideUserChange(a, t, CB_OPS[op]!))).toBe(expected);
  });
});

describe('who enables and disables a product (GA-6, CB-2)', () => {
  it.each([
    ['livechat', PrimaryRole.OWNER, null, 'OK'],
    ['livechat', PrimaryRole.ADMINISTRATOR, null, 'OK'],
    ['livechat', PrimaryRole.MEMBER, null, F],
    ['chatbot', PrimaryRole.OWNER, 'OWNER', 'OK'],
    ['chatbot', PrimaryRole.OWNER, 'ADMINISTRATOR', F],
    ['chatbot', PrimaryRole.OWNER, null, F],
    ['chatbot', PrimaryRole.ADMINISTRATOR, 'OWNER', 'OK'],
    ['chatbot', PrimaryRole.ADMINISTRATOR, 'ADMINISTRATOR', F],
    ['chatbot', PrimaryRole.ADMINISTRATOR, 'DESIGNER', F],
    ['chatbot', PrimaryRole.MEMBER, 'OWNER', F],
  ] as const)('%s: organization %s, company %s → %s', (product, primary, company, expected) => {
    const p = product === 'chatbot' ? chatbot : livechat;
    const f = facts(p, 'x', primary, company ? { role: company, permissions: [] } : null);
    expect(outcome(decideProductSwitch(f))).toBe(expected);
  });

  it('lets organization owners and administrators open chatbot the first time (no company yet)', () => {
    const f = { ...facts(chatbot, 'x', PrimaryRole.ADMINISTRATOR, null), productAdded: false };
    expect(outcome(decideProductSwitch(f))).toBe('OK');
  });
});
