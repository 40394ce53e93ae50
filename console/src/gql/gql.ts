/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleRefreshDocument,
    "\n  mutation ConsoleLogOut {\n    logOut {\n      __typename\n    }\n  }\n": typeof types.ConsoleLogOutDocument,
    "\n  query ConsoleMyOrganizations {\n    me {\n      id\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMyOrganizationsDocument,
    "\n  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {\n    organization(id: $organizationId) {\n      id\n      auditLog(first: 20, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            domain\n            action\n            targetType\n            actor {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditDocument,
    "\n  query ConsoleChatbot($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      viewerCanInviteCompanyUser\n      chatbotCompany {\n        id\n        name\n        owner {\n          id\n          name\n        }\n        users(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              role\n              active\n              viewerCanChangeRole\n              viewerCanRemove\n              account {\n                id\n                name\n                email\n              }\n            }\n          }\n        }\n        invitations(first: 100) {\n          edges {\n            node {\n              id\n              email\n              role\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleChatbotDocument,
    "\n  query ConsoleMyCompanies {\n    me {\n      id\n      chatbotCompanies {\n        id\n        organizationId\n        name\n        role\n        invitedRole\n        active\n      }\n    }\n  }\n": typeof types.ConsoleMyCompaniesDocument,
    "\n  mutation ConsoleInviteCompanyUser($input: InviteCompanyUserInput!) {\n    inviteCompanyUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": typeof types.ConsoleInviteCompanyUserDocument,
    "\n  mutation ConsoleAcceptInvitation($input: CompanyInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleAcceptInvitationDocument,
    "\n  mutation ConsoleChangeCompanyRole($input: ChangeCompanyRoleInput!) {\n    changeCompanyRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleChangeCompanyRoleDocument,
    "\n  mutation ConsoleRemoveCompanyUser($input: CompanyUserInput!) {\n    removeCompanyUser(input: $input) {\n      removedProductUserId\n    }\n  }\n": typeof types.ConsoleRemoveCompanyUserDocument,
    "\n  query ConsoleDecisions($requests: [DecisionRequest!]!) {\n    decisions(requests: $requests) {\n      key\n      action\n      resourceId\n      allowed\n      reason\n      grants\n      missing\n    }\n  }\n": typeof types.ConsoleDecisionsDocument,
    "\n  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {\n    organization(id: $organizationId) {\n      id\n      viewerCanCreateDepartment\n      departments {\n        id\n        name\n        number\n        viewerCanRename\n        viewerCanDelete\n      }\n      viewerCanConfigureLiveChat\n      departmentGroups {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        departments {\n          id\n          name\n        }\n      }\n      userGroups {\n        id\n        name\n        required\n        viewerCanEdit\n        viewerCanDelete\n        workWith {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n      }\n      operatorRoles {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        grants {\n          id\n          module\n          function\n          limitation\n        }\n      }\n      chats(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            visitorName\n            createdAt\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      effectivePermissions(organizationId: $organizationId) {\n        module\n        function\n        limitation\n        role {\n          id\n          name\n        }\n        userGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleLiveChatDocument,
    "\n  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCreateDepartmentDocument,
    "\n  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleRenameDepartmentDocument,
    "\n  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n    }\n  }\n": typeof types.ConsoleDeleteDepartmentDocument,
    "\n  mutation ConsoleCreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n    createDepartmentGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCreateDepartmentGroupDocument,
    "\n  mutation ConsoleRenameDepartmentGroup($input: RenameDepartmentGroupInput!) {\n    renameDepartmentGroup(input: $input) {\n      departmentGroup {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleRenameDepartmentGroupDocument,
    "\n  mutation ConsoleDeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n    deleteDepartmentGroup(input: $input) {\n      deletedDepartmentGroupId\n    }\n  }\n": typeof types.ConsoleDeleteDepartmentGroupDocument,
    "\n  mutation ConsoleCreateUserGroup($input: CreateUserGroupInput!) {\n    createUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCreateUserGroupDocument,
    "\n  mutation ConsoleUpdateUserGroup($input: UpdateUserGroupInput!) {\n    updateUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleUpdateUserGroupDocument,
    "\n  mutation ConsoleDeleteUserGroup($input: DeleteUserGroupInput!) {\n    deleteUserGroup(input: $input) {\n      deletedUserGroupId\n    }\n  }\n": typeof types.ConsoleDeleteUserGroupDocument,
    "\n  mutation ConsoleCreateOperatorRole($input: CreateOperatorRoleInput!) {\n    createOperatorRole(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ConsoleCreateOperatorRoleDocument,
    "\n  mutation ConsoleRenameOperatorRole($input: RenameOperatorRoleInput!) {\n    renameOperatorRole(input: $input) {\n      operatorRole {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleRenameOperatorRoleDocument,
    "\n  mutation ConsoleDeleteOperatorRole($input: DeleteOperatorRoleInput!) {\n    deleteOperatorRole(input: $input) {\n      deletedOperatorRoleId\n    }\n  }\n": typeof types.ConsoleDeleteOperatorRoleDocument,
    "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n": typeof types.ConsoleMyAccessDocument,
    "\n  fragment ConsolePortalCustomer on Customer {\n    id\n    name\n    billingState\n    demoEndsOn\n    demoExpired\n    conduit {\n      id\n      name\n      server {\n        id\n        name\n      }\n    }\n    viewerCanActivateDemo\n    viewerCanExtendDemo\n    viewerCanActivate\n    viewerCanDeactivate\n    viewerCanArchive\n    departmentAssociations {\n      id\n      kind\n      department {\n        id\n        name\n      }\n      otherDepartment {\n        id\n        name\n      }\n    }\n    portalUsers {\n      id\n      role\n      name\n      email\n    }\n  }\n": typeof types.ConsolePortalCustomerFragmentDoc,
    "\n  query ConsolePortal($after: String, $filter: CustomerFilter) {\n    myPortalRoles {\n      id\n      role\n      server {\n        id\n        name\n      }\n      conduit {\n        id\n        name\n      }\n      customer {\n        ...ConsolePortalCustomer\n      }\n    }\n    customers(first: 50, after: $after, filter: $filter, orderBy: NAME) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConsolePortalCustomer\n        }\n      }\n    }\n  }\n": typeof types.ConsolePortalDocument,
    "\n  mutation ConsoleActivateDemo($input: BillingDaysInput!) {\n    activateCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n": typeof types.ConsoleActivateDemoDocument,
    "\n  mutation ConsoleExtendDemo($input: BillingDaysInput!) {\n    extendCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n": typeof types.ConsoleExtendDemoDocument,
    "\n  mutation ConsoleActivateCustomer($input: CustomerRefInput!) {\n    activateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": typeof types.ConsoleActivateCustomerDocument,
    "\n  mutation ConsoleDeactivateCustomer($input: CustomerRefInput!) {\n    deactivateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": typeof types.ConsoleDeactivateCustomerDocument,
    "\n  mutation ConsoleArchiveCustomer($input: CustomerRefInput!) {\n    archiveCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": typeof types.ConsoleArchiveCustomerDocument,
    "\n  query ConsoleProducts($organizationId: ID!, $product: String!) {\n    productCatalogue {\n      id\n      key\n      name\n      permissions {\n        key\n        description\n      }\n    }\n    organization(id: $organizationId) {\n      id\n      products {\n        id\n        product {\n          id\n          key\n        }\n      }\n      viewerCanSwitchProduct(product: $product)\n      viewerCanCreateProductRole(product: $product)\n      productUsers(product: $product) {\n        id\n        role\n        active\n        viewerCanDeactivate\n        viewerCanReactivate\n        customRole {\n          id\n          name\n        }\n        account {\n          id\n          name\n          email\n        }\n      }\n      productCustomRoles(product: $product) {\n        id\n        name\n        isDefault\n        permissions\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n": typeof types.ConsoleProductsDocument,
    "\n  mutation ConsoleEnableProduct($input: OrganizationProductInput!) {\n    enableProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleEnableProductDocument,
    "\n  mutation ConsoleDisableProduct($input: OrganizationProductInput!) {\n    disableProduct(input: $input) {\n      removedEnabledProductId\n    }\n  }\n": typeof types.ConsoleDisableProductDocument,
    "\n  mutation ConsoleDeactivateProductUser($input: ProductUserInput!) {\n    deactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleDeactivateProductUserDocument,
    "\n  mutation ConsoleReactivateProductUser($input: ProductUserInput!) {\n    reactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleReactivateProductUserDocument,
    "\n  mutation ConsoleCreateProductRole($input: CreateProductRoleInput!) {\n    createProductRole(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateProductRoleDocument,
    "\n  mutation ConsoleUpdateProductRole($input: UpdateProductRoleInput!) {\n    updateProductRole(input: $input) {\n      id\n      name\n      permissions\n    }\n  }\n": typeof types.ConsoleUpdateProductRoleDocument,
    "\n  mutation ConsoleDeleteProductRole($input: DeleteProductRoleInput!) {\n    deleteProductRole(input: $input) {\n      deletedProductRoleId\n    }\n  }\n": typeof types.ConsoleDeleteProductRoleDocument,
    "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleLogInDocument,
    "\n  query ConsoleMembers($organizationId: ID!, $after: String, $filter: MemberFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            customRoles\n            viewerCanChangeRole\n            viewerCanGrantCustomRole\n            viewerCanRevokeCustomRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMembersDocument,
    "\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleSetRoleDocument,
    "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMembershipId\n    }\n  }\n": typeof types.ConsoleRemoveMemberDocument,
    "\n  mutation ConsoleGrantCustomRole($input: CustomRoleInput!) {\n    grantCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n": typeof types.ConsoleGrantCustomRoleDocument,
    "\n  mutation ConsoleRevokeCustomRole($input: CustomRoleInput!) {\n    revokeCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n": typeof types.ConsoleRevokeCustomRoleDocument,
    "\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleTransferOwnershipDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleRefreshDocument,
    "\n  mutation ConsoleLogOut {\n    logOut {\n      __typename\n    }\n  }\n": types.ConsoleLogOutDocument,
    "\n  query ConsoleMyOrganizations {\n    me {\n      id\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMyOrganizationsDocument,
    "\n  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {\n    organization(id: $organizationId) {\n      id\n      auditLog(first: 20, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            domain\n            action\n            targetType\n            actor {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleAuditDocument,
    "\n  query ConsoleChatbot($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      viewerCanInviteCompanyUser\n      chatbotCompany {\n        id\n        name\n        owner {\n          id\n          name\n        }\n        users(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              role\n              active\n              viewerCanChangeRole\n              viewerCanRemove\n              account {\n                id\n                name\n                email\n              }\n            }\n          }\n        }\n        invitations(first: 100) {\n          edges {\n            node {\n              id\n              email\n              role\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleChatbotDocument,
    "\n  query ConsoleMyCompanies {\n    me {\n      id\n      chatbotCompanies {\n        id\n        organizationId\n        name\n        role\n        invitedRole\n        active\n      }\n    }\n  }\n": types.ConsoleMyCompaniesDocument,
    "\n  mutation ConsoleInviteCompanyUser($input: InviteCompanyUserInput!) {\n    inviteCompanyUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n": types.ConsoleInviteCompanyUserDocument,
    "\n  mutation ConsoleAcceptInvitation($input: CompanyInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleAcceptInvitationDocument,
    "\n  mutation ConsoleChangeCompanyRole($input: ChangeCompanyRoleInput!) {\n    changeCompanyRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleChangeCompanyRoleDocument,
    "\n  mutation ConsoleRemoveCompanyUser($input: CompanyUserInput!) {\n    removeCompanyUser(input: $input) {\n      removedProductUserId\n    }\n  }\n": types.ConsoleRemoveCompanyUserDocument,
    "\n  query ConsoleDecisions($requests: [DecisionRequest!]!) {\n    decisions(requests: $requests) {\n      key\n      action\n      resourceId\n      allowed\n      reason\n      grants\n      missing\n    }\n  }\n": types.ConsoleDecisionsDocument,
    "\n  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {\n    organization(id: $organizationId) {\n      id\n      viewerCanCreateDepartment\n      departments {\n        id\n        name\n        number\n        viewerCanRename\n        viewerCanDelete\n      }\n      viewerCanConfigureLiveChat\n      departmentGroups {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        departments {\n          id\n          name\n        }\n      }\n      userGroups {\n        id\n        name\n        required\n        viewerCanEdit\n        viewerCanDelete\n        workWith {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n      }\n      operatorRoles {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        grants {\n          id\n          module\n          function\n          limitation\n        }\n      }\n      chats(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            visitorName\n            createdAt\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      effectivePermissions(organizationId: $organizationId) {\n        module\n        function\n        limitation\n        role {\n          id\n          name\n        }\n        userGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleLiveChatDocument,
    "\n  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleCreateDepartmentDocument,
    "\n  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleRenameDepartmentDocument,
    "\n  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n    }\n  }\n": types.ConsoleDeleteDepartmentDocument,
    "\n  mutation ConsoleCreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n    createDepartmentGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleCreateDepartmentGroupDocument,
    "\n  mutation ConsoleRenameDepartmentGroup($input: RenameDepartmentGroupInput!) {\n    renameDepartmentGroup(input: $input) {\n      departmentGroup {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleRenameDepartmentGroupDocument,
    "\n  mutation ConsoleDeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n    deleteDepartmentGroup(input: $input) {\n      deletedDepartmentGroupId\n    }\n  }\n": types.ConsoleDeleteDepartmentGroupDocument,
    "\n  mutation ConsoleCreateUserGroup($input: CreateUserGroupInput!) {\n    createUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleCreateUserGroupDocument,
    "\n  mutation ConsoleUpdateUserGroup($input: UpdateUserGroupInput!) {\n    updateUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleUpdateUserGroupDocument,
    "\n  mutation ConsoleDeleteUserGroup($input: DeleteUserGroupInput!) {\n    deleteUserGroup(input: $input) {\n      deletedUserGroupId\n    }\n  }\n": types.ConsoleDeleteUserGroupDocument,
    "\n  mutation ConsoleCreateOperatorRole($input: CreateOperatorRoleInput!) {\n    createOperatorRole(input: $input) {\n      id\n      name\n    }\n  }\n": types.ConsoleCreateOperatorRoleDocument,
    "\n  mutation ConsoleRenameOperatorRole($input: RenameOperatorRoleInput!) {\n    renameOperatorRole(input: $input) {\n      operatorRole {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleRenameOperatorRoleDocument,
    "\n  mutation ConsoleDeleteOperatorRole($input: DeleteOperatorRoleInput!) {\n    deleteOperatorRole(input: $input) {\n      deletedOperatorRoleId\n    }\n  }\n": types.ConsoleDeleteOperatorRoleDocument,
    "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n": types.ConsoleMyAccessDocument,
    "\n  fragment ConsolePortalCustomer on Customer {\n    id\n    name\n    billingState\n    demoEndsOn\n    demoExpired\n    conduit {\n      id\n      name\n      server {\n        id\n        name\n      }\n    }\n    viewerCanActivateDemo\n    viewerCanExtendDemo\n    viewerCanActivate\n    viewerCanDeactivate\n    viewerCanArchive\n    departmentAssociations {\n      id\n      kind\n      department {\n        id\n        name\n      }\n      otherDepartment {\n        id\n        name\n      }\n    }\n    portalUsers {\n      id\n      role\n      name\n      email\n    }\n  }\n": types.ConsolePortalCustomerFragmentDoc,
    "\n  query ConsolePortal($after: String, $filter: CustomerFilter) {\n    myPortalRoles {\n      id\n      role\n      server {\n        id\n        name\n      }\n      conduit {\n        id\n        name\n      }\n      customer {\n        ...ConsolePortalCustomer\n      }\n    }\n    customers(first: 50, after: $after, filter: $filter, orderBy: NAME) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConsolePortalCustomer\n        }\n      }\n    }\n  }\n": types.ConsolePortalDocument,
    "\n  mutation ConsoleActivateDemo($input: BillingDaysInput!) {\n    activateCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n": types.ConsoleActivateDemoDocument,
    "\n  mutation ConsoleExtendDemo($input: BillingDaysInput!) {\n    extendCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n": types.ConsoleExtendDemoDocument,
    "\n  mutation ConsoleActivateCustomer($input: CustomerRefInput!) {\n    activateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": types.ConsoleActivateCustomerDocument,
    "\n  mutation ConsoleDeactivateCustomer($input: CustomerRefInput!) {\n    deactivateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": types.ConsoleDeactivateCustomerDocument,
    "\n  mutation ConsoleArchiveCustomer($input: CustomerRefInput!) {\n    archiveCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n": types.ConsoleArchiveCustomerDocument,
    "\n  query ConsoleProducts($organizationId: ID!, $product: String!) {\n    productCatalogue {\n      id\n      key\n      name\n      permissions {\n        key\n        description\n      }\n    }\n    organization(id: $organizationId) {\n      id\n      products {\n        id\n        product {\n          id\n          key\n        }\n      }\n      viewerCanSwitchProduct(product: $product)\n      viewerCanCreateProductRole(product: $product)\n      productUsers(product: $product) {\n        id\n        role\n        active\n        viewerCanDeactivate\n        viewerCanReactivate\n        customRole {\n          id\n          name\n        }\n        account {\n          id\n          name\n          email\n        }\n      }\n      productCustomRoles(product: $product) {\n        id\n        name\n        isDefault\n        permissions\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n": types.ConsoleProductsDocument,
    "\n  mutation ConsoleEnableProduct($input: OrganizationProductInput!) {\n    enableProduct(input: $input) {\n      id\n    }\n  }\n": types.ConsoleEnableProductDocument,
    "\n  mutation ConsoleDisableProduct($input: OrganizationProductInput!) {\n    disableProduct(input: $input) {\n      removedEnabledProductId\n    }\n  }\n": types.ConsoleDisableProductDocument,
    "\n  mutation ConsoleDeactivateProductUser($input: ProductUserInput!) {\n    deactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.ConsoleDeactivateProductUserDocument,
    "\n  mutation ConsoleReactivateProductUser($input: ProductUserInput!) {\n    reactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n": types.ConsoleReactivateProductUserDocument,
    "\n  mutation ConsoleCreateProductRole($input: CreateProductRoleInput!) {\n    createProductRole(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateProductRoleDocument,
    "\n  mutation ConsoleUpdateProductRole($input: UpdateProductRoleInput!) {\n    updateProductRole(input: $input) {\n      id\n      name\n      permissions\n    }\n  }\n": types.ConsoleUpdateProductRoleDocument,
    "\n  mutation ConsoleDeleteProductRole($input: DeleteProductRoleInput!) {\n    deleteProductRole(input: $input) {\n      deletedProductRoleId\n    }\n  }\n": types.ConsoleDeleteProductRoleDocument,
    "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleLogInDocument,
    "\n  query ConsoleMembers($organizationId: ID!, $after: String, $filter: MemberFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            customRoles\n            viewerCanChangeRole\n            viewerCanGrantCustomRole\n            viewerCanRevokeCustomRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleMembersDocument,
    "\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleSetRoleDocument,
    "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMembershipId\n    }\n  }\n": types.ConsoleRemoveMemberDocument,
    "\n  mutation ConsoleGrantCustomRole($input: CustomRoleInput!) {\n    grantCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n": types.ConsoleGrantCustomRoleDocument,
    "\n  mutation ConsoleRevokeCustomRole($input: CustomRoleInput!) {\n    revokeCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n": types.ConsoleRevokeCustomRoleDocument,
    "\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n": types.ConsoleTransferOwnershipDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogOut {\n    logOut {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogOut {\n    logOut {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyOrganizations {\n    me {\n      id\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyOrganizations {\n    me {\n      id\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {\n    organization(id: $organizationId) {\n      id\n      auditLog(first: 20, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            domain\n            action\n            targetType\n            actor {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {\n    organization(id: $organizationId) {\n      id\n      auditLog(first: 20, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            domain\n            action\n            targetType\n            actor {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleChatbot($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      viewerCanInviteCompanyUser\n      chatbotCompany {\n        id\n        name\n        owner {\n          id\n          name\n        }\n        users(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              role\n              active\n              viewerCanChangeRole\n              viewerCanRemove\n              account {\n                id\n                name\n                email\n              }\n            }\n          }\n        }\n        invitations(first: 100) {\n          edges {\n            node {\n              id\n              email\n              role\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleChatbot($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      viewerCanInviteCompanyUser\n      chatbotCompany {\n        id\n        name\n        owner {\n          id\n          name\n        }\n        users(first: 100) {\n          totalCount\n          edges {\n            node {\n              id\n              role\n              active\n              viewerCanChangeRole\n              viewerCanRemove\n              account {\n                id\n                name\n                email\n              }\n            }\n          }\n        }\n        invitations(first: 100) {\n          edges {\n            node {\n              id\n              email\n              role\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyCompanies {\n    me {\n      id\n      chatbotCompanies {\n        id\n        organizationId\n        name\n        role\n        invitedRole\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyCompanies {\n    me {\n      id\n      chatbotCompanies {\n        id\n        organizationId\n        name\n        role\n        invitedRole\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleInviteCompanyUser($input: InviteCompanyUserInput!) {\n    inviteCompanyUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleInviteCompanyUser($input: InviteCompanyUserInput!) {\n    inviteCompanyUser(input: $input) {\n      id\n      email\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptInvitation($input: CompanyInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAcceptInvitation($input: CompanyInput!) {\n    acceptCompanyInvitation(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangeCompanyRole($input: ChangeCompanyRoleInput!) {\n    changeCompanyRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleChangeCompanyRole($input: ChangeCompanyRoleInput!) {\n    changeCompanyRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveCompanyUser($input: CompanyUserInput!) {\n    removeCompanyUser(input: $input) {\n      removedProductUserId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveCompanyUser($input: CompanyUserInput!) {\n    removeCompanyUser(input: $input) {\n      removedProductUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDecisions($requests: [DecisionRequest!]!) {\n    decisions(requests: $requests) {\n      key\n      action\n      resourceId\n      allowed\n      reason\n      grants\n      missing\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDecisions($requests: [DecisionRequest!]!) {\n    decisions(requests: $requests) {\n      key\n      action\n      resourceId\n      allowed\n      reason\n      grants\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {\n    organization(id: $organizationId) {\n      id\n      viewerCanCreateDepartment\n      departments {\n        id\n        name\n        number\n        viewerCanRename\n        viewerCanDelete\n      }\n      viewerCanConfigureLiveChat\n      departmentGroups {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        departments {\n          id\n          name\n        }\n      }\n      userGroups {\n        id\n        name\n        required\n        viewerCanEdit\n        viewerCanDelete\n        workWith {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n      }\n      operatorRoles {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        grants {\n          id\n          module\n          function\n          limitation\n        }\n      }\n      chats(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            visitorName\n            createdAt\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      effectivePermissions(organizationId: $organizationId) {\n        module\n        function\n        limitation\n        role {\n          id\n          name\n        }\n        userGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleLiveChat($organizationId: ID!, $filter: ChatFilter) {\n    organization(id: $organizationId) {\n      id\n      viewerCanCreateDepartment\n      departments {\n        id\n        name\n        number\n        viewerCanRename\n        viewerCanDelete\n      }\n      viewerCanConfigureLiveChat\n      departmentGroups {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        departments {\n          id\n          name\n        }\n      }\n      userGroups {\n        id\n        name\n        required\n        viewerCanEdit\n        viewerCanDelete\n        workWith {\n          id\n          name\n        }\n        roles {\n          id\n          name\n        }\n      }\n      operatorRoles {\n        id\n        name\n        viewerCanRename\n        viewerCanDelete\n        grants {\n          id\n          module\n          function\n          limitation\n        }\n      }\n      chats(first: 50, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            id\n            visitorName\n            createdAt\n            department {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n    me {\n      id\n      effectivePermissions(organizationId: $organizationId) {\n        module\n        function\n        limitation\n        role {\n          id\n          name\n        }\n        userGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n    createDepartmentGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateDepartmentGroup($input: CreateDepartmentGroupInput!) {\n    createDepartmentGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenameDepartmentGroup($input: RenameDepartmentGroupInput!) {\n    renameDepartmentGroup(input: $input) {\n      departmentGroup {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRenameDepartmentGroup($input: RenameDepartmentGroupInput!) {\n    renameDepartmentGroup(input: $input) {\n      departmentGroup {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n    deleteDepartmentGroup(input: $input) {\n      deletedDepartmentGroupId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteDepartmentGroup($input: DeleteDepartmentGroupInput!) {\n    deleteDepartmentGroup(input: $input) {\n      deletedDepartmentGroupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUserGroup($input: CreateUserGroupInput!) {\n    createUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateUserGroup($input: CreateUserGroupInput!) {\n    createUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUserGroup($input: UpdateUserGroupInput!) {\n    updateUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUserGroup($input: UpdateUserGroupInput!) {\n    updateUserGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUserGroup($input: DeleteUserGroupInput!) {\n    deleteUserGroup(input: $input) {\n      deletedUserGroupId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteUserGroup($input: DeleteUserGroupInput!) {\n    deleteUserGroup(input: $input) {\n      deletedUserGroupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOperatorRole($input: CreateOperatorRoleInput!) {\n    createOperatorRole(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateOperatorRole($input: CreateOperatorRoleInput!) {\n    createOperatorRole(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRenameOperatorRole($input: RenameOperatorRoleInput!) {\n    renameOperatorRole(input: $input) {\n      operatorRole {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRenameOperatorRole($input: RenameOperatorRoleInput!) {\n    renameOperatorRole(input: $input) {\n      operatorRole {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteOperatorRole($input: DeleteOperatorRoleInput!) {\n    deleteOperatorRole(input: $input) {\n      deletedOperatorRoleId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteOperatorRole($input: DeleteOperatorRoleInput!) {\n    deleteOperatorRole(input: $input) {\n      deletedOperatorRoleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePortalCustomer on Customer {\n    id\n    name\n    billingState\n    demoEndsOn\n    demoExpired\n    conduit {\n      id\n      name\n      server {\n        id\n        name\n      }\n    }\n    viewerCanActivateDemo\n    viewerCanExtendDemo\n    viewerCanActivate\n    viewerCanDeactivate\n    viewerCanArchive\n    departmentAssociations {\n      id\n      kind\n      department {\n        id\n        name\n      }\n      otherDepartment {\n        id\n        name\n      }\n    }\n    portalUsers {\n      id\n      role\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ConsolePortalCustomer on Customer {\n    id\n    name\n    billingState\n    demoEndsOn\n    demoExpired\n    conduit {\n      id\n      name\n      server {\n        id\n        name\n      }\n    }\n    viewerCanActivateDemo\n    viewerCanExtendDemo\n    viewerCanActivate\n    viewerCanDeactivate\n    viewerCanArchive\n    departmentAssociations {\n      id\n      kind\n      department {\n        id\n        name\n      }\n      otherDepartment {\n        id\n        name\n      }\n    }\n    portalUsers {\n      id\n      role\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePortal($after: String, $filter: CustomerFilter) {\n    myPortalRoles {\n      id\n      role\n      server {\n        id\n        name\n      }\n      conduit {\n        id\n        name\n      }\n      customer {\n        ...ConsolePortalCustomer\n      }\n    }\n    customers(first: 50, after: $after, filter: $filter, orderBy: NAME) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConsolePortalCustomer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePortal($after: String, $filter: CustomerFilter) {\n    myPortalRoles {\n      id\n      role\n      server {\n        id\n        name\n      }\n      conduit {\n        id\n        name\n      }\n      customer {\n        ...ConsolePortalCustomer\n      }\n    }\n    customers(first: 50, after: $after, filter: $filter, orderBy: NAME) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConsolePortalCustomer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleActivateDemo($input: BillingDaysInput!) {\n    activateCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleActivateDemo($input: BillingDaysInput!) {\n    activateCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExtendDemo($input: BillingDaysInput!) {\n    extendCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleExtendDemo($input: BillingDaysInput!) {\n    extendCustomerDemo(input: $input) {\n      id\n      billingState\n      demoEndsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleActivateCustomer($input: CustomerRefInput!) {\n    activateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleActivateCustomer($input: CustomerRefInput!) {\n    activateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivateCustomer($input: CustomerRefInput!) {\n    deactivateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeactivateCustomer($input: CustomerRefInput!) {\n    deactivateCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveCustomer($input: CustomerRefInput!) {\n    archiveCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveCustomer($input: CustomerRefInput!) {\n    archiveCustomer(input: $input) {\n      id\n      billingState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProducts($organizationId: ID!, $product: String!) {\n    productCatalogue {\n      id\n      key\n      name\n      permissions {\n        key\n        description\n      }\n    }\n    organization(id: $organizationId) {\n      id\n      products {\n        id\n        product {\n          id\n          key\n        }\n      }\n      viewerCanSwitchProduct(product: $product)\n      viewerCanCreateProductRole(product: $product)\n      productUsers(product: $product) {\n        id\n        role\n        active\n        viewerCanDeactivate\n        viewerCanReactivate\n        customRole {\n          id\n          name\n        }\n        account {\n          id\n          name\n          email\n        }\n      }\n      productCustomRoles(product: $product) {\n        id\n        name\n        isDefault\n        permissions\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProducts($organizationId: ID!, $product: String!) {\n    productCatalogue {\n      id\n      key\n      name\n      permissions {\n        key\n        description\n      }\n    }\n    organization(id: $organizationId) {\n      id\n      products {\n        id\n        product {\n          id\n          key\n        }\n      }\n      viewerCanSwitchProduct(product: $product)\n      viewerCanCreateProductRole(product: $product)\n      productUsers(product: $product) {\n        id\n        role\n        active\n        viewerCanDeactivate\n        viewerCanReactivate\n        customRole {\n          id\n          name\n        }\n        account {\n          id\n          name\n          email\n        }\n      }\n      productCustomRoles(product: $product) {\n        id\n        name\n        isDefault\n        permissions\n        viewerCanEdit\n        viewerCanDelete\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleEnableProduct($input: OrganizationProductInput!) {\n    enableProduct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleEnableProduct($input: OrganizationProductInput!) {\n    enableProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDisableProduct($input: OrganizationProductInput!) {\n    disableProduct(input: $input) {\n      removedEnabledProductId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDisableProduct($input: OrganizationProductInput!) {\n    disableProduct(input: $input) {\n      removedEnabledProductId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeactivateProductUser($input: ProductUserInput!) {\n    deactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeactivateProductUser($input: ProductUserInput!) {\n    deactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReactivateProductUser($input: ProductUserInput!) {\n    reactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReactivateProductUser($input: ProductUserInput!) {\n    reactivateProductUser(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateProductRole($input: CreateProductRoleInput!) {\n    createProductRole(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateProductRole($input: CreateProductRoleInput!) {\n    createProductRole(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateProductRole($input: UpdateProductRoleInput!) {\n    updateProductRole(input: $input) {\n      id\n      name\n      permissions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateProductRole($input: UpdateProductRoleInput!) {\n    updateProductRole(input: $input) {\n      id\n      name\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteProductRole($input: DeleteProductRoleInput!) {\n    deleteProductRole(input: $input) {\n      deletedProductRoleId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteProductRole($input: DeleteProductRoleInput!) {\n    deleteProductRole(input: $input) {\n      deletedProductRoleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMembers($organizationId: ID!, $after: String, $filter: MemberFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            customRoles\n            viewerCanChangeRole\n            viewerCanGrantCustomRole\n            viewerCanRevokeCustomRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMembers($organizationId: ID!, $after: String, $filter: MemberFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            customRoles\n            viewerCanChangeRole\n            viewerCanGrantCustomRole\n            viewerCanRevokeCustomRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMembershipId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMembershipId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleGrantCustomRole($input: CustomRoleInput!) {\n    grantCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleGrantCustomRole($input: CustomRoleInput!) {\n    grantCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeCustomRole($input: CustomRoleInput!) {\n    revokeCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeCustomRole($input: CustomRoleInput!) {\n    revokeCustomRole(input: $input) {\n      id\n      customRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;