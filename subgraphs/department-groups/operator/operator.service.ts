import { accountByEmail, addNewMember, membershipOf } from '../../common/contracts/accounts';
import type { DataSource, EntityManager } from 'typeorm';
import { decide, decideGrantCeiling, decideOperatorRemoval } from '../access/decide';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireEmail, requireId, validateInput, requireIdSet } from '../../common/validation';
import { DepartmentGroupEntity } from '../department/department.entity';
import { rowsOfOrganization, sorted } from '../access/organization.rows';
import { changeOrganization, replaceLinksAudited, type OrganizationTx } from '../access/organization.tx';
import type { AccessFacts } from '../access/access-facts';
import { hasFunction, type Grant } from '../access/grants';
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
    const { accountId, userGroupIds, departmentGroupIds } = validateInput({
      accountId: () => requireId('accountId', input.accountId),
      userGroupIds: () => requireIdSet('userGroupIds', input.userGroupIds),
      departmentGroupIds: () => requireIdSet('departmentGroupIds', input.departmentGroupIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.create', {
          targetAccountId: accountId,
          targetPrimaryRole: target?.primaryRole ?? null,
        }),
      async (tx) => {
        const { manager, organizationId, audit } = tx;
        await requireMember(manager, organizationId, accountId);
        if ((await operatorGroupIds(manager, organizationId, accountId)).length) {
          throw new DepartmentGroupsError(
            DepartmentGroupsErrorCode.ALREADY_OPERATOR,
            'That member is already an operator; edit their groups instead',
            { field: 'accountId' },
          );
        }
        await checkPlacement(tx, userGroupIds, departmentGroupIds);
        await insertPlacement(manager, organizationId, accountId, userGroupIds, departmentGroupIds);
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

  /**
   * A team leader brings in a new person (issue 13, seed 001 "team leaders … create new users", LHC-6): a registered
   * account that is not yet a member becomes a plain MEMBER (through accounts' published `add_new_member`, never
   * another Accounts role, never any product's role) and an operator placed as `createOperator` would place them
   * (work-with, grant ceiling, own department groups), all in one transaction under this organization's lock,
   * decided by the same `decide(…, 'operator.create')` as the field policy. An existing member is CONFLICT
   * (`createOperator` handles members, under the rank rule); an unknown e-mail is NOT_REGISTERED (GA-1: accounts
   * register themselves). The LiveChat product user (GA-9) stays with whoever manages LiveChat users (LC-1).
   */
  addOperatorMember(
    viewer: Viewer,
    input: { organizationId: string; email: string; userGroupIds: string[]; departmentGroupIds?: string[] | null },
  ): Promise<OperatorRef> {
    const email = requireEmail('email', input.email);
    const userGroupIds = requireIdSet('userGroupIds', input.userGroupIds);
    const departmentGroupIds = requireIdSet('departmentGroupIds', input.departmentGroupIds);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'operator.create'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const account = await accountByEmail(manager, email);
        if (!account)
          throw new DomainError(ErrorCode.NOT_REGISTERED, 'No account is registered with that e-mail', {
            field: 'email',
          });
        if (account.accountId === viewer.accountId)
          throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed: nobody edits their own grants', { field: 'email' });
        if (await membershipOf(manager, organizationId, account.accountId))
          throw new DomainError(
            ErrorCode.CONFLICT,
            'That account is already a member of this organization; make it an operator with createOperator',
            { field: 'email' },
          );
        await checkPlacement(tx, userGroupIds, departmentGroupIds);
        const membershipId = await addNewMember(manager, {
          organizationId,
          accountId: account.accountId,
          actorAccountId: viewer.accountId,
          reason: 'brought in as a live-chat operator (department-groups, LHC-6)',
        });
        await insertPlacement(manager, organizationId, account.accountId, userGroupIds, departmentGroupIds);
        await tx.audit('operator.member_added', 'Operator', account.accountId, null, {
          accountId: account.accountId,
          membershipId,
          primaryRole: 'MEMBER',
          userGroupIds: sorted(userGroupIds),
          departmentGroupIds: sorted(departmentGroupIds),
        });
        return { organizationId, accountId: account.accountId };
      },
    );
  }

  /** Removes an operator (see {@link removeOperatorIn}); the account stays a member of the organization. */
  removeOperator(
    viewer: Viewer,
    input: { organizationId: string; accountId: string },
  ): Promise<{ removedOperatorAccountId: string }> {
    const accountId = requireId('accountId', input.accountId);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.edit', { targetAccountId: accountId, targetPrimaryRole: target?.primaryRole ?? null }),
      (tx) => removeOperatorIn(tx, accountId),
      accountId,
    );
  }

  /** Replaces an operator's user groups; never leaves them without a required group (LHC-4). */
  setOperatorUserGroups(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; userGroupIds: string[] },
  ): Promise<OperatorRef> {
    const { accountId, userGroupIds } = validateInput({
      accountId: () => requireId('accountId', input.accountId),
      userGroupIds: () => requireIdSet('userGroupIds', input.userGroupIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.edit', { targetAccountId: accountId, targetPrimaryRole: target?.primaryRole ?? null }),
      async (tx) => {
        const { manager, organizationId, facts } = tx;
        const { actor } = facts;
        const current = await requireOperator(manager, organizationId, accountId);
        refuseOutsideWorkWith(actor, current, 'accountId', 'this user is in');
        await userGroupsOf(manager, organizationId, userGroupIds, 'userGroupIds');
        refuseOutsideWorkWith(actor, userGroupIds, 'userGroupIds', 'you may put users only in');
        if (!(await includesRequired(manager, userGroupIds))) {
          throw new DepartmentGroupsError(
            DepartmentGroupsErrorCode.REQUIRED_GROUP_MISSING,
            'This would remove the last required group of the operator (LHC-4)',
            { field: 'userGroupIds' },
          );
        }
        await replaceLinksAudited(
          tx,
          {
            entity: UserGroupMemberEntity,
            owner: { organizationId, accountId },
            idOf: (m) => m.userGroupId,
            ids: userGroupIds,
            rowOf: (userGroupId) => ({ userGroupId, organizationId, accountId }),
          },
          { action: 'operator.user_groups_set', type: 'Operator', id: accountId, key: 'userGroupIds' },
          async (before, after) => {
            const added = after.filter((g) => !before.includes(g));
            tx.require(decideGrantCeiling(actor, facts.layout, await grantsOfGroups(manager, added)));
          },
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
    const { accountId, departmentGroupIds } = validateInput({
      accountId: () => requireId('accountId', input.accountId),
      departmentGroupIds: () => requireIdSet('departmentGroupIds', input.departmentGroupIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor, target }) =>
        decide(actor, 'operator.edit', { targetAccountId: accountId, targetPrimaryRole: target?.primaryRole ?? null }),
      async (tx) => {
        const { manager, organizationId, facts } = tx;
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
        await replaceLinksAudited(
          tx,
          {
            entity: OperatorDepartmentGroupEntity,
            owner: { organizationId, accountId },
            idOf: (d) => d.departmentGroupId,
            ids: departmentGroupIds,
            rowOf: (departmentGroupId) => ({ departmentGroupId, organizationId, accountId }),
          },
          { action: 'operator.department_groups_set', type: 'Operator', id: accountId, key: 'departmentGroupIds' },
          (before, after) =>
            refuseDepartmentGroupChange(actor, [
              ...before.filter((id) => !after.includes(id)),
              ...after.filter((id) => !before.includes(id)),
            ]),
        );
        return { organizationId, accountId };
      },
      accountId,
    );
  }
}

/**
 * Removing an operator: ends the account's live-chat grants in this organization (its user groups and department
 * groups), audited; its membership and its LiveChat product user (product-roles, LC-1) stay. Decided by
 * `decideOperatorRemoval`, the same function `Operator.viewerCanRemove` calls.
 */
export async function removeOperatorIn(
  tx: OrganizationTx,
  accountId: string,
): Promise<{ removedOperatorAccountId: string }> {
  const { manager, organizationId } = tx;
  const userGroupIds = await requireOperator(manager, organizationId, accountId);
  tx.require(decideOperatorRemoval(tx.facts.actor, tx.facts.target));
  const departmentGroupIds = sorted(
    (await manager.findBy(OperatorDepartmentGroupEntity, { organizationId, accountId })).map(
      (d) => d.departmentGroupId,
    ),
  );
  await manager.delete(UserGroupMemberEntity, { organizationId, accountId });
  await manager.delete(OperatorDepartmentGroupEntity, { organizationId, accountId });
  await tx.audit('operator.removed', 'Operator', accountId, { accountId, userGroupIds, departmentGroupIds }, null);
  return { removedOperatorAccountId: accountId };
}

/**
 * Where a new operator may be placed (LHC-4, LHC-6, the grant ceiling): groups of this organization, at least one
 * required, within the actor's work-with lists, granting nothing the actor does not hold, and department groups the
 * actor may assign. Writes nothing.
 */
async function checkPlacement(
  tx: Pick<OrganizationTx, 'manager' | 'organizationId' | 'facts' | 'require'>,
  userGroupIds: readonly string[],
  departmentGroupIds: readonly string[],
): Promise<void> {
  const { manager, organizationId, facts } = tx;
  await userGroupsOf(manager, organizationId, userGroupIds, 'userGroupIds');
  if (!(await includesRequired(manager, userGroupIds))) {
    throw new DepartmentGroupsError(
      DepartmentGroupsErrorCode.REQUIRED_GROUP_MISSING,
      'An operator must belong to at least one required group (LHC-4)',
      { field: 'userGroupIds' },
    );
  }
  refuseOutsideWorkWith(facts.actor, userGroupIds, 'userGroupIds', 'you may put users only in');
  tx.require(decideGrantCeiling(facts.actor, facts.layout, await grantsOfGroups(manager, userGroupIds)));
  await rowsOfOrganization(manager, DepartmentGroupEntity, organizationId, departmentGroupIds, 'departmentGroupIds');
  refuseDepartmentGroupChange(facts.actor, departmentGroupIds);
}

/** Writes a checked placement: the user-group memberships and department-group assignments. */
async function insertPlacement(
  manager: EntityManager,
  organizationId: string,
  accountId: string,
  userGroupIds: readonly string[],
  departmentGroupIds: readonly string[],
): Promise<void> {
  await manager.insert(
    UserGroupMemberEntity,
    userGroupIds.map((userGroupId) => ({ userGroupId, organizationId, accountId })),
  );
  if (departmentGroupIds.length)
    await manager.insert(
      OperatorDepartmentGroupEntity,
      departmentGroupIds.map((departmentGroupId) => ({ departmentGroupId, organizationId, accountId })),
    );
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
