import { passwordHasher } from '../../common/auth/passwords';
import type { SubgraphDeps } from '../../common/subgraph';
import { AccountService } from '../account/account.service';
import { MembershipService } from '../membership/membership.service';
import { CustomRole, PrimaryRole } from '../../common/organization-access';
import { OrganizationService } from '../organization/organization.service';
import { SessionService } from '../session/session.service';

/** The password of every demo account (printed by `npm start`; demo data is for development only). */
export const DEMO_PASSWORD = 'demo-password';

/** A demo person: their Accounts role in "Acme Support" (null: not a member) and what the demos make of them. */
export interface DemoAccount {
  email: string;
  name: string;
  role: PrimaryRole | null;
  customRoles: readonly CustomRole[];
  demo: string;
}

/**
 * Demo accounts: in "Acme Support" one per primary role and the people the other domains' demos give roles to
 * (chatbot company roles, the US/AU live-chat operators and team leaders of seed 001); outside it, one portal
 * user per role of the customer hierarchy (seed 004).
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'owner@demo.test',
    name: 'Olivia Owner',
    role: PrimaryRole.OWNER,
    customRoles: [],
    demo: 'Acme owner; LiveChat legacy OWNER; chatbot OWNER',
  },
  {
    email: 'admin@demo.test',
    name: 'Adam Administrator',
    role: PrimaryRole.ADMINISTRATOR,
    customRoles: [CustomRole.BILLING_EDITOR],
    demo: 'Acme administrator + billing_editor; LiveChat VICEOWNER; chatbot ADMINISTRATOR',
  },
  {
    email: 'member@demo.test',
    name: 'Mia Member',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'Acme member; LiveChat AGENT',
  },
  {
    email: 'manager@demo.test',
    name: 'Max Manager',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'chatbot MANAGER',
  },
  {
    email: 'designer@demo.test',
    name: 'Dana Designer',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'chatbot DESIGNER',
  },
  {
    email: 'us-operator@demo.test',
    name: 'Uma US Operator',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'live-chat operator, Departments US',
  },
  {
    email: 'us-leader@demo.test',
    name: 'Ulysses US Team Leader',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'live-chat team leader, US',
  },
  {
    email: 'au-operator@demo.test',
    name: 'Ava AU Operator',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'live-chat operator, Departments AU',
  },
  {
    email: 'au-leader@demo.test',
    name: 'Angus AU Team Leader',
    role: PrimaryRole.MEMBER,
    customRoles: [],
    demo: 'live-chat team leader, AU',
  },
  { email: 'root@demo.test', name: 'Rita Root', role: null, customRoles: [], demo: 'portal ROOT' },
  { email: 'support@demo.test', name: 'Sam Support', role: null, customRoles: [], demo: 'portal SUPPORT' },
  {
    email: 'conduit-admin@demo.test',
    name: 'Cora Conduit Admin',
    role: null,
    customRoles: [],
    demo: 'portal CONDUIT_ADMIN',
  },
  { email: 'sales-rep@demo.test', name: 'Sid Sales Rep', role: null, customRoles: [], demo: 'portal SALES_REP' },
  {
    email: 'customer-manager@demo.test',
    name: 'Cam Customer Manager',
    role: null,
    customRoles: [],
    demo: 'portal CUSTOMER_MANAGER',
  },
  {
    email: 'customer-admin@demo.test',
    name: 'Cai Customer Admin',
    role: null,
    customRoles: [],
    demo: 'portal CUSTOMER_ADMIN',
  },
  {
    email: 'customer-tech@demo.test',
    name: 'Tess Customer Technical',
    role: null,
    customRoles: [],
    demo: 'portal CUSTOMER_TECHNICAL',
  },
  {
    email: 'primary-contact@demo.test',
    name: 'Pat Primary Contact',
    role: null,
    customRoles: [],
    demo: 'portal PRIMARY_CONTACT (no portal access)',
  },
  {
    email: 'billing-contact@demo.test',
    name: 'Bill Billing Contact',
    role: null,
    customRoles: [],
    demo: 'portal BILLING_CONTACT (no portal access)',
  },
];

export const DEMO_ORGANIZATION = 'Acme Support';

/** Loads the accounts demo through the real services (so it is audited like any change). Skips a non-empty database. */
export async function seedAccountsDemo({ db, tokens, config }: SubgraphDeps): Promise<void> {
  const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM accounts.accounts')) as Array<{ n: number }>;
  if (n > 0) return;
  const accounts = new AccountService(
    db,
    new SessionService(db, tokens, config.sessions),
    passwordHasher(config.passwords),
  );
  const memberships = new MembershipService(db);
  const ids = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const { account } = await accounts.signUp({ email: a.email, name: a.name, password: DEMO_PASSWORD });
    ids.set(a.email, account.id);
  }
  const owner = { accountId: ids.get(DEMO_ACCOUNTS[0]!.email)! };
  const org = await new OrganizationService(db).create(owner, { name: DEMO_ORGANIZATION });
  for (const a of DEMO_ACCOUNTS.slice(1)) {
    if (a.role === null) continue;
    await memberships.addMember(owner, { organizationId: org.id, email: a.email, role: a.role });
    for (const role of a.customRoles) {
      await memberships.grantCustomRole(owner, { organizationId: org.id, accountId: ids.get(a.email)!, role });
    }
  }
}
