import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId, requireName, validateInput, requireIdSet } from '../../common/validation';
import { decide } from '../access/decide';
import { requireFreeName, rowsOfOrganization, sorted } from '../access/organization.rows';
import { changeOrganization, deleteInOrganization, replaceLinksAudited } from '../access/organization.tx';
import { RoleEntity } from '../role/role.entity';
import {
  UserGroupEntity,
  UserGroupMemberEntity,
  UserGroupRoleEntity,
  UserGroupWorkWithEntity,
} from './user-group.entity';
import { DepartmentGroupsError, DepartmentGroupsErrorCode } from '../department-groups.errors';

/** User groups, their work-with lists and roles (LHC-2, LHC-3); owners and administrators only. */
export class UserGroupService {
  constructor(private readonly db: DataSource) {}

  /** Creates a user group with its flags, work-with list and roles. */
  createUserGroup(
    viewer: Viewer,
    input: {
      organizationId: string;
      name: string;
      required?: boolean | null;
      workWithIds?: string[] | null;
      roleIds?: string[] | null;
    },
  ): Promise<UserGroupEntity> {
    // Every bad field at once (issue 13), before the organization is locked.
    const { name, workWithIds, roleIds } = validateInput({
      name: () => requireName('name', input.name),
      workWithIds: () => requireIdSet('workWithIds', input.workWithIds),
      roleIds: () => requireIdSet('roleIds', input.roleIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async ({ manager, organizationId, audit }) => {
        await requireFreeName(manager, UserGroupEntity, organizationId, name);
        await rowsOfOrganization(manager, UserGroupEntity, organizationId, workWithIds, 'workWithIds');
        await rowsOfOrganization(manager, RoleEntity, organizationId, roleIds, 'roleIds');
        const required = input.required ?? false;
        const { identifiers } = await manager.insert(UserGroupEntity, { organizationId, name, required });
        const id = identifiers[0]!.id as string;
        if (workWithIds.length)
          await manager.insert(
            UserGroupWorkWithEntity,
            workWithIds.map((w) => ({ userGroupId: id, workWithGroupId: w })),
          );
        if (roleIds.length)
          await manager.insert(
            UserGroupRoleEntity,
            roleIds.map((roleId) => ({ userGroupId: id, roleId })),
          );
        await audit('user_group.created', 'UserGroup', id, null, {
          name,
          required,
          workWithIds: sorted(workWithIds),
          roleIds: sorted(roleIds),
        });
        return manager.findOneByOrFail(UserGroupEntity, { id });
      },
    );
  }

  /** Renames a group or changes its `required` flag; refuses to leave any member without a required group (LHC-4). */
  updateUserGroup(
    viewer: Viewer,
    input: { organizationId: string; userGroupId: string; name?: string | null; required?: boolean | null },
  ): Promise<UserGroupEntity> {
    const groupId = requireId('userGroupId', input.userGroupId);
    const name = input.name === null || input.name === undefined ? undefined : requireName('name', input.name);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async ({ manager, organizationId, audit }) => {
        const [group] = await rowsOfOrganization(manager, UserGroupEntity, organizationId, [groupId], 'userGroupId');
        const next = { name: name ?? group!.name, required: input.required ?? group!.required };
        if (next.name === group!.name && next.required === group!.required) return group!;
        if (next.name !== group!.name)
          await requireFreeName(manager, UserGroupEntity, organizationId, next.name, groupId);
        if (group!.required && !next.required) await this.refuseStranding(manager, groupId);
        await manager.update(UserGroupEntity, { id: groupId }, next);
        await audit('user_group.updated', 'UserGroup', groupId, { name: group!.name, required: group!.required }, next);
        return manager.findOneByOrFail(UserGroupEntity, { id: groupId });
      },
    );
  }

  /** Replaces the groups whose users this group's members can work with (LHC-2, LHC-6). */
  setUserGroupWorkWith(
    viewer: Viewer,
    input: { organizationId: string; userGroupId: string; workWithIds: string[] },
  ): Promise<UserGroupEntity> {
    const { groupId, workWithIds } = validateInput({
      groupId: () => requireId('userGroupId', input.userGroupId),
      workWithIds: () => requireIdSet('workWithIds', input.workWithIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [group] = await rowsOfOrganization(manager, UserGroupEntity, organizationId, [groupId], 'userGroupId');
        await rowsOfOrganization(manager, UserGroupEntity, organizationId, workWithIds, 'workWithIds');
        await replaceLinksAudited(
          tx,
          {
            entity: UserGroupWorkWithEntity,
            owner: { userGroupId: groupId },
            idOf: (w) => w.workWithGroupId,
            ids: workWithIds,
            rowOf: (w) => ({ userGroupId: groupId, workWithGroupId: w }),
          },
          { action: 'user_group.work_with_set', type: 'UserGroup', id: groupId, key: 'workWithIds' },
        );
        return group!;
      },
    );
  }

  /** Replaces the roles a user group holds (LHC-3). */
  setUserGroupRoles(
    viewer: Viewer,
    input: { organizationId: string; userGroupId: string; roleIds: string[] },
  ): Promise<UserGroupEntity> {
    const { groupId, roleIds } = validateInput({
      groupId: () => requireId('userGroupId', input.userGroupId),
      roleIds: () => requireIdSet('roleIds', input.roleIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [group] = await rowsOfOrganization(manager, UserGroupEntity, organizationId, [groupId], 'userGroupId');
        await rowsOfOrganization(manager, RoleEntity, organizationId, roleIds, 'roleIds');
        await replaceLinksAudited(
          tx,
          {
            entity: UserGroupRoleEntity,
            owner: { userGroupId: groupId },
            idOf: (r) => r.roleId,
            ids: roleIds,
            rowOf: (roleId) => ({ userGroupId: groupId, roleId }),
          },
          { action: 'user_group.roles_set', type: 'UserGroup', id: groupId, key: 'roleIds' },
        );
        return group!;
      },
    );
  }

  /**
   * Deletes a user group (owners and administrators). Refused (CONFLICT, naming how many) while operators are in
   * it: their permissions (LHC-4) and their required group would change silently; move them first. The roles it
   * held stay; other groups' work-with lists lose it (audited).
   */
  deleteUserGroup(
    viewer: Viewer,
    input: { organizationId: string; userGroupId: string },
  ): Promise<{ deletedUserGroupId: string }> {
    const groupId = requireId('userGroupId', input.userGroupId);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [group] = await rowsOfOrganization(manager, UserGroupEntity, organizationId, [groupId], 'userGroupId');
        const members = await manager.countBy(UserGroupMemberEntity, { userGroupId: groupId });
        if (members)
          throw new DomainError(
            ErrorCode.CONFLICT,
            `${members} operator(s) are in this user group; move them to other groups first`,
            { field: 'userGroupId', blockedBy: 'operators', count: members },
          );
        const roleIds = sorted(
          (await manager.findBy(UserGroupRoleEntity, { userGroupId: groupId })).map((r) => r.roleId),
        );
        const workWithIds = sorted(
          (await manager.findBy(UserGroupWorkWithEntity, { userGroupId: groupId })).map((w) => w.workWithGroupId),
        );
        const workedWithBy = sorted(
          (await manager.findBy(UserGroupWorkWithEntity, { workWithGroupId: groupId })).map((w) => w.userGroupId),
        );
        return {
          deletedUserGroupId: await deleteInOrganization(
            tx,
            UserGroupEntity,
            group!,
            { action: 'user_group.deleted', type: 'UserGroup' },
            { name: group!.name, required: group!.required, roleIds, workWithIds, workedWithBy },
          ),
        };
      },
    );
  }

  /** Refuses when a member of the group has no other required group. */
  private async refuseStranding(manager: EntityManager, groupId: string): Promise<void> {
    const members = await manager.findBy(UserGroupMemberEntity, { userGroupId: groupId });
    if (members.length === 0) return;
    const rows: Array<{ account_id: string }> = await manager.query(
      `SELECT m.account_id FROM department_groups.user_group_members m
       WHERE m.user_group_id = $1 AND NOT EXISTS (
         SELECT 1 FROM department_groups.user_group_members o JOIN department_groups.user_groups g ON g.id = o.user_group_id
         WHERE o.account_id = m.account_id AND o.organization_id = m.organization_id AND g.required AND g.id <> $1)`,
      [groupId],
    );
    if (rows.length) {
      throw new DepartmentGroupsError(
        DepartmentGroupsErrorCode.REQUIRED_GROUP_MISSING,
        `${rows.length} member(s) would be left without a required group (LHC-4)`,
        { field: 'required' },
      );
    }
  }
}

/** The groups of an organization by id, refusing ids that are not there. */
export async function userGroupsOf(
  manager: EntityManager,
  organizationId: string,
  ids: readonly string[],
  field: string,
): Promise<UserGroupEntity[]> {
  return rowsOfOrganization(manager, UserGroupEntity, organizationId, ids, field);
}

/** The current group ids of an operator. */
export async function operatorGroupIds(
  manager: EntityManager,
  organizationId: string,
  accountId: string,
): Promise<string[]> {
  return sorted((await manager.findBy(UserGroupMemberEntity, { organizationId, accountId })).map((m) => m.userGroupId));
}

/** True when at least one of the groups is required (LHC-4). */
export async function includesRequired(manager: EntityManager, groupIds: readonly string[]): Promise<boolean> {
  return groupIds.length > 0 && (await manager.countBy(UserGroupEntity, { id: In([...groupIds]), required: true })) > 0;
}
