/** The product that gates this subgraph's domain (GA-9, LC-1): live chat is the LiveChat product. */
export const LIVECHAT = 'livechat';

/** LiveChat's secondary roles (GA-9); an account needs one of them, active, to use live chat. */
export const LIVECHAT_SECONDARY_ROLES: readonly string[] = ['administrator', 'normal'];

/** What an account holds in the LiveChat product of one organization, from product-roles' published view. */
export interface LiveChatSeat {
  role: string;
  active: boolean;
  /** The permissions of the account's LiveChat custom role (LC-2). */
  permissions: readonly string[];
}

/**
 * What each LiveChat custom-role permission controls in department-groups (issue 9, item 3). The livechat
 * catalogue offers only these (migration 1732400000020 removed the ones that gated nothing):
 * - `conversations.live` (live conversation): read chats, write in them and open a visitor's chat;
 * - `inbox.use` (inbox): read chats and write in them (answer), but not open one;
 * - `history.view` (conversation history): read chats and their messages, read-only;
 * - `users.manage`, `roles.manage`: manage LiveChat's product users and custom roles in product-roles (LC-1,
 *   LC-2); nothing here, where operators are managed by LHC functions (`lhuser/createuser`, …).
 */
export const LIVECHAT_PERMISSIONS = ['conversations.live', 'inbox.use', 'history.view', 'users.manage', 'roles.manage'];
