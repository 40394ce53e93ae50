import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { isUniqueViolation } from '../../common/db/errors';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { membershipIn, PrimaryRole, roleGrants } from '../../common/organization-access';
import { requireId } from '../../common/validation';
import { CompanyRole } from '../chatbot/chatbot.matrix';
import { ChatbotCompanyEntity } from '../chatbot/company.entity';
import { ProductErrorCode } from '../product-roles.errors';
import { ProductCustomRoleEntity, ProductUserEntity } from '../product-user/product-user.entity';
import { OrganizationProductEntity, ProductEntity } from './product.entity';

/** Looks a product up in the catalogue, or rejects the input naming the field. */
export async function requireProduct(manager: EntityManager, key: unknown, field = 'product'): Promise<ProductEntity> {
  const product = typeof key === 'string' ? await manager.findOneBy(ProductEntity, { key }) : null;
  if (!product) throw new ValidationError(field, `${field} is not a product of the catalogue`);
  return product;
}

/**
 * Locks an enabled product of an organization for the rest of the transaction: every access change within a
 * product takes this lock first, so concurrent changes decide on fresh data.
 */
export async function lockEnabledProduct(
  manager: EntityManager,
  organizationId: string,
  product: string,
): Promise<OrganizationProductEntity> {
  const row = await manager
    .getRepository(OrganizationProductEntity)
    .createQueryBuilder('p')
    .setLock('pessimistic_write')
    .where('p.organizationId = :organizationId AND p.product = :product', { organizationId, product })
    .getOne();
  if (!row)
    throw new DomainError(ProductErrorCode.PRODUCT_NOT_ENABLED, `${product} is not enabled in this organization`, {
      field: 'product',
    });
  return row;
}

/** Throws FORBIDDEN unless the caller is an owner or administrator of the organization (GA-6), read in the transaction. */
export async function requireOrganizationAdministrator(
  manager: EntityManager,
  organizationId: string,
  viewer: Viewer,
): Promise<void> {
  const membership = await membershipIn(manager, organizationId, viewer.accountId);
  if (!roleGrants(membership?.primaryRole, 'organization:administer')) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Not allowed: this change requires organization:administer');
  }
}

/** Enabling and disabling products per organization (GA-8), by its owners and administrators. */
export class ProductService {
  constructor(private readonly db: DataSource) {}

  /** The whole catalogue. */
  catalogue(): Promise<ProductEntity[]> {
    return this.db.getRepository(ProductEntity).find({ order: { key: 'ASC' } });
  }

  /**
   * Enables a product once (GA-8), with its default roles Admin and Operator (LC-2). Enabling chatbot opens the
   * company with the organization's name and its Accounts owner as company owner (CB-1).
   */
  async enable(viewer: Viewer, input: { organizationId: string; product: string }): Promise<OrganizationProductEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    try {
      return await this.db.transaction(async (manager) => {
        await requireOrganizationAdministrator(manager, organizationId, viewer);
        const product = await requireProduct(manager, input.product);
        await manager.insert(OrganizationProductEntity, {
          organizationId,
          product: product.key,
          enabledBy: viewer.accountId,
        });
        await manager.insert(ProductCustomRoleEntity, [
          {
            organizationId,
            product: product.key,
            name: 'Admin',
            permissions: Object.keys(product.permissions).sort(),
            isDefault: true,
          },
          {
            organizationId,
            product: product.key,
            name: 'Operator',
            permissions: [...product.operatorPermissions].sort(),
            isDefault: true,
          },
        ]);
        if (product.companyRoles) await this.openCompany(manager, organizationId);
        await recordAudit(manager, {
          organizationId,
          actorAccountId: viewer.accountId,
          action: 'product.enabled',
          targetType: 'Product',
          targetId: product.key,
          after: { product: product.key },
        });
        return manager.findOneByOrFail(OrganizationProductEntity, { organizationId, product: product.key });
      });
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new DomainError(ProductErrorCode.PRODUCT_ALREADY_ENABLED, `${input.product} is already enabled here`, {
          field: 'product',
        });
      }
      throw err;
    }
  }

  private async openCompany(manager: EntityManager, organizationId: string) {
    const [org] = await manager.query('SELECT name FROM accounts.organization_directory WHERE organization_id = $1', [
      organizationId,
    ]);
    const [owner] = await manager.query(
      `SELECT account_id FROM accounts.membership_roles WHERE organization_id = $1 AND primary_role = $2`,
      [organizationId, PrimaryRole.OWNER],
    );
    await manager.insert(ChatbotCompanyEntity, { organizationId, name: org.name, billingPlan: 'FREE' });
    await manager.insert(ProductUserEntity, {
      organizationId,
      product: 'chatbot',
      accountId: owner.account_id,
      role: CompanyRole.OWNER,
      customRoleId: null,
      active: true,
    });
  }

  /**
   * GA-9: the caller may launch a product when it is enabled in the organization, they are a member, and they
   * hold an active secondary role of it (a product without secondary roles, like accounts, needs membership only).
   */
  async canLaunch(viewer: Viewer, organizationId: string, productKey: string): Promise<boolean> {
    const product = await requireProduct(this.db.manager, productKey);
    if (!isUuid(organizationId) || !(await membershipIn(this.db.manager, organizationId, viewer.accountId)))
      return false;
    if (!(await this.db.manager.findOneBy(OrganizationProductEntity, { organizationId, product: product.key })))
      return false;
    if (product.secondaryRoles.length === 0) return true;
    return (
      (await this.db.manager.findOneBy(ProductUserEntity, {
        organizationId,
        product: product.key,
        accountId: viewer.accountId,
        active: true,
      })) !== null
    );
  }

  /** Disables a product: its users, roles and resources go with it. */
  async disable(viewer: Viewer, input: { organizationId: string; product: string }): Promise<boolean> {
    const organizationId = requireId('organizationId', input.organizationId);
    return this.db.transaction(async (manager) => {
      await requireOrganizationAdministrator(manager, organizationId, viewer);
      const product = await requireProduct(manager, input.product);
      await lockEnabledProduct(manager, organizationId, product.key);
      const users = await manager.findBy(ProductUserEntity, { organizationId, product: product.key });
      await manager.delete(OrganizationProductEntity, { organizationId, product: product.key });
      await recordAudit(manager, {
        organizationId,
        actorAccountId: viewer.accountId,
        action: 'product.disabled',
        targetType: 'Product',
        targetId: product.key,
        before: {
          product: product.key,
          users: users.map((u) => ({ accountId: u.accountId, role: u.role, active: u.active })),
        },
      });
      return true;
    });
  }
}
