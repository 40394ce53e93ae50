/**
 * Seed 004's four matrices, transcribed independently of the code: the seed's own rows, verbatim, and a
 * hand-written map from each row title to the operation the tests run for it. Tests compare the code's table and
 * the running system against this, cell by cell. "Read Only" (notes, SR and CM) reads as "may not create".
 */
const SEED_004 = `
Create
| Create | Support | Conduit Admin | Sales Rep | Customer Manager | Customer Admin | Customer Technical |
| Customer | Y | Y | Y | N | N | N |
| Departments | Y | Y | Y | Y | Y | N |
| Departmental Associations (intra customer, regardless of self discovery) | Y | Y | Y | Y | Y | N |
| Departmental Associations (inter customer/inter-conduit within server self discovery disabled) | Y | N | N | N | N | N |
| Departmental Associations (Inter customer/intra conduit and same server, self discovery disabled) | Y | Y | Y | N | N | N |
| Groups | Y | Y | Y | Y | Y | Y |
| Broadcast Groups | Y | N | N | N | N | N |
| Manual Activation Codes | Y | Y | Y | Y | Y | Y |
| Users | Y | Y | Y | Y | Y | Y |
| Notes | Y | Y | Read Only | Read Only | N | N |
Edit
| Edit | Support | Conduit Admin | Sales Rep | Customer Manager | Customer Admin | Customer Technical |
| Customer | Y | Y | Y | Y | N | N |
| Customer Billing: Non-Billable | Y | N | N | N | N | N |
| Customer Billing: Activate Demo | Y | Y | Y | N | N | N |
| Customer Billing: Extend Demo | Y | N | N | N | N | N |
| Customer Billing: Activate Customer | Y | Y | N | N | N | N |
| Customer Billing: Deactivate Customer | Y | Y | N | N | N | N |
| Customer Billing: Archive Customer | Y | Y | N | N | N | N |
| Enable Client Side Recording | Y | Y | Y | Y | Y | N |
| Modify External Contacts | Y | Y | Y | Y | Y | N |
| RTP Gateway Config | Y | Y | Y | Y | N | N |
| Departments | Y | Y | Y | Y | Y | N |
| Groups | Y | Y | Y | Y | Y | Y |
| Broadcast Groups | Y | N | N | N | N | N |
| Users | Y | Y | Y | Y | Y | Y |
| User Support Feature Keys | Y | Y | Y | Y | Y | Y |
| Notes | Y | Y | Y | N | N | N |
| Manual Activation Code | Y | Y | Y | Y | Y | Y |
Delete
| Delete | Support | Conduit Admin | Sales Rep | Customer Manager | Customer Admin | Customer Technical |
| Customers | N/A | N/A | N/A | N/A | N/A | N/A |
| Departments | Y | Y | Y | Y | Y | N |
| Department Associations (Intra Customer) | Y | Y | Y | Y | Y | N |
| Department Associations (Inter Customer, same server) | Y | Y | N | N | N | N |
| Department Associations (Inter customer, same server and same conduit) | Y | Y | Y | N | N | N |
| Groups | Y | Y | Y | Y | Y | Y |
| Users | Y | Y | Y | Y | Y | Y |
| Notes | Y | Y | N | N | N | N |
View
| View | Support | Conduit Admin | Sales Rep | Customer Manager | Customer Admin | Customer Technical |
|---|---|---|---|---|---|---|
| Portal Users | Y | N | N | N | N | N |
| Portal Users Assigned to Customer | Y | Y | Y | Y | N | N |
| Portal Users within assigned conduit | Y | Y | Y | Y | N | N |
| Notes | Y | Y | Y | Y | N | N |
| Customers | Y | Y | Y | Y | N | N |
| Department Associations Intra customer | Y | Y | Y | Y | Y | Y |
`;

/** The seed's columns, as role names. */
export const SEED_004_COLUMNS = [
  'SUPPORT',
  'CONDUIT_ADMIN',
  'SALES_REP',
  'CUSTOMER_MANAGER',
  'CUSTOMER_ADMIN',
  'CUSTOMER_TECHNICAL',
] as const;
export type SeedRole = (typeof SEED_004_COLUMNS)[number];

/** Row title (per matrix) → the test's name for the cell's operation. `null`: no operation (customers are never deleted). */
const ROW_KEYS: Record<string, Record<string, string | null>> = {
  Create: {
    Customer: 'create:customer',
    Departments: 'create:department',
    'Departmental Associations (intra customer, regardless of self discovery)': 'create:association_intra',
    'Departmental Associations (inter customer/inter-conduit within server self discovery disabled)':
      'create:association_inter_conduit',
    'Departmental Associations (Inter customer/intra conduit and same server, self discovery disabled)':
      'create:association_inter_customer',
    Groups: 'create:group',
    'Broadcast Groups': 'create:broadcast_group',
    'Manual Activation Codes': 'create:activation_code',
    Users: 'create:user',
    Notes: 'create:note',
  },
  Edit: {
    Customer: 'edit:customer',
    'Customer Billing: Non-Billable': 'edit:billing_non_billable',
    'Customer Billing: Activate Demo': 'edit:billing_activate_demo',
    'Customer Billing: Extend Demo': 'edit:billing_extend_demo',
    'Customer Billing: Activate Customer': 'edit:billing_activate',
    'Customer Billing: Deactivate Customer': 'edit:billing_deactivate',
    'Customer Billing: Archive Customer': 'edit:billing_archive',
    'Enable Client Side Recording': 'edit:client_side_recording',
    'Modify External Contacts': 'edit:external_contacts',
    'RTP Gateway Config': 'edit:rtp_gateway',
    Departments: 'edit:department',
    Groups: 'edit:group',
    'Broadcast Groups': 'edit:broadcast_group',
    Users: 'edit:user',
    'User Support Feature Keys': 'edit:feature_keys',
    Notes: 'edit:note',
    'Manual Activation Code': 'edit:activation_code',
  },
  Delete: {
    Customers: null,
    Departments: 'delete:department',
    'Department Associations (Intra Customer)': 'delete:association_intra',
    'Department Associations (Inter Customer, same server)': 'delete:association_inter_conduit',
    'Department Associations (Inter customer, same server and same conduit)': 'delete:association_inter_customer',
    Groups: 'delete:group',
    Users: 'delete:user',
    Notes: 'delete:note',
  },
  View: {
    'Portal Users': 'view:portal_users',
    'Portal Users Assigned to Customer': 'view:portal_users_customer',
    'Portal Users within assigned conduit': 'view:portal_users_conduit',
    Notes: 'view:notes',
    Customers: 'view:customers',
    'Department Associations Intra customer': 'view:association_intra',
  },
};

/** One cell of the seed: the operation, the role and whether the seed allows it. */
export interface SeedCell {
  matrix: string;
  row: string;
  key: string;
  role: SeedRole;
  allowed: boolean;
}

function parse(): { cells: SeedCell[]; vacuous: string[] } {
  const cells: SeedCell[] = [];
  const vacuous: string[] = [];
  let matrix = '';
  for (const line of SEED_004.trim().split('\n')) {
    if (!line.startsWith('|')) {
      matrix = line.trim();
      continue;
    }
    const parts = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const [row, ...values] = parts as [string, ...string[]];
    if (row === matrix || row.startsWith('---')) continue;
    const key = ROW_KEYS[matrix]?.[row];
    if (key === undefined) throw new Error(`seed 004: no key for "${matrix} / ${row}"`);
    if (values.length !== SEED_004_COLUMNS.length) throw new Error(`seed 004: "${row}" has ${values.length} cells`);
    if (key === null) {
      vacuous.push(`${matrix} / ${row}`);
      continue;
    }
    values.forEach((v, i) => cells.push({ matrix, row, key, role: SEED_004_COLUMNS[i]!, allowed: v === 'Y' }));
  }
  return { cells, vacuous };
}

const parsed = parse();
/** Every cell of the four matrices (rows with an operation). */
export const SEED_004_CELLS: readonly SeedCell[] = parsed.cells;
/** Rows with no operation: "Customers N/A" in Delete (customers are archived, never deleted). */
export const SEED_004_VACUOUS: readonly string[] = parsed.vacuous;
