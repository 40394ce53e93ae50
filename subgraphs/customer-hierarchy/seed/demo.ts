import type { DataSource } from 'typeorm';
import { accountsByEmail } from '../../common/contracts/accounts';
import type { SubgraphDeps } from '../../common/subgraph';
import { PortalRole } from '../access/portal.matrix';
import { AssociationService } from '../association/association.service';
import { CustomerService } from '../customer/customer.service';
import { HierarchyService } from '../hierarchy/hierarchy.service';
import { bootstrapRoot, PortalRoleService } from '../portal-role/portal-role.service';
import { WorkspaceService } from '../workspace/workspace.service';

/** The demo portal users: one per role (seed 004), all existing accounts of the accounts demo. */
export const DEMO_PORTAL_USERS = {
  ROOT: 'root@demo.test',
  SUPPORT: 'support@demo.test',
  CONDUIT_ADMIN: 'conduit-admin@demo.test',
  SALES_REP: 'sales-rep@demo.test',
  CUSTOMER_MANAGER: 'customer-manager@demo.test',
  CUSTOMER_ADMIN: 'customer-admin@demo.test',
  CUSTOMER_TECHNICAL: 'customer-tech@demo.test',
  PRIMARY_CONTACT: 'primary-contact@demo.test',
  BILLING_CONTACT: 'billing-contact@demo.test',
} as const satisfies Record<PortalRole, string>;

/** What the demo created, by name. */
export interface HierarchyDemoIds {
  serverId: string;
  conduits: Record<'North' | 'South', string>;
  customers: Record<'Northwind Dental' | 'Blue Harbor Clinic' | 'Southside Logistics', string>;
}

/**
 * Loads the hierarchy demo through the real services (audited like any change), acting as the demo people:
 * server "Demo Server" with conduits North and South; Northwind Dental (a demo created by the sales rep, so
 * assigned to it) and Blue Harbor Clinic (created by the conduit admin, assigned to the customer manager) in North;
 * Southside Logistics in South; one portal user per role; a small workspace and one association of each kind.
 * The customer admin owns the three customers' organizations (and is their CUSTOMER_ADMIN, given at creation);
 * the customer technical and the two contacts are members of Northwind's organization with their portal roles.
 * ROOT goes to root@demo.test through the bootstrap step (the only way to get ROOT). Skips a non-empty hierarchy
 * and a database without the demo accounts; `prefix` lets tests load it more than once.
 */
export async function loadHierarchyDemo(
  db: DataSource,
  emails: Record<PortalRole, string> = DEMO_PORTAL_USERS,
  prefix = '',
): Promise<HierarchyDemoIds | null> {
  const ids = new Map<string, string>(
    (await accountsByEmail(db, Object.values(emails))).map((r) => [r.email, r.accountId]),
  );
  if (Object.values(emails).some((e) => !ids.has(e))) return null;
  const as = (role: PortalRole) => ({ accountId: ids.get(emails[role])! });
  const hierarchy = new HierarchyService(db);
  const customers = new CustomerService(db);
  const roles = new PortalRoleService(db);
  const workspace = new WorkspaceService(db);
  const associations = new AssociationService(db);
  const root = as(PortalRole.ROOT);

  await bootstrapRoot(db, emails.ROOT);
  const server = await hierarchy.createServer(root, { name: `${prefix}Demo Server` });
  await roles.assign(root, { email: emails.SUPPORT, role: PortalRole.SUPPORT, serverId: server.id });
  const north = await hierarchy.createSalesConduit(as(PortalRole.SUPPORT), { serverId: server.id, name: 'North' });
  const south = await hierarchy.createSalesConduit(as(PortalRole.SUPPORT), { serverId: server.id, name: 'South' });
  const support = as(PortalRole.SUPPORT);
  await roles.assign(support, { email: emails.CONDUIT_ADMIN, role: PortalRole.CONDUIT_ADMIN, conduitId: north.id });
  await roles.assign(support, { email: emails.SALES_REP, role: PortalRole.SALES_REP, conduitId: north.id });
  const cm = await roles.assign(support, {
    email: emails.CUSTOMER_MANAGER,
    role: PortalRole.CUSTOMER_MANAGER,
    conduitId: north.id,
  });

  // Who owns a customer's organization: its first CUSTOMER_ADMIN, named at creation (README). The demo has one
  // customer-side administrator, so the customer admin owns and administers all three customers; the contacts
  // (no portal access, ES-2) own nothing and are plain members of Northwind's organization.
  const owner = emails.CUSTOMER_ADMIN;
  const northwind = await customers.create(as(PortalRole.SALES_REP), {
    conduitId: north.id,
    name: `${prefix}Northwind Dental`,
    ownerEmail: owner,
  });
  const blueHarbor = await customers.create(as(PortalRole.CONDUIT_ADMIN), {
    conduitId: north.id,
    name: `${prefix}Blue Harbor Clinic`,
    ownerEmail: owner,
  });
  const southside = await customers.create(support, {
    conduitId: south.id,
    name: `${prefix}Southside Logistics`,
    ownerEmail: owner,
  });
  await roles.assignCustomer(as(PortalRole.CONDUIT_ADMIN), { assignmentId: cm.id, customerId: northwind.id });
  await roles.assignCustomer(as(PortalRole.CONDUIT_ADMIN), { assignmentId: cm.id, customerId: blueHarbor.id });
  for (const role of [PortalRole.CUSTOMER_TECHNICAL, PortalRole.PRIMARY_CONTACT, PortalRole.BILLING_CONTACT]) {
    await roles.assign(as(PortalRole.SALES_REP), { email: emails[role], role, customerId: northwind.id });
  }

  const admin = as(PortalRole.CUSTOMER_ADMIN);
  const frontDesk = await workspace.createNamed(admin, 'department', { customerId: northwind.id, name: 'Front Desk' });
  const billing = await workspace.createNamed(admin, 'department', { customerId: northwind.id, name: 'Billing' });
  await workspace.createNamed(admin, 'group', { customerId: northwind.id, name: 'Nurses' });
  await workspace.createNamed(support, 'broadcast_group', { customerId: northwind.id, name: 'All staff' });
  const nurse = await workspace.createEndUser(admin, {
    customerId: northwind.id,
    name: 'Nora Nurse',
    email: 'nora@northwind.example',
  });
  await workspace.setFeatureKeys(admin, {
    customerId: northwind.id,
    endUserId: nurse.id,
    keys: ['call_recording', 'screen_share'],
  });
  await workspace.createActivationCode(admin, { customerId: northwind.id, label: 'Front desk tablet' });
  await workspace.createNote(as(PortalRole.CONDUIT_ADMIN), {
    customerId: northwind.id,
    body: 'Demo started at the dental trade fair.',
  });
  await customers.setExternalContacts(admin, {
    customerId: northwind.id,
    contacts: [{ name: 'IT Helpdesk', email: 'it@northwind.example', phone: '+1 555 0100' }],
  });
  const reception = await workspace.createNamed(as(PortalRole.CONDUIT_ADMIN), 'department', {
    customerId: blueHarbor.id,
    name: 'Reception',
  });
  const dispatch = await workspace.createNamed(support, 'department', { customerId: southside.id, name: 'Dispatch' });
  await associations.create(admin, { departmentId: frontDesk.id as string, otherDepartmentId: billing.id as string });
  await associations.create(as(PortalRole.CONDUIT_ADMIN), {
    departmentId: frontDesk.id as string,
    otherDepartmentId: reception.id as string,
  });
  await associations.create(support, { departmentId: billing.id as string, otherDepartmentId: dispatch.id as string });
  await customers.update(support, { customerId: southside.id, selfDiscovery: false });
  return {
    serverId: server.id,
    conduits: { North: north.id, South: south.id },
    customers: {
      'Northwind Dental': northwind.id,
      'Blue Harbor Clinic': blueHarbor.id,
      'Southside Logistics': southside.id,
    },
  };
}

/** `seedDemo` of the module: loads the hierarchy demo once (skips when any server exists). */
export async function seedCustomerHierarchyDemo({ db }: SubgraphDeps): Promise<void> {
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM customer_hierarchy.servers')) as Array<{ n: number }>;
  if (n > 0) return;
  await loadHierarchyDemo(db);
}
