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
    "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n": typeof types.ConsoleMyAccessDocument,
    "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleLogInDocument,
    "\n  query ConsoleMembers($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            viewerCanChangeRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMembersDocument,
    "\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ConsoleSetRoleDocument,
    "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRemoveMemberDocument,
    "\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleTransferOwnershipDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleRefreshDocument,
    "\n  mutation ConsoleLogOut {\n    logOut {\n      __typename\n    }\n  }\n": types.ConsoleLogOutDocument,
    "\n  query ConsoleMyOrganizations {\n    me {\n      id\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMyOrganizationsDocument,
    "\n  query ConsoleAudit($organizationId: ID!, $after: String, $filter: AuditLogFilter) {\n    organization(id: $organizationId) {\n      id\n      auditLog(first: 20, after: $after, filter: $filter) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            domain\n            action\n            targetType\n            actor {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleAuditDocument,
    "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n": types.ConsoleMyAccessDocument,
    "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleLogInDocument,
    "\n  query ConsoleMembers($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            viewerCanChangeRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleMembersDocument,
    "\n  mutation ConsoleAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleSetRole($input: SetPrimaryRoleInput!) {\n    setPrimaryRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ConsoleSetRoleDocument,
    "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      id\n    }\n  }\n": types.ConsoleRemoveMemberDocument,
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
export function graphql(source: "\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyAccess {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        role\n        legacyLiveChatRole\n        organization {\n          id\n          name\n        }\n        productRoles {\n          product\n          role\n          active\n        }\n      }\n      portalRoles {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      refreshToken\n      account {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMembers($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            viewerCanChangeRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMembers($organizationId: ID!, $after: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerCanAddMember\n      members(first: 50, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            role\n            viewerCanChangeRole\n            viewerCanRemove\n            viewerCanTransferOwnership\n            account {\n              id\n              name\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveMember($input: OrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTransferOwnership($input: OrganizationMemberInput!) {\n    transferOwnership(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;