/**
 * The product catalogue (GA-8), loaded into `product_roles.products` by migration: products are data, and a
 * new product is a new row (a migration), not new code. Each product has its secondary roles (GA-9) and the
 * permissions its custom roles are made of (LC-2), with the default Operator subset; Admin holds them all.
 */
export interface ProductDefinition {
  key: string;
  name: string;
  secondaryRoles: string[];
  /** Chatbot's secondary roles are its company roles, managed only through the CB rules. */
  companyRoles: boolean;
  permissions: Record<string, string>;
  operatorPermissions: string[];
}

const MANAGE = {
  'users.manage': 'Permission management: add, edit, deactivate and reactivate users of the product',
  'roles.manage': 'Permission management: add, edit and delete roles of the product',
};

export const PRODUCT_CATALOGUE: ProductDefinition[] = [
  {
    key: 'accounts',
    name: 'Accounts',
    secondaryRoles: [],
    companyRoles: false,
    permissions: { ...MANAGE },
    operatorPermissions: [],
  },
  {
    key: 'livechat',
    name: 'LiveChat',
    secondaryRoles: ['administrator', 'normal'],
    companyRoles: false,
    // Seed 003's console features that control something here (issue 9, item 3; migration 1732400000021
    // removed the rest): department-groups gates live chat on them (see README, "LiveChat permissions").
    permissions: {
      'inbox.use': 'Inbox: tags, send e-mail',
      'conversations.live': 'Live conversation, transfer a chat',
      'history.view': 'Conversation history',
      ...MANAGE,
    },
    operatorPermissions: ['conversations.live', 'history.view', 'inbox.use'],
  },
  {
    key: 'chatbot',
    name: 'ChatBot',
    secondaryRoles: ['OWNER', 'ADMINISTRATOR', 'MANAGER', 'DESIGNER'],
    companyRoles: true,
    permissions: { ...MANAGE },
    operatorPermissions: [],
  },
  {
    key: 'helpdesk',
    name: 'HelpDesk',
    secondaryRoles: ['administrator', 'agent'],
    companyRoles: false,
    permissions: {
      'tickets.view': 'View tickets',
      'tickets.reply': 'Reply to tickets',
      'tickets.manage': 'Assign, merge and close tickets',
      'reports.view': 'Reports',
      ...MANAGE,
    },
    operatorPermissions: ['tickets.view', 'tickets.reply'],
  },
  {
    key: 'knowledgebase',
    name: 'KnowledgeBase',
    secondaryRoles: ['administrator', 'editor', 'viewer'],
    companyRoles: false,
    permissions: {
      'articles.view': 'Read articles',
      'articles.edit': 'Write and edit articles',
      'articles.publish': 'Publish articles',
      ...MANAGE,
    },
    operatorPermissions: ['articles.view', 'articles.edit'],
  },
];
