/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adds a signed-up account by e-mail, as ADMINISTRATOR or MEMBER. */
export type AddOrganizationMemberInput = {
  email: string;
  organizationId: string | number;
  role: PrimaryRole;
};

/** Which part of the system recorded an audit event. */
export type AuditDomain =
  /** Organizations, memberships, primary and custom roles. */
  | 'ACCOUNTS'
  /** The reseller hierarchy: customers, billing, portal roles, associations. */
  | 'CUSTOMER_HIERARCHY'
  /** Departments, department groups, user groups, live-chat roles and operators. */
  | 'DEPARTMENT_GROUPS'
  /** Products, product users and roles, chatbot company users and invitations. */
  | 'PRODUCT_ROLES';

/** Which events to show; every given criterion must hold. */
export type AuditLogFilter = {
  /** Only these actions, e.g. member.offboarded. */
  actions?: Array<string> | null | undefined;
  /** Only changes made by this account. */
  actorAccountId?: string | number | null | undefined;
  /** Only these domains (all when omitted). */
  domains?: Array<AuditDomain> | null | undefined;
  /** Only changes of this target. */
  targetId?: string | null | undefined;
  /** Only changes of this kind of target, e.g. Membership. */
  targetType?: string | null | undefined;
};

export type BillingDaysInput = {
  customerId: string | number;
  /** Days: the new demo length (activate, default 30) or how far to move its end (extend, required). */
  days?: number | null | undefined;
};

/** The billing state machine (ES-4). See docs/rules.md#es-4 */
export type BillingState =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DEACTIVATED'
  | 'DEMO';

export type ChangeCompanyRoleInput = {
  accountId: string | number;
  organizationId: string | number;
  role: CompanyRole;
};

/** Which chats to list; every given criterion must hold. */
export type ChatFilter = {
  /** Only chats of these departments (1 to 100). */
  departmentIds?: Array<string | number> | null | undefined;
};

export type CompanyInput = {
  organizationId: string | number;
};

/** Where a company invitation stands (CB-3). See docs/rules.md#cb-3 */
export type CompanyInvitationStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REVOKED';

/** Chatbot company roles, ranked OWNER > ADMINISTRATOR > MANAGER > DESIGNER (CB-1). See docs/rules.md#cb-1 */
export type CompanyRole =
  | 'ADMINISTRATOR'
  | 'DESIGNER'
  | 'MANAGER'
  | 'OWNER';

export type CompanyUserInput = {
  accountId: string | number;
  organizationId: string | number;
};

export type CreateDepartmentGroupInput = {
  /** The member departments. */
  departmentIds?: Array<string | number> | null | undefined;
  name: string;
  organizationId: string | number;
};

export type CreateDepartmentInput = {
  name: string;
  organizationId: string | number;
};

export type CreateOperatorRoleInput = {
  grants: Array<OperatorRoleGrantInput>;
  name: string;
  organizationId: string | number;
};

export type CreateProductRoleInput = {
  name: string;
  organizationId: string | number;
  permissions: Array<string>;
  product: string;
};

export type CreateUserGroupInput = {
  name: string;
  organizationId: string | number;
  required?: boolean | null | undefined;
  roleIds?: Array<string | number> | null | undefined;
  /** Groups whose users this group's members can work with. */
  workWithIds?: Array<string | number> | null | undefined;
};

/** Optional extra roles of the Accounts product (GA-7). See docs/rules.md#ga-7 */
export type CustomRole =
  /** Edits billing. */
  | 'BILLING_EDITOR';

export type CustomRoleInput = {
  accountId: string | number;
  organizationId: string | number;
  role: CustomRole;
};

/** Which customers to list; every given criterion must hold. */
export type CustomerFilter = {
  /** Only customers in these billing states (ES-4). See docs/rules.md#es-4 */
  billingStates?: Array<BillingState> | null | undefined;
  /** Only customers of this sales conduit. */
  conduitId?: string | number | null | undefined;
  /** Part of the name, any letter case (1 to 100 characters). */
  search?: string | null | undefined;
};

export type CustomerRefInput = {
  customerId: string | number;
};

/** Every action of every domain the batch decision query answers (X-2, X-7): accounts, product roles and the chatbot matrix (CB-2), live chat, and every row of the portal matrices (ES-3). See docs/rules.md#x-2, docs/rules.md#x-7, docs/rules.md#cb-2, docs/rules.md#es-3 */
export type DecisionAction =
  | 'ADD_ORGANIZATION_MEMBER'
  | 'CHANGE_COMPANY_ROLE'
  | 'CHATBOT_AGENT_CHANNELS_CREATE'
  | 'CHATBOT_AGENT_CHANNELS_DELETE'
  | 'CHATBOT_AGENT_CHANNELS_READ'
  | 'CHATBOT_AGENT_CHANNELS_UPDATE'
  | 'CHATBOT_AGENT_DATA_READ'
  | 'CHATBOT_AGENT_DATA_UPDATE'
  | 'CHATBOT_AGENT_EXPORT_ACTION'
  | 'CHATBOT_AGENT_IMPORT_ACTION'
  | 'CHATBOT_AGENT_SCENARIO_CREATE'
  | 'CHATBOT_AGENT_SCENARIO_DELETE'
  | 'CHATBOT_AGENT_SCENARIO_READ'
  | 'CHATBOT_AGENT_SCENARIO_REPLACEMENT_ACTION'
  | 'CHATBOT_AGENT_SCENARIO_UPDATE'
  | 'CHATBOT_COMPANY_BILLING_PLAN_CREATE'
  | 'CHATBOT_COMPANY_BILLING_PLAN_DELETE'
  | 'CHATBOT_COMPANY_BILLING_PLAN_READ'
  | 'CHATBOT_COMPANY_BILLING_PLAN_UPDATE'
  | 'CHATBOT_COMPANY_EXTERNAL_REQUESTS_CREATE'
  | 'CHATBOT_COMPANY_EXTERNAL_REQUESTS_DELETE'
  | 'CHATBOT_COMPANY_EXTERNAL_REQUESTS_READ'
  | 'CHATBOT_COMPANY_EXTERNAL_REQUESTS_UPDATE'
  | 'CHATBOT_COMPANY_INTENTS_CREATE'
  | 'CHATBOT_COMPANY_INTENTS_DELETE'
  | 'CHATBOT_COMPANY_INTENTS_READ'
  | 'CHATBOT_COMPANY_INTENTS_UPDATE'
  | 'CHATBOT_COMPANY_NAME_CREATE'
  | 'CHATBOT_COMPANY_NAME_DELETE'
  | 'CHATBOT_COMPANY_NAME_READ'
  | 'CHATBOT_COMPANY_NAME_UPDATE'
  | 'CHATBOT_COMPANY_OWNER_CREATE'
  | 'CHATBOT_COMPANY_OWNER_DELETE'
  | 'CHATBOT_COMPANY_OWNER_READ'
  | 'CHATBOT_COMPANY_OWNER_UPDATE'
  | 'CHATBOT_INVITED_USERS_CREATE'
  | 'CHATBOT_INVITED_USERS_DELETE'
  | 'CHATBOT_INVITED_USERS_READ'
  | 'CHATBOT_INVITED_USERS_UPDATE'
  | 'CHATBOT_PROJECT_CREATE'
  | 'CHATBOT_PROJECT_DELETE'
  | 'CHATBOT_PROJECT_READ'
  | 'CHATBOT_PROJECT_UPDATE'
  | 'CREATE_PRODUCT_ROLE'
  | 'DEACTIVATE_PRODUCT_USER'
  | 'DELETE_PRODUCT_ROLE'
  | 'GRANT_CUSTOM_ROLE'
  | 'LEAVE_ORGANIZATION'
  | 'LIVECHAT_CONFIGURE'
  | 'LIVECHAT_CREATE_DEPARTMENT'
  | 'LIVECHAT_CREATE_OPERATOR'
  | 'LIVECHAT_DELETE_DEPARTMENT'
  | 'LIVECHAT_EDIT_DEPARTMENT'
  | 'LIVECHAT_EDIT_OPERATOR'
  | 'LIVECHAT_POST_CHAT_MESSAGE'
  | 'LIVECHAT_READ_CHAT'
  | 'LIVECHAT_READ_CHATS'
  | 'LIVECHAT_SEE_PERMISSIONS'
  | 'LIVECHAT_START_CHAT'
  | 'PORTAL_CREATE_ACTIVATION_CODE'
  | 'PORTAL_CREATE_ASSOCIATION_INTER_CONDUIT'
  | 'PORTAL_CREATE_ASSOCIATION_INTER_CUSTOMER'
  | 'PORTAL_CREATE_ASSOCIATION_INTRA'
  | 'PORTAL_CREATE_BROADCAST_GROUP'
  | 'PORTAL_CREATE_CUSTOMER'
  | 'PORTAL_CREATE_DEPARTMENT'
  | 'PORTAL_CREATE_GROUP'
  | 'PORTAL_CREATE_NOTE'
  | 'PORTAL_CREATE_USER'
  | 'PORTAL_DELETE_ASSOCIATION_INTER_CONDUIT'
  | 'PORTAL_DELETE_ASSOCIATION_INTER_CUSTOMER'
  | 'PORTAL_DELETE_ASSOCIATION_INTRA'
  | 'PORTAL_DELETE_DEPARTMENT'
  | 'PORTAL_DELETE_GROUP'
  | 'PORTAL_DELETE_NOTE'
  | 'PORTAL_DELETE_USER'
  | 'PORTAL_EDIT_ACTIVATION_CODE'
  | 'PORTAL_EDIT_BILLING_ACTIVATE'
  | 'PORTAL_EDIT_BILLING_ACTIVATE_DEMO'
  | 'PORTAL_EDIT_BILLING_ARCHIVE'
  | 'PORTAL_EDIT_BILLING_DEACTIVATE'
  | 'PORTAL_EDIT_BILLING_EXTEND_DEMO'
  | 'PORTAL_EDIT_BILLING_NON_BILLABLE'
  | 'PORTAL_EDIT_BROADCAST_GROUP'
  | 'PORTAL_EDIT_CLIENT_SIDE_RECORDING'
  | 'PORTAL_EDIT_CUSTOMER'
  | 'PORTAL_EDIT_DEPARTMENT'
  | 'PORTAL_EDIT_EXTERNAL_CONTACTS'
  | 'PORTAL_EDIT_FEATURE_KEYS'
  | 'PORTAL_EDIT_GROUP'
  | 'PORTAL_EDIT_NOTE'
  | 'PORTAL_EDIT_RTP_GATEWAY'
  | 'PORTAL_EDIT_USER'
  | 'PORTAL_VIEW_ASSOCIATION_INTRA'
  | 'PORTAL_VIEW_CUSTOMERS'
  | 'PORTAL_VIEW_NOTES'
  | 'PORTAL_VIEW_PORTAL_USERS'
  | 'PORTAL_VIEW_PORTAL_USERS_CONDUIT'
  | 'PORTAL_VIEW_PORTAL_USERS_CUSTOMER'
  | 'REACTIVATE_PRODUCT_USER'
  | 'REMOVE_COMPANY_USER'
  | 'REMOVE_ORGANIZATION_MEMBER'
  | 'RENAME_ORGANIZATION'
  | 'REVOKE_CUSTOM_ROLE'
  | 'REVOKE_PRODUCT_ROLE'
  | 'SET_PRIMARY_ROLE'
  | 'SWITCH_PRODUCT'
  | 'TRANSFER_OWNERSHIP'
  | 'UPDATE_PRODUCT_ROLE'
  | 'UPDATE_PRODUCT_USER';

/** May this account (the caller when omitted) take this action on this resource? */
export type DecisionRequest = {
  /** Another account: needs the right to see that account's access there (else FORBIDDEN). */
  accountId?: string | number | null | undefined;
  action: DecisionAction;
  /** The resource's id: an organization, membership, product user, product role, chat, customer, sales conduit or server, as the action names. */
  resourceId: string | number;
};

export type DeleteDepartmentGroupInput = {
  departmentGroupId: string | number;
  organizationId: string | number;
};

export type DeleteDepartmentInput = {
  departmentId: string | number;
  organizationId: string | number;
  /** Another department (one the caller sees) that receives this department’s chats; required when it has chats. */
  reassignChatsToDepartmentId?: string | number | null | undefined;
};

export type DeleteOperatorRoleInput = {
  organizationId: string | number;
  /** Another role that the user groups holding this one receive instead (LC-3); required while held. See docs/rules.md#lc-3 */
  reassignToRoleId?: string | number | null | undefined;
  roleId: string | number;
};

/** Deleting a role users hold needs reassignToRoleId (LC-3). See docs/rules.md#lc-3 */
export type DeleteProductRoleInput = {
  organizationId: string | number;
  product: string;
  reassignToRoleId?: string | number | null | undefined;
  roleId: string | number;
};

export type DeleteUserGroupInput = {
  organizationId: string | number;
  userGroupId: string | number;
};

/** Intra customer, inter customer (one conduit), inter conduit (one server) (ES-5). See docs/rules.md#es-5 */
export type DepartmentAssociationKind =
  | 'INTER_CONDUIT'
  | 'INTER_CUSTOMER'
  | 'INTRA_CUSTOMER';

export type InviteCompanyUserInput = {
  email: string;
  organizationId: string | number;
  /** ADMINISTRATOR, MANAGER or DESIGNER. */
  role: CompanyRole;
};

/** What the LiveChat API still reports, derived from Accounts and LiveChat roles, never stored (GA-10). See docs/rules.md#ga-10 */
export type LegacyLiveChatRole =
  | 'ADMINISTRATOR'
  | 'AGENT'
  | 'OWNER'
  | 'VICEOWNER';

export type LogInInput = {
  email: string;
  password: string;
};

/** Which members to list; every given criterion must hold. */
export type MemberFilter = {
  /** Exactly this e-mail, any letter case: finds one member to act on (GA-1). See docs/rules.md#ga-1 */
  email?: string | null | undefined;
  /** Only these primary roles. */
  roles?: Array<PrimaryRole> | null | undefined;
  /** Part of the member's name or e-mail, any letter case (1 to 100 characters). */
  search?: string | null | undefined;
};

/** One grant: a catalogued module, one of its functions or *, and an optional JSON limitation. */
export type OperatorRoleGrantInput = {
  function: string;
  /** JSON object text, e.g. {"group":[2]}. */
  limitation?: string | null | undefined;
  module: string;
};

/** Names a member of an organization. */
export type OrganizationMemberInput = {
  accountId: string | number;
  organizationId: string | number;
};

/** A product of the catalogue in an organization. */
export type OrganizationProductInput = {
  organizationId: string | number;
  /** A catalogue key: accounts, livechat, chatbot, helpdesk, knowledgebase… */
  product: string;
};

/** Portal roles and their reach (ES-2). See docs/rules.md#es-2 */
export type PortalRole =
  | 'BILLING_CONTACT'
  | 'CONDUIT_ADMIN'
  | 'CUSTOMER_ADMIN'
  | 'CUSTOMER_MANAGER'
  | 'CUSTOMER_TECHNICAL'
  | 'PRIMARY_CONTACT'
  | 'ROOT'
  | 'SALES_REP'
  | 'SUPPORT';

/** The Accounts role every membership has (GA-4). See docs/rules.md#ga-4 */
export type PrimaryRole =
  /** Manages the organization: members, roles, products (GA-6). See docs/rules.md#ga-6 */
  | 'ADMINISTRATOR'
  /** Manages only itself (GA-6). See docs/rules.md#ga-6 */
  | 'MEMBER'
  /** Unique per organization; the creator first; changes only by transfer (GA-5). See docs/rules.md#ga-5 */
  | 'OWNER';

/** Names a user of a product. */
export type ProductUserInput = {
  accountId: string | number;
  organizationId: string | number;
  product: string;
};

export type RenameDepartmentGroupInput = {
  departmentGroupId: string | number;
  name: string;
  organizationId: string | number;
};

export type RenameDepartmentInput = {
  departmentId: string | number;
  name: string;
  organizationId: string | number;
};

export type RenameOperatorRoleInput = {
  name: string;
  organizationId: string | number;
  roleId: string | number;
};

export type SetPrimaryRoleInput = {
  accountId: string | number;
  organizationId: string | number;
  role: PrimaryRole;
};

export type UpdateProductRoleInput = {
  name?: string | null | undefined;
  organizationId: string | number;
  permissions?: Array<string> | null | undefined;
  product: string;
  roleId: string | number;
};

export type UpdateUserGroupInput = {
  name?: string | null | undefined;
  organizationId: string | number;
  required?: boolean | null | undefined;
  userGroupId: string | number;
};

export type ConsoleRefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type ConsoleRefreshMutation = { refreshSession: { token: string, expiresAt: string, refreshToken: string, account: { id: string, name: string | null } } };

export type ConsoleLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogOutMutation = { logOut: { __typename: 'LogOutPayload' } | null };

export type ConsoleMyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyOrganizationsQuery = { me: { id: string, memberships: Array<{ id: string, role: PrimaryRole | null, organization: { id: string, name: string | null } | null }> | null } | null };

export type ConsoleAuditQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type ConsoleAuditQuery = { organization: { id: string, auditLog: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string | null, domain: AuditDomain | null, action: string | null, targetType: string | null, actor: { id: string | null, name: string | null, email: string | null } | null } }> } | null } | null };

export type ConsoleChatbotQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ConsoleChatbotQuery = { organization: { id: string, viewerCanInviteCompanyUser: boolean | null, chatbotCompany: { id: string, name: string | null, owner: { id: string, name: string | null } | null, users: { totalCount: number, edges: Array<{ node: { id: string, role: string | null, active: boolean | null, viewerCanChangeRole: boolean | null, viewerCanRemove: boolean | null, account: { id: string, name: string | null, email: string | null } | null } }> } | null, invitations: { edges: Array<{ node: { id: string, email: string | null, role: CompanyRole | null, status: CompanyInvitationStatus | null } }> } | null } | null } | null };

export type ConsoleMyCompaniesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyCompaniesQuery = { me: { id: string, chatbotCompanies: Array<{ id: string, organizationId: string, name: string | null, role: CompanyRole | null, invitedRole: CompanyRole | null, active: boolean | null }> | null } | null };

export type ConsoleInviteCompanyUserMutationVariables = Exact<{
  input: InviteCompanyUserInput;
}>;


export type ConsoleInviteCompanyUserMutation = { inviteCompanyUser: { companyInvitation: { id: string, email: string | null, role: CompanyRole | null, status: CompanyInvitationStatus | null } | null } | null };

export type ConsoleAcceptInvitationMutationVariables = Exact<{
  input: CompanyInput;
}>;


export type ConsoleAcceptInvitationMutation = { acceptCompanyInvitation: { productUser: { id: string, role: string | null } | null } | null };

export type ConsoleChangeCompanyRoleMutationVariables = Exact<{
  input: ChangeCompanyRoleInput;
}>;


export type ConsoleChangeCompanyRoleMutation = { changeCompanyRole: { productUser: { id: string, role: string | null } | null } | null };

export type ConsoleRemoveCompanyUserMutationVariables = Exact<{
  input: CompanyUserInput;
}>;


export type ConsoleRemoveCompanyUserMutation = { removeCompanyUser: { removedProductUserId: string } | null };

export type ConsoleDecisionsQueryVariables = Exact<{
  requests: Array<DecisionRequest> | DecisionRequest;
}>;


export type ConsoleDecisionsQuery = { decisions: Array<
    | { key: string, action: DecisionAction | null, resourceId: string | null, allowed: boolean | null, reason: string | null, grants: Array<string> | null, missing: Array<string> | null }
    | { key: string, action: DecisionAction | null, resourceId: string | null, allowed: boolean | null, reason: string | null, grants: Array<string> | null, missing: Array<string> | null }
    | { key: string, action: DecisionAction | null, resourceId: string | null, allowed: boolean | null, reason: string | null, grants: Array<string> | null, missing: Array<string> | null }
    | { key: string, action: DecisionAction | null, resourceId: string | null, allowed: boolean | null, reason: string | null, grants: Array<string> | null, missing: Array<string> | null }
  > };

export type ConsoleLiveChatQueryVariables = Exact<{
  organizationId: string | number;
  filter?: ChatFilter | null | undefined;
}>;


export type ConsoleLiveChatQuery = { organization: { id: string, viewerCanCreateDepartment: boolean | null, viewerCanConfigureLiveChat: boolean | null, departments: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, number: number | null, viewerCanRename: boolean | null, viewerCanDelete: boolean | null } }> } | null, departmentGroups: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, viewerCanRename: boolean | null, viewerCanDelete: boolean | null, departments: Array<{ id: string, name: string | null }> | null } }> } | null, userGroups: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, required: boolean | null, viewerCanEdit: boolean | null, viewerCanDelete: boolean | null, workWith: Array<{ id: string, name: string | null }> | null, roles: Array<{ id: string, name: string | null }> | null } }> } | null, operatorRoles: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, viewerCanRename: boolean | null, viewerCanDelete: boolean | null, grants: Array<{ id: string, module: string | null, function: string | null, limitation: Record<string, unknown> | null }> | null } }> } | null, chats: { totalCount: number, edges: Array<{ node: { id: string, visitorName: string | null, createdAt: string | null, department: { id: string, name: string | null } | null } }> } | null } | null, me: { id: string, effectivePermissions: Array<{ module: string | null, function: string | null, limitation: Record<string, unknown> | null, role: { id: string, name: string | null } | null, userGroup: { id: string, name: string | null } | null }> | null } | null };

export type ConsoleCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type ConsoleCreateDepartmentMutation = { createDepartment: { department: { id: string, name: string | null } | null } | null };

export type ConsoleRenameDepartmentMutationVariables = Exact<{
  input: RenameDepartmentInput;
}>;


export type ConsoleRenameDepartmentMutation = { renameDepartment: { department: { id: string, name: string | null } | null } | null };

export type ConsoleDeleteDepartmentMutationVariables = Exact<{
  input: DeleteDepartmentInput;
}>;


export type ConsoleDeleteDepartmentMutation = { deleteDepartment: { deletedDepartmentId: string } | null };

export type ConsoleCreateDepartmentGroupMutationVariables = Exact<{
  input: CreateDepartmentGroupInput;
}>;


export type ConsoleCreateDepartmentGroupMutation = { createDepartmentGroup: { departmentGroup: { id: string, name: string | null } | null } | null };

export type ConsoleRenameDepartmentGroupMutationVariables = Exact<{
  input: RenameDepartmentGroupInput;
}>;


export type ConsoleRenameDepartmentGroupMutation = { renameDepartmentGroup: { departmentGroup: { id: string, name: string | null } | null } | null };

export type ConsoleDeleteDepartmentGroupMutationVariables = Exact<{
  input: DeleteDepartmentGroupInput;
}>;


export type ConsoleDeleteDepartmentGroupMutation = { deleteDepartmentGroup: { deletedDepartmentGroupId: string } | null };

export type ConsoleCreateUserGroupMutationVariables = Exact<{
  input: CreateUserGroupInput;
}>;


export type ConsoleCreateUserGroupMutation = { createUserGroup: { userGroup: { id: string, name: string | null } | null } | null };

export type ConsoleUpdateUserGroupMutationVariables = Exact<{
  input: UpdateUserGroupInput;
}>;


export type ConsoleUpdateUserGroupMutation = { updateUserGroup: { userGroup: { id: string, name: string | null } | null } | null };

export type ConsoleDeleteUserGroupMutationVariables = Exact<{
  input: DeleteUserGroupInput;
}>;


export type ConsoleDeleteUserGroupMutation = { deleteUserGroup: { deletedUserGroupId: string } | null };

export type ConsoleCreateOperatorRoleMutationVariables = Exact<{
  input: CreateOperatorRoleInput;
}>;


export type ConsoleCreateOperatorRoleMutation = { createOperatorRole: { operatorRole: { id: string, name: string | null } | null } | null };

export type ConsoleRenameOperatorRoleMutationVariables = Exact<{
  input: RenameOperatorRoleInput;
}>;


export type ConsoleRenameOperatorRoleMutation = { renameOperatorRole: { operatorRole: { id: string, name: string | null } | null } | null };

export type ConsoleDeleteOperatorRoleMutationVariables = Exact<{
  input: DeleteOperatorRoleInput;
}>;


export type ConsoleDeleteOperatorRoleMutation = { deleteOperatorRole: { deletedOperatorRoleId: string } | null };

export type ConsoleMyAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyAccessQuery = { me: { id: string, name: string | null, email: string | null, memberships: Array<{ id: string, role: PrimaryRole | null, legacyLiveChatRole: LegacyLiveChatRole | null, organization: { id: string, name: string | null } | null, productRoles: Array<{ product: string | null, role: string | null, active: boolean | null }> | null }> | null, portalRoles: Array<{ id: string, role: PortalRole | null }> | null } | null };

export type ConsolePortalCustomerFragment = { id: string, name: string | null, billingState: BillingState | null, demoEndsOn: string | null, demoExpired: boolean | null, viewerCanActivateDemo: boolean | null, viewerCanExtendDemo: boolean | null, viewerCanActivate: boolean | null, viewerCanDeactivate: boolean | null, viewerCanArchive: boolean | null, conduit: { id: string, name: string | null, server: { id: string, name: string | null } | null } | null, departmentAssociations: { totalCount: number, edges: Array<{ node: { id: string, kind: DepartmentAssociationKind | null, department: { id: string, name: string | null } | null, otherDepartment: { id: string, name: string | null } | null } }> } | null, portalUsers: { totalCount: number, edges: Array<{ node: { id: string, role: PortalRole | null, name: string | null, email: string | null } }> } | null };

export type ConsolePortalQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type ConsolePortalQuery = { myPortalRoles: Array<{ id: string, role: PortalRole | null, server: { id: string, name: string | null } | null, conduit: { id: string, name: string | null } | null, customer: { id: string, name: string | null, billingState: BillingState | null, demoEndsOn: string | null, demoExpired: boolean | null, viewerCanActivateDemo: boolean | null, viewerCanExtendDemo: boolean | null, viewerCanActivate: boolean | null, viewerCanDeactivate: boolean | null, viewerCanArchive: boolean | null, conduit: { id: string, name: string | null, server: { id: string, name: string | null } | null } | null, departmentAssociations: { totalCount: number, edges: Array<{ node: { id: string, kind: DepartmentAssociationKind | null, department: { id: string, name: string | null } | null, otherDepartment: { id: string, name: string | null } | null } }> } | null, portalUsers: { totalCount: number, edges: Array<{ node: { id: string, role: PortalRole | null, name: string | null, email: string | null } }> } | null } | null }> | null, customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, billingState: BillingState | null, demoEndsOn: string | null, demoExpired: boolean | null, viewerCanActivateDemo: boolean | null, viewerCanExtendDemo: boolean | null, viewerCanActivate: boolean | null, viewerCanDeactivate: boolean | null, viewerCanArchive: boolean | null, conduit: { id: string, name: string | null, server: { id: string, name: string | null } | null } | null, departmentAssociations: { totalCount: number, edges: Array<{ node: { id: string, kind: DepartmentAssociationKind | null, department: { id: string, name: string | null } | null, otherDepartment: { id: string, name: string | null } | null } }> } | null, portalUsers: { totalCount: number, edges: Array<{ node: { id: string, role: PortalRole | null, name: string | null, email: string | null } }> } | null } }> } | null };

export type ConsoleActivateDemoMutationVariables = Exact<{
  input: BillingDaysInput;
}>;


export type ConsoleActivateDemoMutation = { activateCustomerDemo: { customer: { id: string, billingState: BillingState | null, demoEndsOn: string | null } | null } | null };

export type ConsoleExtendDemoMutationVariables = Exact<{
  input: BillingDaysInput;
}>;


export type ConsoleExtendDemoMutation = { extendCustomerDemo: { customer: { id: string, billingState: BillingState | null, demoEndsOn: string | null } | null } | null };

export type ConsoleActivateCustomerMutationVariables = Exact<{
  input: CustomerRefInput;
}>;


export type ConsoleActivateCustomerMutation = { activateCustomer: { customer: { id: string, billingState: BillingState | null } | null } | null };

export type ConsoleDeactivateCustomerMutationVariables = Exact<{
  input: CustomerRefInput;
}>;


export type ConsoleDeactivateCustomerMutation = { deactivateCustomer: { customer: { id: string, billingState: BillingState | null } | null } | null };

export type ConsoleArchiveCustomerMutationVariables = Exact<{
  input: CustomerRefInput;
}>;


export type ConsoleArchiveCustomerMutation = { archiveCustomer: { customer: { id: string, billingState: BillingState | null } | null } | null };

export type ConsoleProductsQueryVariables = Exact<{
  organizationId: string | number;
  product: string;
}>;


export type ConsoleProductsQuery = { productCatalogue: Array<{ id: string, key: string, name: string | null, permissions: Array<{ key: string, description: string }> | null }> | null, organization: { id: string, viewerCanSwitchProduct: boolean | null, viewerCanCreateProductRole: boolean | null, products: Array<{ id: string, product: { id: string, key: string } | null }> | null, productUsers: { totalCount: number, edges: Array<{ node: { id: string, role: string | null, active: boolean | null, viewerCanDeactivate: boolean | null, viewerCanReactivate: boolean | null, customRole: { id: string, name: string | null } | null, account: { id: string, name: string | null, email: string | null } | null } }> } | null, productCustomRoles: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, isDefault: boolean | null, permissions: Array<string> | null, viewerCanEdit: boolean | null, viewerCanDelete: boolean | null } }> } | null } | null };

export type ConsoleEnableProductMutationVariables = Exact<{
  input: OrganizationProductInput;
}>;


export type ConsoleEnableProductMutation = { enableProduct: { enabledProduct: { id: string } | null } | null };

export type ConsoleDisableProductMutationVariables = Exact<{
  input: OrganizationProductInput;
}>;


export type ConsoleDisableProductMutation = { disableProduct: { removedEnabledProductId: string } | null };

export type ConsoleDeactivateProductUserMutationVariables = Exact<{
  input: ProductUserInput;
}>;


export type ConsoleDeactivateProductUserMutation = { deactivateProductUser: { productUser: { id: string, active: boolean | null } | null } | null };

export type ConsoleReactivateProductUserMutationVariables = Exact<{
  input: ProductUserInput;
}>;


export type ConsoleReactivateProductUserMutation = { reactivateProductUser: { productUser: { id: string, active: boolean | null } | null } | null };

export type ConsoleCreateProductRoleMutationVariables = Exact<{
  input: CreateProductRoleInput;
}>;


export type ConsoleCreateProductRoleMutation = { createProductRole: { productRole: { id: string } | null } | null };

export type ConsoleUpdateProductRoleMutationVariables = Exact<{
  input: UpdateProductRoleInput;
}>;


export type ConsoleUpdateProductRoleMutation = { updateProductRole: { productRole: { id: string, name: string | null, permissions: Array<string> | null } | null } | null };

export type ConsoleDeleteProductRoleMutationVariables = Exact<{
  input: DeleteProductRoleInput;
}>;


export type ConsoleDeleteProductRoleMutation = { deleteProductRole: { deletedProductRoleId: string } | null };

export type ConsoleLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type ConsoleLogInMutation = { logIn: { token: string, expiresAt: string, refreshToken: string, account: { id: string, name: string | null } } };

export type ConsoleMembersQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
  filter?: MemberFilter | null | undefined;
}>;


export type ConsoleMembersQuery = { organization: { id: string, name: string | null, viewerCanAddMember: boolean | null, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, role: PrimaryRole | null, customRoles: Array<CustomRole> | null, viewerCanChangeRole: boolean | null, viewerCanGrantCustomRole: boolean | null, viewerCanRevokeCustomRole: boolean | null, viewerCanRemove: boolean | null, viewerCanTransferOwnership: boolean | null, account: { id: string, name: string | null, email: string | null } | null } }> } | null } | null };

export type ConsoleAddMemberMutationVariables = Exact<{
  input: AddOrganizationMemberInput;
}>;


export type ConsoleAddMemberMutation = { addOrganizationMember: { membership: { id: string, role: PrimaryRole | null } | null } | null };

export type ConsoleSetRoleMutationVariables = Exact<{
  input: SetPrimaryRoleInput;
}>;


export type ConsoleSetRoleMutation = { setPrimaryRole: { membership: { id: string, role: PrimaryRole | null } | null } | null };

export type ConsoleRemoveMemberMutationVariables = Exact<{
  input: OrganizationMemberInput;
}>;


export type ConsoleRemoveMemberMutation = { removeOrganizationMember: { removedMembershipId: string } | null };

export type ConsoleGrantCustomRoleMutationVariables = Exact<{
  input: CustomRoleInput;
}>;


export type ConsoleGrantCustomRoleMutation = { grantCustomRole: { membership: { id: string, customRoles: Array<CustomRole> | null } | null } | null };

export type ConsoleRevokeCustomRoleMutationVariables = Exact<{
  input: CustomRoleInput;
}>;


export type ConsoleRevokeCustomRoleMutation = { revokeCustomRole: { membership: { id: string, customRoles: Array<CustomRole> | null } | null } | null };

export type ConsoleTransferOwnershipMutationVariables = Exact<{
  input: OrganizationMemberInput;
}>;


export type ConsoleTransferOwnershipMutation = { transferOwnership: { organization: { id: string } | null } | null };

export const ConsolePortalCustomerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePortalCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"demoEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"demoExpired"}},{"kind":"Field","name":{"kind":"Name","value":"conduit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanActivateDemo"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanExtendDemo"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanActivate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDeactivate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanArchive"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePortalCustomerFragment, unknown>;
export const ConsoleRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRefreshMutation, ConsoleRefreshMutationVariables>;
export const ConsoleLogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ConsoleLogOutMutation, ConsoleLogOutMutationVariables>;
export const ConsoleMyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMyOrganizationsQuery, ConsoleMyOrganizationsQueryVariables>;
export const ConsoleAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditQuery, ConsoleAuditQueryVariables>;
export const ConsoleChatbotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleChatbot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanInviteCompanyUser"}},{"kind":"Field","name":{"kind":"Name","value":"chatbotCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemove"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleChatbotQuery, ConsoleChatbotQueryVariables>;
export const ConsoleMyCompaniesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatbotCompanies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitedRole"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMyCompaniesQuery, ConsoleMyCompaniesQueryVariables>;
export const ConsoleInviteCompanyUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleInviteCompanyUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCompanyUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCompanyUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInviteCompanyUserMutation, ConsoleInviteCompanyUserMutationVariables>;
export const ConsoleAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCompanyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAcceptInvitationMutation, ConsoleAcceptInvitationMutationVariables>;
export const ConsoleChangeCompanyRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangeCompanyRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCompanyRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCompanyRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleChangeCompanyRoleMutation, ConsoleChangeCompanyRoleMutationVariables>;
export const ConsoleRemoveCompanyUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveCompanyUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCompanyUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedProductUserId"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveCompanyUserMutation, ConsoleRemoveCompanyUserMutationVariables>;
export const ConsoleDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requests"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRequest"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requests"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requests"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"grants"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecisionsQuery, ConsoleDecisionsQueryVariables>;
export const ConsoleLiveChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLiveChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChatFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanConfigureLiveChat"}},{"kind":"Field","name":{"kind":"Name","value":"departmentGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"workWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"limitation"}},{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLiveChatQuery, ConsoleLiveChatQueryVariables>;
export const ConsoleCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateDepartmentMutation, ConsoleCreateDepartmentMutationVariables>;
export const ConsoleRenameDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRenameDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRenameDepartmentMutation, ConsoleRenameDepartmentMutationVariables>;
export const ConsoleDeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDepartmentId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteDepartmentMutation, ConsoleDeleteDepartmentMutationVariables>;
export const ConsoleCreateDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateDepartmentGroupMutation, ConsoleCreateDepartmentGroupMutationVariables>;
export const ConsoleRenameDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRenameDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRenameDepartmentGroupMutation, ConsoleRenameDepartmentGroupMutationVariables>;
export const ConsoleDeleteDepartmentGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteDepartmentGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartmentGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDepartmentGroupId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteDepartmentGroupMutation, ConsoleDeleteDepartmentGroupMutationVariables>;
export const ConsoleCreateUserGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateUserGroupMutation, ConsoleCreateUserGroupMutationVariables>;
export const ConsoleUpdateUserGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateUserGroupMutation, ConsoleUpdateUserGroupMutationVariables>;
export const ConsoleDeleteUserGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteUserGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUserGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUserGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserGroupId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteUserGroupMutation, ConsoleDeleteUserGroupMutationVariables>;
export const ConsoleCreateOperatorRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateOperatorRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOperatorRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperatorRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateOperatorRoleMutation, ConsoleCreateOperatorRoleMutationVariables>;
export const ConsoleRenameOperatorRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRenameOperatorRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameOperatorRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOperatorRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRenameOperatorRoleMutation, ConsoleRenameOperatorRoleMutationVariables>;
export const ConsoleDeleteOperatorRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteOperatorRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOperatorRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOperatorRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOperatorRoleId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteOperatorRoleMutation, ConsoleDeleteOperatorRoleMutationVariables>;
export const ConsoleMyAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"legacyLiveChatRole"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMyAccessQuery, ConsoleMyAccessQueryVariables>;
export const ConsolePortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortalRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conduit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePortalCustomer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePortalCustomer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePortalCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"demoEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"demoExpired"}},{"kind":"Field","name":{"kind":"Name","value":"conduit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"server"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanActivateDemo"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanExtendDemo"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanActivate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDeactivate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanArchive"}},{"kind":"Field","name":{"kind":"Name","value":"departmentAssociations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePortalQuery, ConsolePortalQueryVariables>;
export const ConsoleActivateDemoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActivateDemo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateCustomerDemo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"demoEndsOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleActivateDemoMutation, ConsoleActivateDemoMutationVariables>;
export const ConsoleExtendDemoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleExtendDemo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCustomerDemo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}},{"kind":"Field","name":{"kind":"Name","value":"demoEndsOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleExtendDemoMutation, ConsoleExtendDemoMutationVariables>;
export const ConsoleActivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleActivateCustomerMutation, ConsoleActivateCustomerMutationVariables>;
export const ConsoleDeactivateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivateCustomerMutation, ConsoleDeactivateCustomerMutationVariables>;
export const ConsoleArchiveCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingState"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveCustomerMutation, ConsoleArchiveCustomerMutationVariables>;
export const ConsoleProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSwitchProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}}]},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCreateProductRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}}]},{"kind":"Field","name":{"kind":"Name","value":"productUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDeactivate"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReactivate"}},{"kind":"Field","name":{"kind":"Name","value":"customRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productCustomRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleProductsQuery, ConsoleProductsQueryVariables>;
export const ConsoleEnableProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEnableProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabledProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEnableProductMutation, ConsoleEnableProductMutationVariables>;
export const ConsoleDisableProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDisableProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedEnabledProductId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDisableProductMutation, ConsoleDisableProductMutationVariables>;
export const ConsoleDeactivateProductUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeactivateProductUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateProductUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeactivateProductUserMutation, ConsoleDeactivateProductUserMutationVariables>;
export const ConsoleReactivateProductUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReactivateProductUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateProductUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReactivateProductUserMutation, ConsoleReactivateProductUserMutationVariables>;
export const ConsoleCreateProductRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateProductRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateProductRoleMutation, ConsoleCreateProductRoleMutationVariables>;
export const ConsoleUpdateProductRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateProductRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProductRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateProductRoleMutation, ConsoleUpdateProductRoleMutationVariables>;
export const ConsoleDeleteProductRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteProductRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProductRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProductRoleId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteProductRoleMutation, ConsoleDeleteProductRoleMutationVariables>;
export const ConsoleLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLogInMutation, ConsoleLogInMutationVariables>;
export const ConsoleMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAddMember"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"customRoles"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanGrantCustomRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRevokeCustomRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRemove"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanTransferOwnership"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMembersQuery, ConsoleMembersQueryVariables>;
export const ConsoleAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAddMemberMutation, ConsoleAddMemberMutationVariables>;
export const ConsoleSetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPrimaryRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrimaryRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSetRoleMutation, ConsoleSetRoleMutationVariables>;
export const ConsoleRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveMemberMutation, ConsoleRemoveMemberMutationVariables>;
export const ConsoleGrantCustomRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleGrantCustomRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantCustomRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customRoles"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleGrantCustomRoleMutation, ConsoleGrantCustomRoleMutationVariables>;
export const ConsoleRevokeCustomRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeCustomRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCustomRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customRoles"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRevokeCustomRoleMutation, ConsoleRevokeCustomRoleMutationVariables>;
export const ConsoleTransferOwnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransferOwnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferOwnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferOwnershipMutation, ConsoleTransferOwnershipMutationVariables>;