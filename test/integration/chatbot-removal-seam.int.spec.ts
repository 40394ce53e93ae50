import { PrimaryRole } from '../../subgraphs/common/organization-access';
import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { outcome, useProductRoles } from '../support/product-roles.factory';

// Issue 9 item 4, CB-5 whatever mutation carries it: removing an organization member also removes them from the
// chatbot company (GA-11), so an Accounts ADMINISTRATOR who is only a company DESIGNER must not reach the company
// MANAGER through removeOrganizationMember when removeCompanyUser refuses it.
const t = useProductRoles();

async function setup() {
  const o = await t.company();
  // An Accounts ADMINISTRATOR who is only a company DESIGNER.
  const lowAdmin = await t.accounts.account('low-admin');
  await t.accounts.services.memberships.addMember(o.owner.viewer, {
    organizationId: o.org.id,
    email: lowAdmin.email,
    role: PrimaryRole.ADMINISTRATOR,
  });
  await t.companies.invite(o.owner.viewer, {
    organizationId: o.org.id,
    email: lowAdmin.email,
    role: CompanyRole.DESIGNER,
  });
  await t.companies.accept(lowAdmin.viewer, { organizationId: o.org.id });
  return { ...o, lowAdmin };
}

const companyUsers = async (organizationId: string): Promise<string[]> =>
  (
    (await t.deps.db.query(
      `SELECT account_id FROM product_roles.product_users WHERE organization_id = $1 AND product = 'chatbot' ORDER BY account_id`,
      [organizationId],
    )) as Array<{ account_id: string }>
  ).map((r) => r.account_id);

describe('CB-5 through removeOrganizationMember', () => {
  it('refuses an administrator who is only a company DESIGNER, as removeCompanyUser does, and changes nothing', async () => {
    const o = await setup();
    const before = await companyUsers(o.org.id);
    const remove = (id: string) =>
      t.accounts.services.memberships.removeMember(o.lowAdmin.viewer, { organizationId: o.org.id, accountId: id });
    expect(
      await outcome(t.companies.remove(o.lowAdmin.viewer, { organizationId: o.org.id, accountId: o.manager.id })),
    ).toBe('FORBIDDEN');
    expect(await outcome(remove(o.manager.id))).toBe('FORBIDDEN');
    expect(await outcome(remove(o.designer.id))).toBe('FORBIDDEN');
    expect(await companyUsers(o.org.id)).toEqual(before);
  });

  it('lets the company ADMINISTRATOR, the organization OWNER and the member itself end a company user', async () => {
    const o = await setup();
    await t.accounts.services.memberships.removeMember(o.admin.viewer, {
      organizationId: o.org.id,
      accountId: o.manager.id,
    });
    await t.accounts.services.memberships.removeMember(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.designer.id,
    });
    await t.accounts.services.memberships.leave(o.lowAdmin.viewer, { organizationId: o.org.id });
    const left = await companyUsers(o.org.id);
    for (const gone of [o.manager.id, o.designer.id, o.lowAdmin.id]) expect(left).not.toContain(gone);
    expect(left).toEqual(expect.arrayContaining([o.owner.id, o.admin.id]));
  });
});
