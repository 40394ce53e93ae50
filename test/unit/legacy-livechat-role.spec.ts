import { CustomRole, PrimaryRole } from '../../subgraphs/common/organization-access';
import {
  deriveLegacyLiveChatRole,
  LegacyLiveChatRole,
} from '../../subgraphs/product-roles/legacy/legacy-livechat-role';

const { OWNER, ADMINISTRATOR, MEMBER } = PrimaryRole;
const BILLING = [CustomRole.BILLING_EDITOR];

// GA-10, every combination of primary role × custom roles × LiveChat role.
const TABLE: Array<[PrimaryRole, CustomRole[], string | null, LegacyLiveChatRole | null]> = [
  [OWNER, [], 'administrator', LegacyLiveChatRole.OWNER],
  [OWNER, BILLING, 'administrator', LegacyLiveChatRole.OWNER],
  [OWNER, [], 'normal', LegacyLiveChatRole.AGENT],
  [OWNER, BILLING, 'normal', LegacyLiveChatRole.AGENT],
  [OWNER, [], null, null],
  [OWNER, BILLING, null, null],
  [ADMINISTRATOR, [], 'administrator', LegacyLiveChatRole.ADMINISTRATOR],
  [ADMINISTRATOR, BILLING, 'administrator', LegacyLiveChatRole.VICEOWNER],
  [ADMINISTRATOR, [], 'normal', LegacyLiveChatRole.AGENT],
  [ADMINISTRATOR, BILLING, 'normal', LegacyLiveChatRole.AGENT],
  [ADMINISTRATOR, [], null, null],
  [ADMINISTRATOR, BILLING, null, null],
  [MEMBER, [], 'administrator', LegacyLiveChatRole.ADMINISTRATOR],
  [MEMBER, BILLING, 'administrator', LegacyLiveChatRole.ADMINISTRATOR],
  [MEMBER, [], 'normal', LegacyLiveChatRole.AGENT],
  [MEMBER, BILLING, 'normal', LegacyLiveChatRole.AGENT],
  [MEMBER, [], null, null],
  [MEMBER, BILLING, null, null],
];

describe('GA-10: legacy LiveChat role, derived', () => {
  it.each(TABLE)('%s + %j + livechat %s → %s', (primary, custom, liveChat, expected) => {
    expect(deriveLegacyLiveChatRole(primary, custom, liveChat)).toBe(expected);
  });
});
