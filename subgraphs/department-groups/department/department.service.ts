import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { requireId, requireName, validateInput } from '../../common/validation';
import { decide } from '../access/decide';
import {
  nextNumber,
  requireFreeName,
  requireIds,
  replaceLinks,
  rowsOfOrganization,
  sorted,
} from '../access/organization.rows';
import { changeOrganization } from '../access/organization.tx';
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
      departmentIds: () => requireIds('departmentIds', input.departmentIds),
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
      departmentIds: () => requireIds('departmentIds', input.departmentIds),
    });
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async ({ manager, organizationId, audit }) => {
        const [group] = await rowsOfOrganization(
          manager,
          DepartmentGroupEntity,
          organizationId,
          [groupId],
          'departmentGroupId',
        );
        await rowsOfOrganization(manager, DepartmentEntity, organizationId, departmentIds, 'departmentIds');
        const change = await replaceLinks(
          manager,
          DepartmentGroupMemberEntity,
          { departmentGroupId: groupId },
          (m) => m.departmentId,
          departmentIds,
          (departmentId) => ({ departmentGroupId: groupId, departmentId }),
        );
        if (!change) return group!;
        await audit(
          'department_group.departments_set',
          'DepartmentGroup',
          groupId,
          { departmentIds: change.before },
          { departmentIds: change.after },
        );
        return group!;
      },
    );
  }
}
