import type { SubgraphDeps } from '../../common/subgraph';
import { AccountService } from '../account/account.service';
import { MembershipService } from '../membership/membership.service';
import { CustomRole, PrimaryRole } from '../membership/membership.roles';
import { OrganizationService } from '../organization/organization.service';

/** The password of every demo account (printed by `npm start`; demo data is for development only). */
export const DEMO_PASSWORD = 'demo-password';

/**
 * Demo accounts in the organization "Acme Support": one per primary role, and the people the other domains'
 * demos give roles to (chatbot company roles, the US/AU live-chat operators and team leaders of seed 001).
 */
export const DEMO_ACCOUNTS = [
  { email: 'owner@demo.test', name: 'Olivia Owner', role: PrimaryRole.OWNER, customRoles: [] },
  { email: 'admin@demo.test', name: 'Adam Administrator', role: PrimaryRole.ADMINISTRATOR, customRoles: [CustomRole.BILLING_EDITOR] },
  { email: 'member@demo.test', name: 'Mia Member', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'manager@demo.test', name: 'Max Manager', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'designer@demo.test', name: 'Dana Designer', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'us-operator@demo.test', name: 'Uma US Operator', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'us-leader@demo.test', name: 'Ulysses US Team Leader', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'au-operator@demo.test', name: 'Ava AU Operator', role: PrimaryRole.MEMBER, customRoles: [] },
  { email: 'au-leader@demo.test', name: 'Angus AU Team Leader', role: PrimaryRole.MEMBER, customRoles: [] },
] as const;

export const DEMO_ORGANIZATION = 'Acme Support';

/** Loads the accounts demo through the real services (so it is audited like any change). Skips a non-empty database. */
export async function seedAccountsDemo({ db, tokens }: SubgraphDeps): Promise<void> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM accounts.accounts');
  if (n > 0) return;
  const accounts = new AccountService(db, tokens);
  const memberships = new MembershipService(db);
  const ids = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const { account } = await accounts.signUp({ email: a.email, name: a.name, password: DEMO_PASSWORD });
    ids.set(a.email, account.id);
  }
  const owner = { accountId: ids.get(DEMO_ACCOUNTS[0].email)! };
  const org = await new OrganizationService(db).create(owner, { name: DEMO_ORGANIZATION });
  for (const a of DEMO_ACCOUNTS.slice(1)) {
    await memberships.addMember(owner, { organizationId: org.id, email: a.email, role: a.role });
    for (const role of a.customRoles) {
      await memberships.grantCustomRole(owner, { organizationId: org.id, accountId: ids.get(a.email)!, role });
    }
  }
}
