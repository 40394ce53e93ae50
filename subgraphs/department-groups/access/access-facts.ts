import { membershipsOfPairs } from '../../common/contracts/accounts';
import { readProductAccess } from '../../common/contracts/product-roles';
import type { Queryable } from '../../common/db/queryable';
import { PrimaryRole, roleGrants } from '../../common/organization-access';
import { LIVECHAT, type LiveChatSeat } from './live-chat';
import { departmentScope, visibleDepartmentIds, type DepartmentGroupFacts, type SourcedGrant } from './grants';

export type { Queryable };

/** Everything the LHC decisions need about one account in one organization. */
export interface AccessFacts {
  organizationId: string;
  accountId: string;
  /** From the accounts' published view; null when not a member (then nothing below counts). */
  primaryRole: PrimaryRole | null;
  /** Owners and administrators manage everything in their organization. */
  administers: boolean;
  grants: SourcedGrant[];
  userGroupIds: string[];
  /** Union of the work-with lists of the account's groups (LHC-6). */
  workWithGroupIds: string[];
  departmentGroupIds: string[];
  /** The account's LiveChat product user, from product-roles' published view (null: none, or LiveChat disabled). */
  liveChat: LiveChatSeat | null;
}

/** A key for per-(organization, account) maps and loaders. */
export const pairKey = (organizationId: string, accountId: string): string => `${organizationId}|${accountId}`;

/**
 * Reads the access facts of many (organization, account) pairs in five statements (the fifth: the LiveChat product
 * user, through product-roles' published view). Group memberships count
 * only while the account is a member of the organization (read from accounts' published memberships, X-5).
 */
export async function loadAccessFacts(
  q: Queryable,
  pairs: ReadonlyArray<{ organizationId: string; accountId: string }>,
): Promise<Map<string, AccessFacts>> {
  const out = new Map<string, AccessFacts>();
  if (pairs.length === 0) return out;
  const orgs = pairs.map((p) => p.organizationId);
  const accounts = pairs.map((p) => p.accountId);
  const args = [orgs, accounts];
  const memberships = await membershipsOfPairs(q, orgs, accounts);
  for (const p of pairs) {
    out.set(pairKey(p.organizationId, p.accountId), {
      organizationId: p.organizationId,
      accountId: p.accountId,
      primaryRole: null,
      administers: false,
      grants: [],
      userGroupIds: [],
      workWithGroupIds: [],
      departmentGroupIds: [],
      liveChat: null,
    });
  }
  for (const m of memberships) {
    const facts = out.get(pairKey(m.organizationId, m.accountId))!;
    facts.primaryRole = m.primaryRole;
    facts.administers = roleGrants(m.primaryRole, 'organization:administer');
  }
  const groups: Array<{ organization_id: string; account_id: string; user_group_id: string; work_with: string[] }> =
    await q.query(
      `SELECT m.organization_id, m.account_id, m.user_group_id,
            ARRAY(SELECT w.work_with_group_id FROM department_groups.user_group_work_with w WHERE w.user_group_id = m.user_group_id) AS work_with
     FROM department_groups.user_group_members m
     JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = m.organization_id AND p.a = m.account_id`,
      args,
    );
  const grants: Array<Record<string, unknown>> = await q.query(
    `SELECT m.organization_id, m.account_id, ug.id AS user_group_id, ug.name AS user_group_name, r.id AS role_id, r.name AS role_name,
            g.id AS grant_id, g.module, g.function, g.limitation
     FROM department_groups.user_group_members m
     JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = m.organization_id AND p.a = m.account_id
     JOIN department_groups.user_groups ug ON ug.id = m.user_group_id
     JOIN department_groups.user_group_roles ugr ON ugr.user_group_id = ug.id
     JOIN department_groups.roles r ON r.id = ugr.role_id
     JOIN department_groups.role_grants g ON g.role_id = r.id
     ORDER BY ug.name, r.name, g.position`,
    args,
  );
  const assigned: Array<{ organization_id: string; account_id: string; department_group_id: string }> = await q.query(
    `SELECT d.organization_id, d.account_id, d.department_group_id FROM department_groups.operator_department_groups d
     JOIN unnest($1::uuid[], $2::uuid[]) AS p(o, a) ON p.o = d.organization_id AND p.a = d.account_id`,
    args,
  );
  // Only members' assignments count: a removed member keeps rows here but loses their effect at once (X-5).
  const member = (o: string, a: string) => {
    const facts = out.get(pairKey(o, a));
    return facts && facts.primaryRole !== null ? facts : undefined;
  };
  for (const g of groups) {
    const facts = member(g.organization_id, g.account_id);
    if (!facts) continue;
    facts.userGroupIds.push(g.user_group_id);
    for (const w of g.work_with) if (!facts.workWithGroupIds.includes(w)) facts.workWithGroupIds.push(w);
  }
  for (const r of grants) {
    const facts = member(r.organization_id as string, r.account_id as string);
    if (!facts) continue;
    facts.grants.push({
      grantId: r.grant_id as string,
      userGroupId: r.user_group_id as string,
      userGroupName: r.user_group_name as string,
      roleId: r.role_id as string,
      roleName: r.role_name as string,
      module: r.module as string,
      function: r.function as string,
      limitation: (r.limitation as Record<string, unknown> | null) ?? null,
    });
  }
  for (const a of assigned) member(a.organization_id, a.account_id)?.departmentGroupIds.push(a.department_group_id);
  // GA-9, LC-1: the LiveChat product gates live chat; read through the contract, in the same round trips.
  for (const seat of await readProductAccess(q, LIVECHAT, pairs)) {
    const facts = member(seat.organizationId, seat.accountId);
    if (facts) facts.liveChat = { role: seat.role, active: seat.active, permissions: seat.permissions };
  }
  return out;
}

/** The departments and department groups of organizations, for visibility (LHC-5). */
export async function loadDepartmentLayout(
  q: Queryable,
  organizationIds: readonly string[],
): Promise<Map<string, { departmentIds: string[]; groups: DepartmentGroupFacts[] }>> {
  const out = new Map(
    organizationIds.map((o) => [o, { departmentIds: [] as string[], groups: [] as DepartmentGroupFacts[] }]),
  );
  if (organizationIds.length === 0) return out;
  const departments: Array<{ id: string; organization_id: string }> = await q.query(
    'SELECT id, organization_id FROM department_groups.departments WHERE organization_id = ANY($1::uuid[]) ORDER BY number',
    [organizationIds],
  );
  const groups: Array<{ id: string; organization_id: string; number: number; department_ids: string[] }> =
    await q.query(
      `SELECT g.id, g.organization_id, g.number,
            ARRAY(SELECT m.department_id FROM department_groups.department_group_members m WHERE m.department_group_id = g.id) AS department_ids
     FROM department_groups.department_groups g WHERE g.organization_id = ANY($1::uuid[]) ORDER BY g.number`,
      [organizationIds],
    );
  for (const d of departments) out.get(d.organization_id)?.departmentIds.push(d.id);
  for (const g of groups)
    out.get(g.organization_id)?.groups.push({ id: g.id, number: g.number, departmentIds: g.department_ids });
  return out;
}

/**
 * LHC-5 for one user: owners and administrators see every department; everyone else by `lhdepartment/see_all`
 * (and its limitation) or, without it, by their assigned department groups. Non-members see nothing.
 */
export function departmentsVisibleTo(
  facts: AccessFacts,
  layout: { departmentIds: string[]; groups: DepartmentGroupFacts[] },
): Set<string> {
  if (facts.primaryRole === null) return new Set();
  if (facts.administers) return new Set(layout.departmentIds);
  return visibleDepartmentIds(
    departmentScope(facts.grants),
    layout.departmentIds,
    layout.groups,
    facts.departmentGroupIds,
  );
}
