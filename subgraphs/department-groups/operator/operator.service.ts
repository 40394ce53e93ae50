import { membershipOf } from '../../common/contracts/accounts';
import type { DataSource, EntityManager } from 'typeorm';
import { decide, decideGrantCeiling } from '../access/decide';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId } from '../../common/validation';
import { DepartmentGroupEntity } from '../department/department.entity';
import { requireIds, rowsOfOrganization, sorted } from '../access/organization.rows';
import { changeOrganization } from '../access/organization.tx';
import type { AccessFacts } from '../permission/access-facts';
import { hasFunction, type Grant } from '../permission/grants';
import { OperatorDepartmentGroupEntity, UserGroupMemberEntity } from '../user-group/user-group.entity';
import { includesRequired, operatorGroupIds, userGroupsOf } from '../user-group/user-group.service';
import type { OperatorRef } from './operator.model';
import {
  DepartmentGroupsError,
  DepartmentGroupsErrorCode,
  DepartmentGroupsRefusalReason,
} from '../department-groups.errors';

/**
 * LHC-6 as one rule: a team leader (not an owner or administrator) works only with users whose every group is
 * in the work-with lists of the leader's groups, and puts them only in those groups.
 */
export function refuseOutsideWorkWith(
  actor: AccessFacts,
  groupIds: readonly string[],
  field: string,
  what: string,
): void {
  if (actor.administers) return;
  const outside = groupIds.filter((g) => !actor.workWithGroupIds.includes(g));
  if (outside.length) {
    throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed: ${what} user groups your groups cannot work with`, {
      field,
      reason: DepartmentGroupsRefusalReason.OUTSIDE_WORK_WITH,
    });
  }
}

/**
 * LHC-6 for department groups: owners, administrators and `lhdepartment/managegroups` assign any; with
 * `lhuser/assign_to_own_department_group` a user adds or removes only department groups they are assigned
 * themselves; without either, none.
 */
export function refuseDepartmentGroupChange(actor: AccessFacts, changedIds: readonly string[]): void {
  if (changedIds.length === 0 || actor.administers || hasFunction(actor.grants, 'lhdepartment', 'managegroups')) return;
  const own = hasFunction(actor.grants, 'lhuser', 'assign_to_own_department_group');
  const foreign = changedIds.filter((id) => !own || !actor.departmentGroupIds.includes(id));
  if (foreign.length) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'Not allowed: you may assign only department groups you are a member of',
      {
        field: 'departmentGroupIds',
        reason: DepartmentGroupsRefusalReason.DEPARTMENT_GROUP_NOT_ASSIGNABLE,
      },
    );
  }
}

/** Creating and editing operators: their user groups and department groups (LHC-4, LHC-6). */
export class OperatorService {
  constructor(private readonly db: DataSource) {}

  /** Makes an organization member an operator in the given groups (at least one required) and department groups. */
  createOperator(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; userGroupIds: string[]; departmentGroupIds?: string[] | null },
  ): Promise<OperatorRef> {
    const accountId = requireId('accountId', input.accountId);
    const userGroupIds = requireIds('userGroupIds', input.userGroupIds);
    const departmentGroupIds = requireIds('departmentGroupIds', input.departmentGroupIds);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.create', {
          targetAccountId: accountId,
          targetPrimaryRole: target?.primaryRole ?? null,
        }),
      async ({ manager, organizationId, facts, audit, ...tx }) => {
        const { actor } = facts;
        await requireMember(manager, organizationId, accountId);
        if ((await operatorGroupIds(manager, organizationId, accountId)).length) {
          throw new DepartmentGroupsError(
            DepartmentGroupsErrorCode.ALREADY_OPERATOR,
            'That member is already an operator; edit their groups instead',
            { field: 'accountId' },
          );
        }
        await userGroupsOf(manager, organizationId, userGroupIds, 'userGroupIds');
        if (!(await includesRequired(manager, userGroupIds))) {
          throw new DepartmentGroupsError(
            DepartmentGroupsErrorCode.REQUIRED_GROUP_MISSING,
            'An operator must belong to at least one required group (LHC-4)',
            { field: 'userGroupIds' },
          );
        }
        refuseOutsideWorkWith(actor, userGroupIds, 'userGroupIds', 'you may put users only in');
        tx.require(decideGrantCeiling(actor, facts.layout, await grantsOfGroups(manager, userGroupIds)));
        await rowsOfOrganization(
          manager,
          DepartmentGroupEntity,
          organizationId,
          departmentGroupIds,
          'departmentGroupIds',
        );
        refuseDepartmentGroupChange(actor, departmentGroupIds);
        await manager.insert(
          UserGroupMemberEntity,
          userGroupIds.map((userGroupId) => ({ userGroupId, organizationId, accountId })),
        );
        if (departmentGroupIds.length) {
          await manager.insert(
            OperatorDepartmentGroupEntity,
            departmentGroupIds.map((departmentGroupId) => ({ departmentGroupId, organizationId, accountId })),
          );
        }
        await audit('operator.created', 'Operator', accountId, null, {
          accountId,
          userGroupIds: sorted(userGroupIds),
          departmentGroupIds: sorted(departmentGroupIds),
        });
        return { organizationId, accountId };
      },
      accountId,
    );
  }

  /** Replaces an operator's user groups; never leaves them without a required group (LHC-4). */
  setOperatorUserGroups(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; userGroupIds: string[] },
  ): Promise<OperatorRef> {
    const accountId = requireId('accountId', input.accountId);
    const userGroupIds = requireIds('userGroupIds', input.userGroupIds);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.edit', { targetAccountId: accountId, targetPrimaryRole: target?.primaryRole ?? null }),
      async ({ manager, organizationId, facts, audit, ...tx }) => {
        const { actor } = facts;
        const before = await requireOperator(manager, organizationId, accountId);
        refuseOutsideWorkWith(actor, before, 'accountId', 'this user is in');
        await userGroupsOf(manager, organizationId, userGroupIds, 'userGroupIds');
        refuseOutsideWorkWith(actor, userGroupIds, 'userGroupIds', 'you may put users only in');
        if (!(await includesRequired(manager, userGroupIds))) {
          throw new DepartmentGroupsError(
            DepartmentGroupsErrorCode.REQUIRED_GROUP_MISSING,
            'This would remove the last required group of the operator (LHC-4)',
            { field: 'userGroupIds' },
          );
        }
        const after = sorted(userGroupIds);
        if (before.join() === after.join()) return { organizationId, accountId };
        const added = after.filter((g) => !before.includes(g));
        tx.require(decideGrantCeiling(actor, facts.layout, await grantsOfGroups(manager, added)));
        await manager.delete(UserGroupMemberEntity, { organizationId, accountId });
        await manager.insert(
          UserGroupMemberEntity,
          after.map((userGroupId) => ({ userGroupId, organizationId, accountId })),
        );
        await audit(
          'operator.user_groups_set',
          'Operator',
          accountId,
          { userGroupIds: before },
          { userGroupIds: after },
        );
        return { organizationId, accountId };
      },
      accountId,
    );
  }

  /** Replaces an operator's department groups, within what the caller may assign (LHC-6). */
  setOperatorDepartmentGroups(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; departmentGroupIds: string[] },
  ): Promise<OperatorRef> {
    const accountId = requireId('accountId', input.accountId);
    const departmentGroupIds = requireIds('departmentGroupIds', input.departmentGroupIds);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.edit', { targetAccountId: accountId, targetPrimaryRole: target?.primaryRole ?? null }),
      async ({ manager, organizationId, facts, audit }) => {
        const { actor } = facts;
        const groups = await requireOperator(manager, organizationId, accountId);
        refuseOutsideWorkWith(actor, groups, 'accountId', 'this user is in');
        await rowsOfOrganization(
          manager,
          DepartmentGroupEntity,
          organizationId,
          departmentGroupIds,
          'departmentGroupIds',
        );
        const before = sorted(
          (await manager.findBy(OperatorDepartmentGroupEntity, { organizationId, accountId })).map(
            (d) => d.departmentGroupId,
          ),
        );
        const after = sorted(departmentGroupIds);
        const changed = [...before.filter((id) => !after.includes(id)), ...after.filter((id) => !before.includes(id))];
        if (changed.length === 0) return { organizationId, accountId };
        refuseDepartmentGroupChange(actor, changed);
        await manager.delete(OperatorDepartmentGroupEntity, { organizationId, accountId });
        if (after.length)
          await manager.insert(
            OperatorDepartmentGroupEntity,
            after.map((departmentGroupId) => ({ departmentGroupId, organizationId, accountId })),
          );
        await audit(
          'operator.department_groups_set',
          'Operator',
          accountId,
          { departmentGroupIds: before },
          { departmentGroupIds: after },
        );
        return { organizationId, accountId };
      },
      accountId,
    );
  }
}

/** Every grant the roles of these user groups give (what putting a user in them grants). */
async function grantsOfGroups(manager: EntityManager, groupIds: readonly string[]): Promise<Grant[]> {
  if (groupIds.length === 0) return [];
  const rows: Array<{ module: string; function: string; limitation: Record<string, unknown> | null }> =
    await manager.query(
      `SELECT g.module, g.function, g.limitation FROM department_groups.user_group_roles ugr
       JOIN department_groups.role_grants g ON g.role_id = ugr.role_id WHERE ugr.user_group_id = ANY($1::uuid[])`,
      [groupIds],
    );
  return rows.map((r) => ({ module: r.module, function: r.function, limitation: r.limitation ?? null }));
}

async function requireMember(manager: EntityManager, organizationId: string, accountId: string): Promise<void> {
  if (!(await membershipOf(manager, organizationId, accountId)))
    throw new DomainError(ErrorCode.NOT_A_MEMBER, 'That account is not a member of this organization', {
      field: 'accountId',
    });
}

async function requireOperator(manager: EntityManager, organizationId: string, accountId: string): Promise<string[]> {
  await requireMember(manager, organizationId, accountId);
  const groups = await operatorGroupIds(manager, organizationId, accountId);
  if (groups.length === 0)
    throw new DepartmentGroupsError(
      DepartmentGroupsErrorCode.NOT_AN_OPERATOR,
      'That member is not an operator yet; create them first',
      {
        field: 'accountId',
      },
    );
  return groups;
}
