/**
 * The accounts subgraph's published contract for the other domains: its read-only views
 * `membership_roles`, `account_directory`, `organization_directory`, `active_sessions` and its functions
 * `join_organization`, `create_organization`, `rename_organization` and `add_new_member`. This module is the only place outside
 * accounts that writes their SQL: a change to a
 * view breaks here, at compile time or in the contract test that checks each view's columns, not at run time in
 * a distant service. Every function takes the caller's query-able (a DataSource for per-request loaders, the
 * transaction's EntityManager for re-checks), so a read joins the caller's transaction.
 */
import type { Queryable } from '../db/queryable';
import type { CustomRole, PrimaryRole } from '../organization-access';

/** The published views' names, for a domain query that joins one of them to its own tables. */
export const ACCOUNTS_VIEWS = {
  membershipRoles: 'accounts.membership_roles',
  accountDirectory: 'accounts.account_directory',
  organizationDirectory: 'accounts.organization_directory',
  activeSessions: 'accounts.active_sessions',
} as const;

/** The columns this module reads from each published view (checked against the database by a contract test). */
export const ACCOUNTS_VIEW_COLUMNS: Readonly<Record<keyof typeof ACCOUNTS_VIEWS, readonly string[]>> = {
  membershipRoles: ['membership_id', 'organization_id', 'account_id', 'primary_role', 'custom_roles'],
  accountDirectory: ['account_id', 'email', 'name'],
  organizationDirectory: ['organization_id', 'name'],
  activeSessions: ['session_id', 'account_id'],
};

/** One row of `accounts.membership_roles`. */
export interface MembershipRow {
  membershipId: string;
  organizationId: string;
  accountId: string;
  primaryRole: PrimaryRole;
  customRoles: CustomRole[];
}

/** One row of `accounts.account_directory`. */
export interface AccountRow {
  accountId: string;
  email: string;
  name: string;
}

/** One row of `accounts.organization_directory`. */
export interface OrganizationRow {
  organizationId: string;
  name: string;
}

const MEMBERSHIP = `membership_id AS "membershipId", organization_id AS "organizationId", account_id AS "accountId",
  primary_role AS "primaryRole", custom_roles AS "customRoles"`;
const ACCOUNT = `account_id AS "accountId", email, name`;
const ORGANIZATION = `organization_id AS "organizationId", name`;

const rows = async <T>(q: Queryable, sql: string, params: unknown[] = []): Promise<T[]> =>
  (await q.query(sql, params)) as T[];

/** The account's memberships in these organizations. */
export function membershipsOfAccount(q: Queryable, accountId: string, organizationIds: readonly string[]) {
  return rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles WHERE account_id = $1 AND organization_id = ANY($2::uuid[])`,
    [accountId, organizationIds],
  );
}

/** Every membership of the account, by organization id. */
export function allMembershipsOfAccount(q: Queryable, accountId: string) {
  return rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles WHERE account_id = $1 ORDER BY organization_id`,
    [accountId],
  );
}

/** Memberships by id. */
export function membershipsById(q: Queryable, membershipIds: readonly string[]) {
  return rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles WHERE membership_id = ANY($1::uuid[])`,
    [membershipIds],
  );
}

/** The membership of one account in one organization, or null. */
export async function membershipOf(
  q: Queryable,
  organizationId: string,
  accountId: string,
): Promise<MembershipRow | null> {
  const [row] = await rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles WHERE organization_id = $1 AND account_id = $2`,
    [organizationId, accountId],
  );
  return row ?? null;
}

/** The memberships of these (organization, account) pairs, pair i being (organizationIds[i], accountIds[i]). */
export function membershipsOfPairs(q: Queryable, organizationIds: readonly string[], accountIds: readonly string[]) {
  return rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles mr
     JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = mr.organization_id AND p.a = mr.account_id`,
    [organizationIds, accountIds],
  );
}

/** The organization's members holding a primary role (e.g. its one OWNER). */
export function membersWithRole(q: Queryable, organizationId: string, role: PrimaryRole) {
  return rows<MembershipRow>(
    q,
    `SELECT ${MEMBERSHIP} FROM accounts.membership_roles WHERE organization_id = $1 AND primary_role = $2`,
    [organizationId, role],
  );
}

/** Accounts by id (unknown ids are left out). */
export function accountsById(q: Queryable, accountIds: readonly string[]) {
  return rows<AccountRow>(q, `SELECT ${ACCOUNT} FROM accounts.account_directory WHERE account_id = ANY($1::uuid[])`, [
    accountIds,
  ]);
}

/** Accounts by e-mail, as stored (lower case). */
export function accountsByEmail(q: Queryable, emails: readonly string[]) {
  return rows<AccountRow>(q, `SELECT ${ACCOUNT} FROM accounts.account_directory WHERE email = ANY($1::text[])`, [
    emails,
  ]);
}

/** The account with this e-mail, or null. */
export async function accountByEmail(q: Queryable, email: string): Promise<AccountRow | null> {
  const [row] = await accountsByEmail(q, [email]);
  return row ?? null;
}

/**
 * whether the session is active (not ended, not past its lifetime) and belongs to the account; one
 * primary-key lookup.
 */
export async function isSessionActive(q: Queryable, sessionId: string, accountId: string): Promise<boolean> {
  const found = await rows<{ ok: number }>(
    q,
    'SELECT 1 AS ok FROM accounts.active_sessions WHERE session_id = $1 AND account_id = $2',
    [sessionId, accountId],
  );
  return found.length > 0;
}

/** Organizations by id (unknown ids are left out). */
export function organizationsById(q: Queryable, organizationIds: readonly string[]) {
  return rows<OrganizationRow>(
    q,
    `SELECT ${ORGANIZATION} FROM accounts.organization_directory WHERE organization_id = ANY($1::uuid[])`,
    [organizationIds],
  );
}

/** The first organization with this exact name, or null (demo data finds its organizations by name). */
export async function organizationByName(q: Queryable, name: string): Promise<OrganizationRow | null> {
  const [row] = await rows<OrganizationRow>(
    q,
    `SELECT ${ORGANIZATION} FROM accounts.organization_directory WHERE name = $1 ORDER BY organization_id LIMIT 1`,
    [name],
  );
  return row ?? null;
}

/** Accounts whose e-mail ends with the suffix (demo data: `@demo.test`). */
export function accountsByEmailSuffix(q: Queryable, suffix: string) {
  return rows<AccountRow>(q, `SELECT ${ACCOUNT} FROM accounts.account_directory WHERE email LIKE '%' || $1`, [suffix]);
}

/** The organization, or null. */
export async function organizationById(q: Queryable, organizationId: string): Promise<OrganizationRow | null> {
  const [row] = await organizationsById(q, [organizationId]);
  return row ?? null;
}

/**
 * Adds the account as a MEMBER through accounts' own function (its lock and audit, in the caller's
 * transaction); an existing membership is returned unchanged. Returns the membership id.
 */
export async function joinOrganization(
  q: Queryable,
  input: { organizationId: string; accountId: string; actorAccountId: string; reason: string },
): Promise<string> {
  const [row] = await rows<{ id: string }>(q, 'SELECT accounts.join_organization($1, $2, $3, $4) AS id', [
    input.organizationId,
    input.accountId,
    input.actorAccountId,
    input.reason,
  ]);
  return row!.id;
}

/**
 * Adds an account that is not yet a member as a plain MEMBER through accounts' own `add_new_member` (issue 13:
 * a live-chat team leader brings in a new person, LHC-6): accounts' organization row lock, the actor still a
 * member (else SQLSTATE 42501), never an existing member (SQLSTATE 23514), accounts' audit. Returns the membership id.
 */
export async function addNewMember(
  q: Queryable,
  input: { organizationId: string; accountId: string; actorAccountId: string; reason: string },
): Promise<string> {
  const [row] = await rows<{ id: string }>(q, 'SELECT accounts.add_new_member($1, $2, $3, $4) AS id', [
    input.organizationId,
    input.accountId,
    input.actorAccountId,
    input.reason,
  ]);
  return row!.id;
}

/** Creates an organization owned by the account through accounts' own function; returns its id. */
export async function createOrganization(
  q: Queryable,
  input: { name: string; ownerAccountId: string; actorAccountId: string; reason: string },
): Promise<string> {
  const [row] = await rows<{ id: string }>(q, 'SELECT accounts.create_organization($1, $2, $3, $4) AS id', [
    input.name,
    input.ownerAccountId,
    input.actorAccountId,
    input.reason,
  ]);
  return row!.id;
}

/**
 * Renames the organization through accounts' own function (issue 13: the organization's name is the one name of a
 * chatbot company and a customer): accounts' organization row lock and its `organization.renamed` audit event, in
 * the caller's transaction. The caller has validated the name (requireName); accounts re-checks it (SQLSTATE 22023).
 * An unknown organization raises SQLSTATE P0002. Returns the stored name.
 */
export async function renameOrganization(
  q: Queryable,
  input: { organizationId: string; name: string; actorAccountId: string; reason: string },
): Promise<string> {
  const [row] = await rows<{ name: string }>(q, 'SELECT accounts.rename_organization($1, $2, $3, $4) AS name', [
    input.organizationId,
    input.name,
    input.actorAccountId,
    input.reason,
  ]);
  return row!.name;
}
