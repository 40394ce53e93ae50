import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { UserGroupRoleEntity } from '../user-group/user-group.entity';
import { sorted } from '../access/organization.rows';
import { requireId, requireName, optional } from '../../common/validation';
import { validateGrants, type Grant, type GrantInputLike } from '../access/grants';
import { decide } from '../access/decide';
import { requireFreeName, rowsOfOrganization } from '../access/organization.rows';
import { changeOrganization, deleteInOrganization, renameInOrganization } from '../access/organization.tx';
import { RoleEntity, RoleGrantEntity } from './role.entity';

/** Roles as lists of (module, function, limitation) grants (LHC-3); owners and administrators only. */
export class RoleService {
  constructor(private readonly db: DataSource) {}

  /** Creates a role with its grants, validated against the catalogue and the organization's department groups. */
  createRole(
    viewer: Viewer,
    input: { organizationId: string; name: string; grants: GrantInputLike[] },
  ): Promise<RoleEntity> {
    const name = requireName('name', input.name);
    if (!Array.isArray(input.grants)) throw new ValidationError('grants', 'grants must be a list');
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async ({ manager, organizationId, audit }) => {
        await requireFreeName(manager, RoleEntity, organizationId, name);
        const grants = validateGrants(input.grants, await departmentGroupNumbers(manager, organizationId));
        const { identifiers } = await manager.insert(RoleEntity, { organizationId, name });
        const id = identifiers[0]!.id as string;
        await insertGrants(manager, id, grants);
        await audit('role.created', 'Role', id, null, { name, grants });
        return manager.findOneByOrFail(RoleEntity, { id });
      },
    );
  }

  /** Replaces a role's grants; every holder's effective permissions change on their next request. */
  setRoleGrants(
    viewer: Viewer,
    input: { organizationId: string; roleId: string; grants: GrantInputLike[] },
  ): Promise<RoleEntity> {
    const roleId = requireId('roleId', input.roleId);
    if (!Array.isArray(input.grants)) throw new ValidationError('grants', 'grants must be a list');
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [role] = await rowsOfOrganization(manager, RoleEntity, organizationId, [roleId], 'roleId');
        const grants = validateGrants(input.grants, await departmentGroupNumbers(manager, organizationId));
        const before = (await manager.find(RoleGrantEntity, { where: { roleId }, order: { position: 'ASC' } })).map(
          (g): Grant => ({ module: g.module, function: g.function, limitation: g.limitation }),
        );
        if (JSON.stringify(before) === JSON.stringify(grants)) return role!;
        await manager.delete(RoleGrantEntity, { roleId });
        await insertGrants(manager, roleId, grants);
        await tx.audit('role.grants_set', 'Role', roleId, { grants: before }, { grants });
        return role!;
      },
    );
  }

  /** Renames a role (owners and administrators); its grants and holders stay. */
  renameRole(viewer: Viewer, input: { organizationId: string; roleId: string; name: string }): Promise<RoleEntity> {
    const roleId = requireId('roleId', input.roleId);
    const name = requireName('name', input.name);
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const [role] = await rowsOfOrganization(tx.manager, RoleEntity, tx.organizationId, [roleId], 'roleId');
        return renameInOrganization(tx, RoleEntity, role!, name, { action: 'role.renamed', type: 'Role' });
      },
    );
  }

  /**
   * Deletes a role (owners and administrators), as LC-3 for product roles: a role that user groups still hold is
   * refused (CONFLICT naming the groups) unless `reassignToRoleId` names another role of the organization, which
   * those groups then hold instead; never a group left pointing at a deleted role.
   */
  deleteRole(
    viewer: Viewer,
    input: { organizationId: string; roleId: string; reassignToRoleId?: string | null },
  ): Promise<{ deletedRoleId: string }> {
    const roleId = requireId('roleId', input.roleId);
    const reassignTo = optional(input.reassignToRoleId, (v) => requireId('reassignToRoleId', v));
    if (reassignTo === roleId) throw new ValidationError('reassignToRoleId', 'A role cannot be reassigned to itself');
    return changeOrganization(
      this.db,
      viewer,
      input.organizationId,
      ({ actor }) => decide(actor, 'organization.configure'),
      async (tx) => {
        const { manager, organizationId } = tx;
        const [role] = await rowsOfOrganization(manager, RoleEntity, organizationId, [roleId], 'roleId');
        if (reassignTo) await rowsOfOrganization(manager, RoleEntity, organizationId, [reassignTo], 'reassignToRoleId');
        const holders: Array<{ id: string; name: string }> = await manager.query(
          `SELECT g.id, g.name FROM department_groups.user_group_roles r
           JOIN department_groups.user_groups g ON g.id = r.user_group_id WHERE r.role_id = $1 ORDER BY g.name`,
          [roleId],
        );
        if (holders.length && !reassignTo)
          throw new DomainError(
            ErrorCode.CONFLICT,
            `User group(s) ${holders.map((h) => `"${h.name}"`).join(', ')} still hold this role; name reassignToRoleId or take it from them first (LC-3)`,
            { field: 'roleId', blockedBy: 'userGroups', userGroupIds: holders.map((h) => h.id) },
          );
        if (holders.length)
          await manager
            .createQueryBuilder()
            .insert()
            .into(UserGroupRoleEntity)
            .values(holders.map((h) => ({ userGroupId: h.id, roleId: reassignTo! })))
            .orIgnore()
            .execute();
        const grants = (await manager.find(RoleGrantEntity, { where: { roleId }, order: { position: 'ASC' } })).map(
          (g): Grant => ({ module: g.module, function: g.function, limitation: g.limitation }),
        );
        return {
          deletedRoleId: await deleteInOrganization(
            tx,
            RoleEntity,
            role!,
            { action: 'role.deleted', type: 'Role' },
            { name: role!.name, grants, userGroupIds: sorted(holders.map((h) => h.id)) },
            holders.length ? { reassignedToRoleId: reassignTo } : null,
          ),
        };
      },
    );
  }
}

async function insertGrants(manager: EntityManager, roleId: string, grants: Grant[]): Promise<void> {
  if (grants.length === 0) return;
  await manager.insert(
    RoleGrantEntity,
    grants.map((g, position) => ({
      roleId,
      position,
      module: g.module,
      function: g.function,
      limitation: g.limitation as never,
    })),
  );
}

/** The department group numbers of an organization, which limitations may name. */
async function departmentGroupNumbers(manager: EntityManager, organizationId: string): Promise<Set<number>> {
  const rows: Array<{ number: number }> = await manager.query(
    'SELECT number FROM department_groups.department_groups WHERE organization_id = $1',
    [organizationId],
  );
  return new Set(rows.map((r) => r.number));
}
