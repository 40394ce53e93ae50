/** Portal roles (ES-2), highest first. */
export enum PortalRole {
  ROOT = 'ROOT',
  SUPPORT = 'SUPPORT',
  CONDUIT_ADMIN = 'CONDUIT_ADMIN',
  SALES_REP = 'SALES_REP',
  CUSTOMER_MANAGER = 'CUSTOMER_MANAGER',
  CUSTOMER_ADMIN = 'CUSTOMER_ADMIN',
  CUSTOMER_TECHNICAL = 'CUSTOMER_TECHNICAL',
  PRIMARY_CONTACT = 'PRIMARY_CONTACT',
  BILLING_CONTACT = 'BILLING_CONTACT',
}

/** Rank for "each role manages only roles below it" (ES-2); a sales rep is a customer manager who may also create demos. */
export const PORTAL_ROLE_RANK: Readonly<Record<PortalRole, number>> = {
  ROOT: 100,
  SUPPORT: 90,
  CONDUIT_ADMIN: 80,
  SALES_REP: 70,
  CUSTOMER_MANAGER: 60,
  CUSTOMER_ADMIN: 50,
  CUSTOMER_TECHNICAL: 40,
  PRIMARY_CONTACT: 30,
  BILLING_CONTACT: 30,
};

/** Where a role's reach is anchored (ES-2): nowhere (root), a server, a conduit, or one customer. */
export type RoleScope = 'global' | 'server' | 'conduit' | 'customer';
export const PORTAL_ROLE_SCOPE: Readonly<Record<PortalRole, RoleScope>> = {
  ROOT: 'global',
  SUPPORT: 'server',
  CONDUIT_ADMIN: 'conduit',
  SALES_REP: 'conduit',
  CUSTOMER_MANAGER: 'conduit',
  CUSTOMER_ADMIN: 'customer',
  CUSTOMER_TECHNICAL: 'customer',
  PRIMARY_CONTACT: 'customer',
  BILLING_CONTACT: 'customer',
};

/** The seed's matrix columns, in its order. ROOT (everything) and the two contacts (no portal access) are not columns. */
export const MATRIX_COLUMNS = [
  PortalRole.SUPPORT,
  PortalRole.CONDUIT_ADMIN,
  PortalRole.SALES_REP,
  PortalRole.CUSTOMER_MANAGER,
  PortalRole.CUSTOMER_ADMIN,
  PortalRole.CUSTOMER_TECHNICAL,
] as const;

/**
 * ES-3: seed 004's Create, Edit, Delete and View matrices as data, one string of Y/N per row in MATRIX_COLUMNS
 * order. "Read Only" (notes, SR and CM) is N here: they view notes through the View matrix. "Customers: N/A" in
 * Delete has no row: customers are never deleted, they are archived (edit:billing_archive).
 */
export const PORTAL_MATRIX = {
  create: {
    customer: 'YYYNNN',
    department: 'YYYYYN',
    association_intra: 'YYYYYN',
    association_inter_conduit: 'YNNNNN',
    association_inter_customer: 'YYYNNN',
    group: 'YYYYYY',
    broadcast_group: 'YNNNNN',
    activation_code: 'YYYYYY',
    user: 'YYYYYY',
    note: 'YYNNNN',
  },
  edit: {
    customer: 'YYYYNN',
    billing_non_billable: 'YNNNNN',
    billing_activate_demo: 'YYYNNN',
    billing_extend_demo: 'YNNNNN',
    billing_activate: 'YYNNNN',
    billing_deactivate: 'YYNNNN',
    billing_archive: 'YYNNNN',
    client_side_recording: 'YYYYYN',
    external_contacts: 'YYYYYN',
    rtp_gateway: 'YYYYNN',
    department: 'YYYYYN',
    group: 'YYYYYY',
    broadcast_group: 'YNNNNN',
    user: 'YYYYYY',
    feature_keys: 'YYYYYY',
    note: 'YYYNNN',
    activation_code: 'YYYYYY',
  },
  delete: {
    department: 'YYYYYN',
    association_intra: 'YYYYYN',
    association_inter_conduit: 'YYNNNN',
    association_inter_customer: 'YYYNNN',
    group: 'YYYYYY',
    user: 'YYYYYY',
    note: 'YYNNNN',
  },
  view: {
    portal_users: 'YNNNNN',
    portal_users_customer: 'YYYYNN',
    portal_users_conduit: 'YYYYNN',
    notes: 'YYYYNN',
    customers: 'YYYYNN',
    association_intra: 'YYYYYY',
  },
} as const;

export type MatrixName = keyof typeof PORTAL_MATRIX;
/** One cell row of the matrices, e.g. `create:customer` or `edit:billing_archive`. */
export type PortalAction = { [M in MatrixName]: `${M}:${keyof (typeof PORTAL_MATRIX)[M] & string}` }[MatrixName];

/** Every action, in the matrices' order. */
export const PORTAL_ACTIONS: readonly PortalAction[] = (Object.keys(PORTAL_MATRIX) as MatrixName[]).flatMap((m) =>
  Object.keys(PORTAL_MATRIX[m]).map((row) => `${m}:${row}` as PortalAction),
);

/** True for a string naming a matrix row. */
export function isPortalAction(value: unknown): value is PortalAction {
  return typeof value === 'string' && (PORTAL_ACTIONS as readonly string[]).includes(value);
}

/** The permission name a field declares for an action, e.g. `portal:create:customer`. */
export const portalPermission = (action: PortalAction): string => `portal:${action}`;

/** The roles a cell allows, ignoring reach: ROOT always (everything, ES-2), contacts never (no portal access). */
export function roleAllows(role: PortalRole, action: PortalAction): boolean {
  if (role === PortalRole.ROOT) return true;
  const column = (MATRIX_COLUMNS as readonly PortalRole[]).indexOf(role);
  if (column < 0) return false;
  const [matrix, row] = action.split(':') as [MatrixName, string];
  return (PORTAL_MATRIX[matrix] as Record<string, string>)[row]![column] === 'Y';
}

/** Roles that see (and so may manage) portal users: those with a "view portal users" cell, and ROOT. */
export function managesPortalUsers(role: PortalRole): boolean {
  return roleAllows(role, 'view:portal_users_customer') || roleAllows(role, 'view:portal_users_conduit');
}

/** Every role but the contacts may use the portal (ES-2: contacts are for contact data only). */
export function hasPortalAccess(role: PortalRole): boolean {
  return role === PortalRole.ROOT || (MATRIX_COLUMNS as readonly PortalRole[]).includes(role);
}
