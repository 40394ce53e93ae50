import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import {
  accountsByEmail,
  membersWithRole,
  membershipsOfPairs,
  organizationByName,
} from '../../common/contracts/accounts';
import { PrimaryRole } from '../../common/organization-access';
import type { SubgraphDeps } from '../../common/subgraph';
import { ChatService } from '../chat/chat.service';
import { DepartmentService } from '../department/department.service';
import { OperatorService } from '../operator/operator.service';
import { RoleService } from '../role/role.service';
import { UserGroupService } from '../user-group/user-group.service';
import {
  SAMPLE_DEPARTMENT_GROUPS,
  SAMPLE_DEPARTMENTS,
  SAMPLE_OPERATORS,
  SAMPLE_ORGANIZATION,
  SAMPLE_ROLES,
  SAMPLE_USER_GROUPS,
} from './sample-configuration';

const need = <T>(map: Map<string, T>, key: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data names unknown "${key}"`);
  return value;
};

/** What loading the sample created, by name. */
export interface SampleIds {
  departments: Map<string, string>;
  departmentGroups: Map<string, string>;
  roles: Map<string, string>;
  userGroups: Map<string, string>;
}

/**
 * Loads seed 001's whole sample configuration into an organization through the real services, as `actor`
 * (an owner or administrator), making the given accounts (by the sample's e-mails) operators (LHC-8).
 */
export async function loadSampleConfiguration(
  db: DataSource,
  actor: Viewer,
  organizationId: string,
  accountIdsByEmail: ReadonlyMap<string, string>,
  options: { chats?: boolean } = {},
): Promise<SampleIds> {
  const departments = new DepartmentService(db);
  const userGroups = new UserGroupService(db);
  const roles = new RoleService(db);
  const operators = new OperatorService(db);
  const owner = actor;
  const departmentIds = new Map<string, string>();
  for (const name of SAMPLE_DEPARTMENTS)
    departmentIds.set(name, (await departments.createDepartment(owner, { organizationId, name })).id);
  const departmentGroupIds = new Map<string, string>();
  for (const g of SAMPLE_DEPARTMENT_GROUPS) {
    const created = await departments.createDepartmentGroup(owner, {
      organizationId,
      name: g.name,
      departmentIds: g.departments.map((d) => need(departmentIds, d)),
    });
    departmentGroupIds.set(g.name, created.id);
  }
  const roleIds = new Map<string, string>();
  for (const r of SAMPLE_ROLES) {
    const grants = r.grants.map(({ grant, limitation }) => {
      const [module, fn] = grant.split('/') as [string, string];
      return { module, function: fn, limitation: limitation ?? null };
    });
    roleIds.set(r.name, (await roles.createRole(owner, { organizationId, name: r.name, grants })).id);
  }
  const groupIds = new Map<string, string>();
  for (const g of SAMPLE_USER_GROUPS) {
    const created = await userGroups.createUserGroup(owner, {
      organizationId,
      name: g.name,
      required: g.required,
      roleIds: g.roles.map((r) => need(roleIds, r)),
    });
    groupIds.set(g.name, created.id);
  }
  for (const g of SAMPLE_USER_GROUPS) {
    if (g.workWith.length === 0) continue;
    await userGroups.setUserGroupWorkWith(owner, {
      organizationId,
      userGroupId: need(groupIds, g.name),
      workWithIds: g.workWith.map((w) => need(groupIds, w)),
    });
  }
  for (const o of SAMPLE_OPERATORS) {
    const accountId = accountIdsByEmail.get(o.email);
    if (!accountId) continue;
    await operators.createOperator(owner, {
      organizationId,
      accountId,
      userGroupIds: o.userGroups.map((g) => need(groupIds, g)),
      departmentGroupIds: o.departmentGroups.map((g) => need(departmentGroupIds, g)),
    });
  }
  if (options.chats) {
    // One waiting chat per department, so that "who reads which chat" can be tried at once (LHC-5).
    const chats = new ChatService(db);
    for (const [name, departmentId] of departmentIds) {
      await chats.startChat(owner, {
        organizationId,
        departmentId,
        visitorName: `Visitor of ${name}`,
        message: `Hello from ${name}`,
      });
    }
  }
  return { departments: departmentIds, departmentGroups: departmentGroupIds, roles: roleIds, userGroups: groupIds };
}

/**
 * LHC-8, `seedDemo`: the sample configuration in the demo organization "Acme Support" (found through the
 * accounts' directory), as its owner, with the demo operators and one chat per department. Skips when the demo
 * organization already holds data here (idempotent), or when the accounts demo is not there to build on.
 */
export async function seedDepartmentGroupsDemo({ db, logger }: SubgraphDeps): Promise<void> {
  const found = await organizationByName(db, SAMPLE_ORGANIZATION);
  const [owner] = found ? await membersWithRole(db, found.organizationId, PrimaryRole.OWNER) : [];
  const org = found && owner ? { id: found.organizationId, owner: owner.accountId } : null;
  if (!org) {
    logger.warn(
      { organization: SAMPLE_ORGANIZATION },
      'department-groups demo skipped: the demo organization does not exist',
    );
    return;
  }
  const organizationId = org.id;
  const [{ n }]: Array<{ n: string }> = await db.query(
    `SELECT (SELECT count(*) FROM department_groups.departments WHERE organization_id = $1)
          + (SELECT count(*) FROM department_groups.user_groups WHERE organization_id = $1)
          + (SELECT count(*) FROM department_groups.roles WHERE organization_id = $1) AS n`,
    [organizationId],
  );
  if (Number(n) > 0) return;
  const candidates = await accountsByEmail(
    db,
    SAMPLE_OPERATORS.map((o) => o.email),
  );
  const members = new Set(
    (
      await membershipsOfPairs(
        db,
        candidates.map(() => organizationId),
        candidates.map((a) => a.accountId),
      )
    ).map((m) => m.accountId),
  );
  const accountIds = new Map(candidates.filter((a) => members.has(a.accountId)).map((a) => [a.email, a.accountId]));
  for (const o of SAMPLE_OPERATORS) {
    if (!accountIds.has(o.email))
      logger.warn({ email: o.email }, 'department-groups demo: demo account missing, not made an operator');
  }
  await loadSampleConfiguration(db, { accountId: org.owner }, organizationId, accountIds, { chats: true });
}
