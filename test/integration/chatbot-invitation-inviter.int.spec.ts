import { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { outcome, useProductRoles } from '../support/product-roles.factory';

// CB-3 × X-6: an invitation carries its inviter's authority. Once the inviter could no longer issue it (removed
// from the organization in accounts, demoted below ADMINISTRATOR or deactivated in the company), accepting it
// fails with INVITATION_INVALIDATED and changes nothing; an inviter who still could leaves it good.
const t = useProductRoles();

type Company = Awaited<ReturnType<typeof t.company>>;

/** The company ADMINISTRATOR invites a fresh account as DESIGNER. */
async function invitedByAdmin() {
  const o = await t.company();
  const invitee = await t.accounts.account('invitee');
  await t.companies.invite(o.admin.viewer, {
    organizationId: o.org.id,
    email: invitee.email,
    role: CompanyRole.DESIGNER,
  });
  return { ...o, invitee };
}

const state = async (organizationId: string, accountId: string) => ({
  member: (
    (await t.deps.db.query(
      `SELECT count(*)::int AS n FROM accounts.memberships WHERE organization_id = $1 AND account_id = $2`,
      [organizationId, accountId],
    )) as Array<{ n: number }>
  )[0]!.n,
  companyUser: (
    (await t.deps.db.query(
      `SELECT count(*)::int AS n FROM product_roles.product_users
       WHERE organization_id = $1 AND account_id = $2 AND product = 'chatbot'`,
      [organizationId, accountId],
    )) as Array<{ n: number }>
  )[0]!.n,
  pending: (
    (await t.deps.db.query(
      `SELECT count(*)::int AS n FROM product_roles.chatbot_invitations
       WHERE organization_id = $1 AND account_id = $2 AND status = 'PENDING'`,
      [organizationId, accountId],
    )) as Array<{ n: number }>
  )[0]!.n,
});

const invalidations: Array<[string, (o: Company) => Promise<unknown>]> = [
  [
    'removed from the organization (accounts)',
    (o) =>
      t.accounts.services.memberships.removeMember(o.owner.viewer, { organizationId: o.org.id, accountId: o.admin.id }),
  ],
  [
    'demoted to MANAGER in the company',
    (o) =>
      t.companies.changeRole(o.owner.viewer, {
        organizationId: o.org.id,
        accountId: o.admin.id,
        role: CompanyRole.MANAGER,
      }),
  ],
  [
    'deactivated in the company',
    (o) =>
      t.users.setActive(o.owner.viewer, { organizationId: o.org.id, accountId: o.admin.id, product: 'chatbot' }, false),
  ],
];

describe('CB-3: an invitation holds only while its inviter could still issue it', () => {
  it.each(invalidations)('inviter %s: accept is INVITATION_INVALIDATED and changes nothing', async (_, end) => {
    const o = await invitedByAdmin();
    await end(o);
    const before = await state(o.org.id, o.invitee.id);
    expect(before).toEqual({ member: 0, companyUser: 0, pending: 1 });
    expect(await outcome(t.companies.accept(o.invitee.viewer, { organizationId: o.org.id }))).toBe(
      'INVITATION_INVALIDATED',
    );
    expect(await state(o.org.id, o.invitee.id)).toEqual(before);
  });

  it.each(invalidations)(
    'inviter %s: the invitee is no longer offered the invitation in its companies',
    async (_, end) => {
      const o = await invitedByAdmin();
      const offered = async () =>
        (await t.companies.listFor([o.invitee.id])).filter((l) => l.organizationId === o.org.id && l.invitedRole);
      expect((await offered()).map((l) => l.invitedRole)).toEqual([CompanyRole.DESIGNER]);
      await end(o);
      expect(await offered()).toEqual([]);
    },
  );

  it('an inviter who still could leaves the invitation good: the invitee joins the organization and the company', async () => {
    const o = await invitedByAdmin();
    // Another user's change does not touch the inviter's authority.
    await t.companies.changeRole(o.owner.viewer, {
      organizationId: o.org.id,
      accountId: o.manager.id,
      role: CompanyRole.DESIGNER,
    });
    await t.companies.accept(o.invitee.viewer, { organizationId: o.org.id });
    expect(await state(o.org.id, o.invitee.id)).toEqual({ member: 1, companyUser: 1, pending: 0 });
  });

  it('inviting the same account again replaces the stale invitation (audited), and that one is good', async () => {
    const o = await invitedByAdmin();
    await invalidations[0]![1](o);
    const [stale] = (await t.deps.db.query(
      `SELECT id FROM product_roles.chatbot_invitations WHERE organization_id = $1 AND account_id = $2 AND status = 'PENDING'`,
      [o.org.id, o.invitee.id],
    )) as Array<{ id: string }>;
    await t.companies.invite(o.owner.viewer, {
      organizationId: o.org.id,
      email: o.invitee.email,
      role: CompanyRole.DESIGNER,
    });
    const audited = (await t.deps.db.query(
      `SELECT action FROM product_roles.audit_events WHERE target_id = $1 ORDER BY created_at`,
      [stale!.id],
    )) as Array<{ action: string }>;
    expect(audited.map((r) => r.action)).toContain('company_invitation.revoked');
    await t.companies.accept(o.invitee.viewer, { organizationId: o.org.id });
    expect(await state(o.org.id, o.invitee.id)).toEqual({ member: 1, companyUser: 1, pending: 0 });
  });

  it('a pending invitation whose inviter still could stays ALREADY_INVITED', async () => {
    const o = await invitedByAdmin();
    expect(
      await outcome(
        t.companies.invite(o.owner.viewer, {
          organizationId: o.org.id,
          email: o.invitee.email,
          role: CompanyRole.MANAGER,
        }),
      ),
    ).toBe('ALREADY_INVITED');
  });
});
