import { decideMembershipChange } from '../../subgraphs/accounts/access/membership.access';
import { decideActOnMember, PrimaryRole } from '../../subgraphs/common/organization-access';
import { decide } from '../../subgraphs/department-groups/access/decide';
import type { AccessFacts as LiveChatFacts } from '../../subgraphs/department-groups/access/access-facts';
import type { AccessFacts as ProductFacts } from '../../subgraphs/product-roles/access/product-access.facts';
import { decideRoleChange, decideUserChange } from '../../subgraphs/product-roles/access/product-access.rules';
import { PRODUCT_CATALOGUE } from '../../subgraphs/product-roles/catalogue/product-catalogue';

// The seam between domains: whom an organization's owner and administrators may act on is one rule
// (decideActOnMember), so an administrator who may not change a peer administrator's role in accounts cannot
// deactivate that peer's LiveChat user in product-roles, edit its live-chat operator grants in department-groups,
// or rewrite a custom role the peer holds. Every domain answers the same for every (actor rank, target rank).

const { OWNER, ADMINISTRATOR, MEMBER } = PrimaryRole;
const livechat = PRODUCT_CATALOGUE.find((p) => p.key === 'livechat')!;
const ALL = Object.keys(livechat.permissions).sort();

/** [actor rank, target rank, may act]: only a strictly higher rank reaches an owner or administrator. */
const RANKS: [PrimaryRole, PrimaryRole, boolean][] = [
  [OWNER, ADMINISTRATOR, true],
  [OWNER, MEMBER, true],
  [ADMINISTRATOR, OWNER, false],
  [ADMINISTRATOR, ADMINISTRATOR, false],
  [ADMINISTRATOR, MEMBER, true],
];

function productFacts(accountId: string, primaryRole: PrimaryRole): ProductFacts {
  return {
    organizationId: 'org',
    product: 'livechat',
    accountId,
    primaryRole,
    productKnown: true,
    companyRoles: livechat.companyRoles,
    secondaryRoles: livechat.secondaryRoles,
    productPermissions: ALL,
    productAdded: true,
    enabled: true,
    user: { role: 'normal', active: true, customRoleId: 'r', customRoleName: 'R', permissions: [] },
  };
}

function liveChatFacts(primaryRole: PrimaryRole): LiveChatFacts {
  return {
    organizationId: 'org',
    accountId: 'actor',
    primaryRole,
    administers: true,
    grants: [],
    userGroupIds: [],
    workWithGroupIds: [],
    departmentGroupIds: [],
    liveChat: null,
  };
}

const membership = (accountId: string, primaryRole: PrimaryRole) => ({
  membershipId: `m-${accountId}`,
  organizationId: 'org',
  accountId,
  primaryRole,
  customRoles: [],
});

describe('one rank rule across domains: whom an owner or administrator may act on', () => {
  it.each(RANKS)('%s on %s → %s, in every domain', (actorRole, targetRole, expected) => {
    const answers = {
      rule: decideActOnMember(actorRole, targetRole).allowed,
      'accounts: remove member': decideMembershipChange('removeMember', {
        actor: membership('actor', actorRole),
        target: membership('target', targetRole),
      }).allowed,
      'product-roles: deactivate product user': decideUserChange(
        productFacts('actor', actorRole),
        productFacts('target', targetRole),
        { kind: 'deactivate' },
      ).allowed,
      'product-roles: edit a custom role the target holds': decideRoleChange(productFacts('actor', actorRole), {
        kind: 'update',
        permissions: [],
        current: [],
        holders: [{ accountId: 'target', primaryRole: targetRole }],
      }).allowed,
      'department-groups: edit operator grants': decide(liveChatFacts(actorRole), 'operator.edit', {
        targetAccountId: 'target',
        targetPrimaryRole: targetRole,
      }).allowed,
    };
    // The owner's own rules (GA-5, GA-11) refuse removing the owner in accounts before rank: still a refusal.
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((k) => [k, expected])));
  });
});
