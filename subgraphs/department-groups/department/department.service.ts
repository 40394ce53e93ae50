import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { requireId, requireName, validateInput, requireIdSet, optional } from '../../common/validation';
import { decide, decideDepartment } from '../access/decide';
import { DomainError, ErrorCode } from '../../common/errors';
import type { OrganizationTx } from '../access/organization.tx';
import { nextNumber, requireFreeName, rowsOfOrganization, sorted } from '../access/organization.rows';
import {
  changeOrganization,
  deleteInOrganization,
  renameInOrganization,
  replaceLinksAudited,
} from '../access/organization.tx';
import { DepartmentEntity, DepartmentGroupEntity, DepartmentGroupMemberEntity } from './department.entity';

/** Departments and department groups (LHC-1). Each change is one audited transaction under the organization lock. */
export class DepartmentService {
  constructor(private readonly db: DataSource) {}

  /** Creates a department (owners, administrators, or `lhdepartment/create`). */
  createDepartment(viewer: Viewer, input: { organizationId: string; name: string }): Promise<DepartmentEntity> {
    const name = requireName('name', input.name);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'department.create'),
      async ({ manager, organizationId, audit }) => {
        await requireFreeName(manager, DepartmentEntity, organizationId, name);
        const number = await nextNumber(manager, 'departments', organizationId);
        const { identifiers } = await manager.insert(DepartmentEntity, { organizationId, name, number });
        const id = identifiers[0]!.id as string;
        await audit('department.created', 'Department', id, null, { name, number });
        return manager.findOneByOrFail(DepartmentEntity, { id });
      },
    );
  }

  /** Creates a department group with its member departments (owners and administrators). */
  createDepartmentGroup(
    viewer: Viewer,
    input: { organizationId: string; name: string; departmentIds?: string[] | null },
  ): Promise<DepartmentGroupEntity> {
    const { name, departmentIds } = validateInput({
      name: () => requireName('name', input.name),
      departmentIds: () => requireIdSet('departmentIds', input.departmentIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async ({ manager, organizationId, audit }) => {
        await requireFreeName(manager, DepartmentGroupEntity, organizationId, name);
        await rowsOfOrganization(manager, DepartmentEntity, organizationId, departmentIds, 'departmentIds');
        const number = await nextNumber(manager, 'department_groups', organizationId);
        const { identifiers } = await manager.insert(DepartmentGroupEntity, { organizationId, name, number });
        const id = identifiers[0]!.id as string;
        if (departmentIds.length)
          await manager.insert(
            DepartmentGroupMemberEntity,
            departmentIds.map((departmentId) => ({ departmentGroupId: id, departmentId })),
          );
        await audit('department_group.created', 'DepartmentGroup', id, null, {
          name,
          number,
          departmentIds: sorted(departmentIds),
        });
        return manager.findOneByOrFail(DepartmentGroupEntity, { id });
      },
    );
  }

  /** Replaces the departments of a department group (owners and administrators). */
  setDepartmentGroupDepartments(
    viewer: Viewer,
    input: { organizationId: string; departmentGroupId: string; departmentIds: string[] },
  ): Promise<DepartmentGroupEntity> {
    const { groupId, departmentIds } = validateInput({
      groupId: () => requireId('departmentGroupId', input.departmentGroupId),
      departmentIds: () => requireIdSet('departmentIds', input.departmentIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [group] = await rowsOfOrganization(
          manager,
          DepartmentGroupEntity,
          organizationId,
          [groupId],
          'departmentGroupId',
        );
        await rowsOfOrganization(manager, DepartmentEntity, organizationId, departmentIds, 'departmentIds');
        await replaceLinksAudited(
          tx,
          {
            entity: DepartmentGroupMemberEntity,
            owner: { departmentGroupId: groupId },
            idOf: (m) => m.departmentId,
            ids: departmentIds,
            rowOf: (departmentId) => ({ departmentGroupId: groupId, departmentId }),
          },
          { action: 'department_group.departments_set', type: 'DepartmentGroup', id: groupId, key: 'departmentIds' },
        );
        return group!;
      },
    );
  }

  /** Renames a department (owners, administrators, or `lhdepartment/edit` on a department the caller sees). */
  renameDepartment(
    viewer: Viewer,
    input: { organizationId: string; departmentId: string; name: string },
  ): Promise<DepartmentEntity> {
    const departmentId = requireId('departmentId', input.departmentId);
    const name = requireName('name', input.name);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'department.edit'),
      async (tx) =>
        renameInOrganization(
          tx,
          DepartmentEntity,
          await seenDepartment(tx, departmentId, 'department.edit', 'departmentId'),
          name,
          { action: 'department.renamed', type: 'Department' },
        ),
    );
  }

  /**
   * Deletes a department (owners, administrators, or `lhdepartment/delete` on a department the caller sees). Its
   * chats are kept: a department that still has chats is refused (CONFLICT naming how many) unless
   * `reassignChatsToDepartmentId` names another department (one the caller sees) to move them to. It leaves its
   * department groups (audited).
   */
  deleteDepartment(
    viewer: Viewer,
    input: { organizationId: string; departmentId: string; reassignChatsToDepartmentId?: string | null },
  ): Promise<{ deletedDepartmentId: string }> {
    const departmentId = requireId('departmentId', input.departmentId);
    const targetId = optional(input.reassignChatsToDepartmentId, (v) => requireId('reassignChatsToDepartmentId', v));
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'department.delete'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const department = await seenDepartment(tx, departmentId, 'department.delete', 'departmentId');
        if (targetId !== null) {
          if (targetId === departmentId)
            throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Chats cannot be moved to the department being deleted', {
              field: 'reassignChatsToDepartmentId',
            });
          // Moving chats changes who reads them (LHC-5): only into a department the caller sees.
          await seenDepartment(tx, targetId, 'department.delete', 'reassignChatsToDepartmentId');
        }
        const [{ n }]: Array<{ n: number }> = await manager.query(
          'SELECT count(*)::int AS n FROM department_groups.chats WHERE department_id = $1',
          [departmentId],
        );
        if (n > 0 && targetId === null)
          throw new DomainError(
            ErrorCode.CONFLICT,
            `This department has ${n} chat(s); name reassignChatsToDepartmentId to keep them, then delete`,
            { field: 'departmentId', blockedBy: 'chats', count: n },
          );
        if (n > 0)
          await manager.query(
            'UPDATE department_groups.chats SET department_id = $2 WHERE department_id = $1 AND organization_id = $3',
            [departmentId, targetId, organizationId],
          );
        const groups = sorted(
          (await manager.findBy(DepartmentGroupMemberEntity, { departmentId })).map((m) => m.departmentGroupId),
        );
        return {
          deletedDepartmentId: await deleteInOrganization(
            tx,
            DepartmentEntity,
            department,
            { action: 'department.deleted', type: 'Department' },
            { name: department.name, number: department.number, departmentGroupIds: groups, chats: n },
            n > 0 ? { chatsMovedToDepartmentId: targetId } : null,
          ),
        };
      },
    );
  }

  /** Renames a department group (owners and administrators); its number, which limitations name, stays. */
  renameDepartmentGroup(
    viewer: Viewer,
    input: { organizationId: string; departmentGroupId: string; name: string },
  ): Promise<DepartmentGroupEntity> {
    const groupId = requireId('departmentGroupId', input.departmentGroupId);
    const name = requireName('name', input.name);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const [group] = await rowsOfOrganization(
          tx.manager,
          DepartmentGroupEntity,
          tx.organizationId,
          [groupId],
          'departmentGroupId',
        );
        return renameInOrganization(tx, DepartmentGroupEntity, group!, name, {
          action: 'department_group.renamed',
          type: 'DepartmentGroup',
        });
      },
    );
  }

  /**
   * Deletes a department group (owners and administrators). Refused (CONFLICT, naming what blocks) while operators
   * are assigned to it (LHC-5: their visibility would change silently) or a role's limitation names its number
   * (`{"group":[n]}`: the limitation would dangle, and a later group could take the number over).
   */
  deleteDepartmentGroup(
    viewer: Viewer,
    input: { organizationId: string; departmentGroupId: string },
  ): Promise<{ deletedDepartmentGroupId: string }> {
    const groupId = requireId('departmentGroupId', input.departmentGroupId);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [group] = await rowsOfOrganization(
          manager,
          DepartmentGroupEntity,
          organizationId,
          [groupId],
          'departmentGroupId',
        );
        const [{ n: operators }]: Array<{ n: number }> = await manager.query(
          'SELECT count(*)::int AS n FROM department_groups.operator_department_groups WHERE department_group_id = $1',
          [groupId],
        );
        const roles: Array<{ name: string }> = await manager.query(
          `SELECT DISTINCT r.name FROM department_groups.roles r
           JOIN department_groups.role_grants g ON g.role_id = r.id
           WHERE r.organization_id = $1 AND jsonb_typeof(g.limitation -> 'group') = 'array'
             AND g.limitation -> 'group' @> to_jsonb($2::int) ORDER BY r.name`,
          [organizationId, group!.number],
        );
        const blockers = [
          ...(operators ? [`${operators} operator(s) are assigned to it`] : []),
          ...(roles.length ? [`the limitation of role(s) ${roles.map((r) => `"${r.name}"`).join(', ')} names it`] : []),
        ];
        if (blockers.length)
          throw new DomainError(ErrorCode.CONFLICT, `This department group is still in use: ${blockers.join('; ')}`, {
            field: 'departmentGroupId',
            blockedBy: [...(operators ? ['operators'] : []), ...(roles.length ? ['roles'] : [])],
          });
        const departmentIds = sorted(
          (await manager.findBy(DepartmentGroupMemberEntity, { departmentGroupId: groupId })).map(
            (m) => m.departmentId,
          ),
        );
        return {
          deletedDepartmentGroupId: await deleteInOrganization(
            tx,
            DepartmentGroupEntity,
            group!,
            { action: 'department_group.deleted', type: 'DepartmentGroup' },
            { name: group!.name, number: group!.number, departmentIds },
          ),
        };
      },
    );
  }
}

/**
 * A department of the change's organization that the caller sees (LHC-5, owners and administrators see all),
 * re-checked with the same `decideDepartment` the `viewerCan…` fields call. A department of another organization,
 * an unknown id and one the caller does not see all answer NOT_FOUND alike.
 */
async function seenDepartment(
  tx: OrganizationTx,
  departmentId: string,
  operation: 'department.edit' | 'department.delete',
  field: string,
): Promise<DepartmentEntity> {
  const department = await tx.manager.findOneBy(DepartmentEntity, {
    id: departmentId,
    organizationId: tx.organizationId,
  });
  if (!department || !decideDepartment(tx.facts.actor, tx.facts.layout, operation, departmentId).allowed)
    throw new DomainError(ErrorCode.NOT_FOUND, `${field}: no such Department in this organization: ${departmentId}`, {
      field,
    });
  return department;
}
