import { CustomRole, PrimaryRole } from '../../common/organization-access';

/** What the LiveChat API still reports (GA-10). */
export enum LegacyLiveChatRole {
  OWNER = 'OWNER',
  VICEOWNER = 'VICEOWNER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  AGENT = 'AGENT',
}

/**
 * GA-10, derived and never stored: owner = Accounts owner + LiveChat administrator; viceowner = Accounts
 * administrator + billing_editor + LiveChat administrator; otherwise LiveChat administrator → administrator and
 * LiveChat normal → agent. No (active) LiveChat role: no legacy role.
 */
export function deriveLegacyLiveChatRole(
  primaryRole: PrimaryRole,
  customRoles: readonly CustomRole[],
  liveChatRole: string | null,
): LegacyLiveChatRole | null {
  if (liveChatRole === 'normal') return LegacyLiveChatRole.AGENT;
  if (liveChatRole !== 'administrator') return null;
  if (primaryRole === PrimaryRole.OWNER) return LegacyLiveChatRole.OWNER;
  if (primaryRole === PrimaryRole.ADMINISTRATOR && customRoles.includes(CustomRole.BILLING_EDITOR))
    return LegacyLiveChatRole.VICEOWNER;
  return LegacyLiveChatRole.ADMINISTRATOR;
}
