import { In, type DataSource, type EntityManager } from 'typeorm';
import { requireAllowed, runAccessChange } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { unlessTaken } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { membershipIn } from '../../common/organization-access';
import { requireId, requireName, validateInput } from '../../common/validation';
import { accessFactsOf, roleHolders } from '../access/product-access.facts';
import {
  decideProductManage,
  decideRoleChange,
  decideUserChange,
  type ManagePermission,
} from '../access/product-access.rules';
import { productChange, requireProduct } from '../access/product-roles.tx';
import type { ProductEntity } from '../product/product.entity';
import { ProductCustomRoleEntity, ProductUserEntity } from './product-user.entity';
import { ProductRolesError, ProductRolesErrorCode } from '../product-roles.errors';

export type { ManagePermission } from '../access/product-access.rules';

function snapshot(u: ProductUserEntity, customRole?: ProductCustomRoleEntity | null) {
  return {
    accountId: u.accountId,
    product: u.product,
    role: u.role,
    customRoleId: u.customRoleId,
    ...(customRole !== undefined ? { customRole: customRole?.name ?? null } : {}),
    active: u.active,
  };
}

/**
 * Product users (GA-9, LC-1) and custom roles (LC-2, LC-3), per organization and product. Every change runs
 * through the access kernel (`runAccessChange`): the product's manage rule re-checked on fresh facts, then the
 * grant ceiling (`decideUserChange`, `decideRoleChange`) over the target's fresh facts, then the work and its audit.
 */
export class ProductUserService {
  constructor(private readonly db: DataSource) {}

  private change(viewer: Viewer, organizationId: string, product: string, permission: ManagePermission) {
    return productChange(viewer, requireId('organizationId', organizationId), product, (f) =>
      decideProductManage(f, permission),
    );
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
      throw new ProductRolesError(
        ProductRolesErrorCode.NOT_A_PRODUCT_USER,
        'That account is not a user of this product',
        {
          field: 'accountId',
        },
      );
    return user;
  }

  private requireRole(product: ProductEntity, role: unknown): string {
    if (typeof role !== 'string' || !product.secondaryRoles.includes(role))
      throw new ValidationError('role', `role must be one of ${product.secondaryRoles.join(', ')}`);
    return role;
  }

  /** GA-9: sets a secondary role for a member, in an enabled product; the default role is Operator. */
  async assign(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; product: string; role: string; customRoleId?: string | null },
  ): Promise<ProductUserEntity> {
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'users.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        if (product.companyRoles) {
          throw new ProductRolesError(
            ProductRolesErrorCode.MANAGED_BY_COMPANY_ROLES,
            `${product.key} users join by invitation (inviteCompanyUser)`,
            { field: 'product' },
          );
        }
        const accountId = requireId('accountId', input.accountId);
        const role = this.requireRole(product, input.role);
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
        const target = await accessFactsOf(manager, accountId, input.organizationId, product.key);
        if (target.user)
          throw new ProductRolesError(
            ProductRolesErrorCode.ALREADY_PRODUCT_USER,
            'That account already uses this product',
            {
              field: 'accountId',
            },
          );
        requireAllowed(decideUserChange(facts, target, { kind: 'assign', role, permissions: customRole.permissions }));
        await unlessTaken(
          () =>
            manager.insert(ProductUserEntity, {
              organizationId: input.organizationId,
              product: product.key,
              accountId,
              role,
              customRoleId: customRole.id,
              active: true,
            }),
          () =>
            new ProductRolesError(
              ProductRolesErrorCode.ALREADY_PRODUCT_USER,
              'That account already uses this product',
              {
                field: 'accountId',
              },
            ),
        );
        const user = await manager.findOneByOrFail(ProductUserEntity, {
          organizationId: input.organizationId,
          product: product.key,
          accountId,
        });
        await audit(
          'product_user.added',
          'ProductUser',
          `${product.key}:${accountId}`,
          null,
          snapshot(user, customRole),
        );
        return user;
      },
    );
  }

  /** LC-1: edits a user's secondary role and/or custom role, within the grant ceiling (CB-4 on chatbot). */
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
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'users.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        const changes: Partial<ProductUserEntity> = {};
        if (input.role !== undefined && input.role !== null) {
          if (product.companyRoles)
            throw new ProductRolesError(
              ProductRolesErrorCode.MANAGED_BY_COMPANY_ROLES,
              'Company roles change with changeCompanyRole',
              { field: 'role' },
            );
          changes.role = this.requireRole(product, input.role);
        }
        let customRole: ProductCustomRoleEntity | undefined;
        if (input.customRoleId !== undefined && input.customRoleId !== null) {
          customRole = await this.customRole(
            manager,
            input.organizationId,
            product.key,
            input.customRoleId,
            'customRoleId',
          );
          changes.customRoleId = customRole.id;
        }
        if (Object.keys(changes).length === 0)
          throw new ValidationError('input', 'Give a role or a customRoleId to change');
        const target = await accessFactsOf(manager, user.accountId, input.organizationId, product.key);
        requireAllowed(
          decideUserChange(facts, target, { kind: 'update', role: changes.role, permissions: customRole?.permissions }),
        );
        await manager.update(
          ProductUserEntity,
          { organizationId: user.organizationId, product: user.product, accountId: user.accountId },
          changes,
        );
        const after = { ...user, ...changes };
        await audit('product_user.updated', 'ProductUser', `${product.key}:${user.accountId}`, snapshot(user), {
          ...snapshot(after),
          ...(customRole ? { customRole: customRole.name } : {}),
        });
        return after;
      },
    );
  }

  /**
   * LC-1: deactivates (keeping the data, removing all access at once) or reactivates a user, within the grant
   * ceiling; on chatbot only under CB-5 (the company OWNER is never deactivated).
   */
  async setActive(
    viewer: Viewer,
    input: { organizationId: string; accountId: string; product: string },
    active: boolean,
  ): Promise<ProductUserEntity> {
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'users.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        const target = await accessFactsOf(manager, user.accountId, input.organizationId, product.key);
        requireAllowed(decideUserChange(facts, target, { kind: active ? 'reactivate' : 'deactivate' }));
        if (user.active === active) return user;
        await manager.update(
          ProductUserEntity,
          { organizationId: user.organizationId, product: user.product, accountId: user.accountId },
          { active },
        );
        await audit(
          active ? 'product_user.reactivated' : 'product_user.deactivated',
          'ProductUser',
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
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'users.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        if (product.companyRoles)
          throw new ProductRolesError(
            ProductRolesErrorCode.MANAGED_BY_COMPANY_ROLES,
            'Use removeCompanyUser for chatbot users',
            {
              field: 'product',
            },
          );
        const user = await this.user(manager, input.organizationId, product.key, input.accountId);
        const target = await accessFactsOf(manager, user.accountId, input.organizationId, product.key);
        requireAllowed(decideUserChange(facts, target, { kind: 'revoke' }));
        await manager.delete(ProductUserEntity, {
          organizationId: user.organizationId,
          product: user.product,
          accountId: user.accountId,
        });
        await audit('product_user.removed', 'ProductUser', `${product.key}:${user.accountId}`, snapshot(user), null);
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

  /** LC-2: a new role of the product, made of catalogue permissions the caller holds. */
  async createRole(
    viewer: Viewer,
    input: { organizationId: string; product: string; name: string; permissions: string[] },
  ): Promise<ProductCustomRoleEntity> {
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'roles.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        // Every bad field at once (issue 13); nothing is written before.
        const { name, permissions } = validateInput({
          name: () => requireName('name', input.name, 60),
          permissions: () => this.requirePermissions(product, input.permissions),
        });
        requireAllowed(decideRoleChange(facts, { kind: 'create', permissions }));
        const { identifiers } = await unlessTaken(
          () =>
            manager.insert(ProductCustomRoleEntity, {
              organizationId: input.organizationId,
              product: product.key,
              name,
              permissions,
              isDefault: false,
            }),
          roleNameTaken,
        );
        const id = identifiers[0]!.id as string;
        await audit('product_role.created', 'ProductCustomRole', id, null, { product: product.key, name, permissions });
        return manager.findOneByOrFail(ProductCustomRoleEntity, { id });
      },
    );
  }

  /** LC-2: renames a role or changes its permissions (default roles included), within the grant ceiling. */
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
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'roles.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        const role = await this.customRole(manager, input.organizationId, product.key, input.roleId, 'roleId');
        const changes: Partial<ProductCustomRoleEntity> = {};
        if (input.name !== undefined && input.name !== null) {
          if (role.isDefault)
            throw new ProductRolesError(ProductRolesErrorCode.DEFAULT_ROLE, 'Default roles keep their names', {
              field: 'name',
            });
          changes.name = requireName('name', input.name, 60);
        }
        if (input.permissions !== undefined && input.permissions !== null)
          changes.permissions = this.requirePermissions(product, input.permissions);
        if (Object.keys(changes).length === 0)
          throw new ValidationError('input', 'Give a name or permissions to change');
        requireAllowed(
          decideRoleChange(facts, {
            kind: 'update',
            permissions: changes.permissions,
            current: role.permissions,
            holders: await roleHolders(manager, role.id),
          }),
        );
        await unlessTaken(() => manager.update(ProductCustomRoleEntity, { id: role.id }, changes), roleNameTaken);
        await audit(
          'product_role.updated',
          'ProductCustomRole',
          role.id,
          { name: role.name, permissions: role.permissions },
          { name: changes.name ?? role.name, permissions: changes.permissions ?? role.permissions },
        );
        return manager.findOneByOrFail(ProductCustomRoleEntity, { id: role.id });
      },
    );
  }

  /**
   * LC-3: deletes a role; refused while users hold it unless they are explicitly reassigned to another role of the
   * same product and organization. A `reassignToRoleId` that names no such role is BAD_USER_INPUT, held or not.
   */
  async deleteRole(
    viewer: Viewer,
    input: { organizationId: string; product: string; roleId: string; reassignToRoleId?: string | null },
  ): Promise<boolean> {
    return runAccessChange(
      this.db,
      this.change(viewer, input.organizationId, input.product, 'roles.manage'),
      async ({ manager, facts, audit }) => {
        const product = await requireProduct(manager, input.product);
        const role = await this.customRole(manager, input.organizationId, product.key, input.roleId, 'roleId');
        if (role.isDefault)
          throw new ProductRolesError(
            ProductRolesErrorCode.DEFAULT_ROLE,
            'Admin and Operator exist in every organization and cannot be deleted',
            { field: 'roleId' },
          );
        const reassignTo =
          input.reassignToRoleId !== undefined && input.reassignToRoleId !== null
            ? await this.customRole(
                manager,
                input.organizationId,
                product.key,
                input.reassignToRoleId,
                'reassignToRoleId',
              )
            : null;
        if (reassignTo?.id === role.id)
          throw new ValidationError('reassignToRoleId', 'reassignToRoleId must be another role');
        const holders = await roleHolders(manager, role.id);
        if (holders.length && !reassignTo) {
          throw new ProductRolesError(
            ProductRolesErrorCode.ROLE_IN_USE,
            `${holders.length} user(s) hold this role: give reassignToRoleId`,
            { field: 'roleId', users: holders.length },
          );
        }
        requireAllowed(
          decideRoleChange(facts, {
            kind: 'delete',
            current: role.permissions,
            holders,
            reassignPermissions: reassignTo?.permissions,
          }),
        );
        if (holders.length && reassignTo) {
          await manager.update(
            ProductUserEntity,
            { customRoleId: role.id, accountId: In(holders.map((h) => h.accountId)) },
            { customRoleId: reassignTo.id },
          );
        }
        await manager.delete(ProductCustomRoleEntity, { id: role.id });
        await audit(
          'product_role.deleted',
          'ProductCustomRole',
          role.id,
          { name: role.name, permissions: role.permissions, users: holders.map((h) => h.accountId) },
          reassignTo ? { reassignedTo: reassignTo.id, reassignedToName: reassignTo.name } : null,
        );
        return true;
      },
    );
  }
}

const roleNameTaken = (): Error =>
  new ProductRolesError(ProductRolesErrorCode.ROLE_NAME_TAKEN, 'A role of this product has that name', {
    field: 'name',
  });
