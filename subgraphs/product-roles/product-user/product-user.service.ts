import { In, type DataSource, type EntityManager } from 'typeorm';
import { auditorFor } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { membershipIn, roleGrants } from '../../common/organization-access';
import { requireId, requireName } from '../../common/validation';
import { CompanyRole } from '../chatbot/chatbot.matrix';
import { lockEnabledProduct, requireProduct } from '../product/product.service';
import type { ProductEntity } from '../product/product.entity';
import { ProductErrorCode } from '../product-roles.errors';
import { ProductCustomRoleEntity, ProductUserEntity } from './product-user.entity';

/** The product permissions that manage users and roles (LC-1, LC-2). */
export type ManagePermission = 'users.manage' | 'roles.manage';

/**
 * Whether the account may manage a product's users or roles: an owner or administrator of the organization
 * (GA-6), or an active user of the product whose role grants the permission. Used by the schema policy and,
 * inside the transaction, by the service.
 */
export async function canManageProduct(
  manager: Pick<EntityManager, 'query' | 'findOneBy'>,
  organizationId: string,
  product: string,
  accountId: string,
  permission: ManagePermission,
): Promise<boolean> {
  const membership = await membershipIn(manager, organizationId, accountId);
  if (!membership) return false;
  if (roleGrants(membership.primaryRole, 'organization:administer')) return true;
  const user = await manager.findOneBy(ProductUserEntity, { organizationId, product, accountId, active: true });
  if (!user?.customRoleId) return false;
  const role = await manager.findOneBy(ProductCustomRoleEntity, { id: user.customRoleId });
  return role?.permissions.includes(permission) ?? false;
}

function snapshot(u: ProductUserEntity) {
  return { accountId: u.accountId, product: u.product, role: u.role, customRoleId: u.customRoleId, active: u.active };
}

/** Product users (GA-9, LC-1) and custom roles (LC-2, LC-3), per organization and product. */
export class ProductUserService {
  constructor(private readonly db: DataSource) {}

  private async inProduct<T>(
    viewer: Viewer,
    organizationId: string,
    productKey: string,
    permission: ManagePermission,
    work: (
      manager: EntityManager,
      product: ProductEntity,
      audit: (action: string, targetId: string, before: object | null, after: object | null) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T> {
    const orgId = requireId('organizationId', organizationId);
    return this.db.transaction(async (manager) => {
      const product = await requireProduct(manager, productKey);
      await lockEnabledProduct(manager, orgId, product.key);
      if (!(await canManageProduct(manager, orgId, product.key, viewer.accountId, permission))) {
        throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed: this change requires ${product.key} ${permission}`);
      }
      const auditor = auditorFor(manager, orgId, viewer.accountId);
      const audit = (action: string, targetId: string, before: object | null, after: object | null) =>
        auditor(
          action,
          action.startsWith('product_role') ? 'ProductCustomRole' : 'ProductUser',
          targetId,
          before,
          after,
        );
      return work(manager, product, audit);
    });
  }

  private async customRole(
    manager: EntityManager,
    organizationId: string,
    product: string,
    id: unknown,
    field: string,
  ) {
    const role = isUuid(id) ? await manager.findOneBy(ProductCustomRoleEntity, { id, organizationId, product }) : null;
    if (!role) throw new ValidationError(field, `${field} is not a role of this product`);
    return role;
  }

  private async user(manager: EntityManager, organizationId: string, product: string, accountId: string) {
    const user = isUuid(accountId)
      ? await manager.findOneBy(ProductUserEntity, { organizationId, product, accountId })
      : null;
    if (!user)
      throw new DomainError(ProductErrorCode.NOT_A_PRODUCT_USER, 'That account is not a user of this product', {
        field: 'accountId',
      });
    return user;
  }

  /** GA-9: sets a secondary role for a member, in an enabled product; the default role is Operator. */
  async assign(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; product: string; role: string; customRoleId?: string | null },
  ): Promise<ProductUserEntity> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'users.manage',
      async (manager, product, audit) => {
        if (product.companyRoles) {
          throw new DomainError(
            ProductErrorCode.MANAGED_BY_COMPANY_ROLES,
            `${product.key} users join by invitation (inviteCompanyUser)`,
            { field: 'product' },
          );
        }
        const accountId = requireId('accountId', input.accountId);
        if (!product.secondaryRoles.includes(input.role)) {
          throw new ValidationError('role', `role must be one of ${product.secondaryRoles.join(', ')}`);
        }
        if (!(await membershipIn(manager, input.organizationId, accountId))) {
          throw new DomainError(ErrorCode.NOT_A_MEMBER, 'That account is not a member of this organization', {
            field: 'accountId',
          });
        }
        const customRole = input.customRoleId
          ? await this.customRole(manager, input.organizationId, product.key, input.customRoleId, 'customRoleId')
          : await manager.findOneByOrFail(ProductCustomRoleEntity, {
              organizationId: input.organizationId,
              product: product.key,
              name: 'Operator',
              isDefault: true,
            });
        try {
          await manager.insert(ProductUserEntity, {
            organizationId: input.organizationId,
            product: product.key,
            accountId,
            role: input.role,
            customRoleId: customRole.id,
            active: true,
          });
        } catch (err) {
          if (isUniqueViolation(err))
            throw new DomainError(ProductErrorCode.ALREADY_PRODUCT_USER, 'That account already uses this product', {
              field: 'accountId',
            });
          throw err;
        }
        const user = await manager.findOneByOrFail(ProductUserEntity, {
          organizationId: input.organizationId,
          product: product.key,
          accountId,
        });
        await audit('product_user.added', `${product.key}:${accountId}`, null, snapshot(user));
        return user;
      },
    );
  }

  /** LC-1: edits a user's secondary role and/or custom role. */
  async update(
    viewer: Viewer,
    input: {
      organizationId: string;
      accountId: string;
      product: string;
      role?: string | null;
      customRoleId?: string | null;
    },
  ): Promise<ProductUserEntity> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'users.manage',
      async (manager, product, audit) => {
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        const changes: Partial<ProductUserEntity> = {};
        if (input.role !== undefined && input.role !== null) {
          if (product.companyRoles)
            throw new DomainError(
              ProductErrorCode.MANAGED_BY_COMPANY_ROLES,
              'Company roles change with changeCompanyRole',
              { field: 'role' },
            );
          if (!product.secondaryRoles.includes(input.role))
            throw new ValidationError('role', `role must be one of ${product.secondaryRoles.join(', ')}`);
          changes.role = input.role;
        }
        if (input.customRoleId !== undefined && input.customRoleId !== null) {
          changes.customRoleId = (
            await this.customRole(manager, input.organizationId, product.key, input.customRoleId, 'customRoleId')
          ).id;
        }
        if (Object.keys(changes).length === 0)
          throw new ValidationError('input', 'Give a role or a customRoleId to change');
        await manager.update(
          ProductUserEntity,
          { organizationId: user.organizationId, product: user.product, accountId: user.accountId },
          changes,
        );
        const after = { ...user, ...changes };
        await audit('product_user.updated', `${product.key}:${user.accountId}`, snapshot(user), snapshot(after));
        return after;
      },
    );
  }

  /** LC-1: deactivates (keeping the data, removing all access at once) or reactivates a user. */
  async setActive(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; product: string },
    active: boolean,
  ): Promise<ProductUserEntity> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'users.manage',
      async (manager, product, audit) => {
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        if (!active && product.companyRoles && user.role === CompanyRole.OWNER) {
          throw new DomainError(
            ProductErrorCode.COMPANY_OWNER_REQUIRED,
            'The company owner cannot be deactivated; transfer ownership first',
            { field: 'accountId' },
          );
        }
        if (user.active === active) return user;
        await manager.update(
          ProductUserEntity,
          { organizationId: user.organizationId, product: user.product, accountId: user.accountId },
          { active },
        );
        await audit(
          active ? 'product_user.reactivated' : 'product_user.deactivated',
          `${product.key}:${user.accountId}`,
          snapshot(user),
          { ...snapshot(user), active },
        );
        return { ...user, active };
      },
    );
  }

  /** Removes a user from a product (their secondary role). Chatbot users are removed with removeCompanyUser (CB-5). */
  async revoke(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; product: string },
  ): Promise<boolean> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'users.manage',
      async (manager, product, audit) => {
        if (product.companyRoles)
          throw new DomainError(ProductErrorCode.MANAGED_BY_COMPANY_ROLES, 'Use removeCompanyUser for chatbot users', {
            field: 'product',
          });
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        await manager.delete(ProductUserEntity, {
          organizationId: user.organizationId,
          product: user.product,
          accountId: user.accountId,
        });
        await audit('product_user.removed', `${product.key}:${user.accountId}`, snapshot(user), null);
        return true;
      },
    );
  }

  private requirePermissions(product: ProductEntity, value: unknown): string[] {
    if (!Array.isArray(value) || value.some((p) => typeof p !== 'string'))
      throw new ValidationError('permissions', 'permissions must be a list of names');
    const unknown = value.filter((p) => !(p in product.permissions));
    if (unknown.length)
      throw new ValidationError('permissions', `unknown permissions for ${product.key}: ${unknown.join(', ')}`);
    return [...new Set(value as string[])].sort();
  }

  /** LC-2: a new role of the product, made of its catalogue permissions. */
  async createRole(
    viewer: Viewer,
    input: { organizationId: string; product: string; name: string; permissions: string[] },
  ): Promise<ProductCustomRoleEntity> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'roles.manage',
      async (manager, product, audit) => {
        const name = requireName('name', input.name, 60);
        const permissions = this.requirePermissions(product, input.permissions);
        let id: string;
        try {
          id = (
            await manager.insert(ProductCustomRoleEntity, {
              organizationId: input.organizationId,
              product: product.key,
              name,
              permissions,
              isDefault: false,
            })
          ).identifiers[0]!.id as string;
        } catch (err) {
          if (isUniqueViolation(err))
            throw new DomainError(ProductErrorCode.ROLE_NAME_TAKEN, 'A role of this product has that name', {
              field: 'name',
            });
          throw err;
        }
        await audit('product_role.created', id, null, { product: product.key, name, permissions });
        return manager.findOneByOrFail(ProductCustomRoleEntity, { id });
      },
    );
  }

  /** LC-2: renames a role or changes its permissions (default roles included). */
  async updateRole(
    viewer: Viewer,
    input: {
      organizationId: string;
      product: string;
      roleId: string;
      name?: string | null;
      permissions?: string[] | null;
    },
  ): Promise<ProductCustomRoleEntity> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'roles.manage',
      async (manager, product, audit) => {
        const role = await this.customRole(manager, input.organizationId, product.key, input.roleId, 'roleId');
        const changes: Partial<ProductCustomRoleEntity> = {};
        if (input.name !== undefined && input.name !== null) {
          if (role.isDefault)
            throw new DomainError(ProductErrorCode.DEFAULT_ROLE, 'Default roles keep their names', { field: 'name' });
          changes.name = requireName('name', input.name, 60);
        }
        if (input.permissions !== undefined && input.permissions !== null)
          changes.permissions = this.requirePermissions(product, input.permissions);
        if (Object.keys(changes).length === 0)
          throw new ValidationError('input', 'Give a name or permissions to change');
        try {
          await manager.update(ProductCustomRoleEntity, { id: role.id }, changes);
        } catch (err) {
          if (isUniqueViolation(err))
            throw new DomainError(ProductErrorCode.ROLE_NAME_TAKEN, 'A role of this product has that name', {
              field: 'name',
            });
          throw err;
        }
        await audit(
          'product_role.updated',
          role.id,
          { name: role.name, permissions: role.permissions },
          { name: changes.name ?? role.name, permissions: changes.permissions ?? role.permissions },
        );
        return manager.findOneByOrFail(ProductCustomRoleEntity, { id: role.id });
      },
    );
  }

  /** LC-3: deletes a role; refused while users hold it unless they are explicitly reassigned to another role. */
  async deleteRole(
    viewer: Viewer,
    input: { organizationId: string; product: string; roleId: string; reassignToRoleId?: string | null },
  ): Promise<boolean> {
    return this.inProduct(
      viewer,
      input.organizationId,
      input.product,
      'roles.manage',
      async (manager, product, audit) => {
        const role = await this.customRole(manager, input.organizationId, product.key, input.roleId, 'roleId');
        if (role.isDefault)
          throw new DomainError(
            ProductErrorCode.DEFAULT_ROLE,
            'Admin and Operator exist in every organization and cannot be deleted',
            { field: 'roleId' },
          );
        const holders = await manager.findBy(ProductUserEntity, { customRoleId: role.id });
        if (holders.length && !input.reassignToRoleId) {
          throw new DomainError(
            ProductErrorCode.ROLE_IN_USE,
            `${holders.length} user(s) hold this role: give reassignToRoleId`,
            { field: 'roleId', users: holders.length },
          );
        }
        if (holders.length) {
          const target = await this.customRole(
            manager,
            input.organizationId,
            product.key,
            input.reassignToRoleId,
            'reassignToRoleId',
          );
          if (target.id === role.id)
            throw new ValidationError('reassignToRoleId', 'reassignToRoleId must be another role');
          await manager.update(
            ProductUserEntity,
            { customRoleId: role.id, accountId: In(holders.map((h) => h.accountId)) },
            { customRoleId: target.id },
          );
        }
        await manager.delete(ProductCustomRoleEntity, { id: role.id });
        await audit(
          'product_role.deleted',
          role.id,
          { name: role.name, permissions: role.permissions, users: holders.map((h) => h.accountId) },
          input.reassignToRoleId ? { reassignedTo: input.reassignToRoleId } : null,
        );
        return true;
      },
    );
  }
}
