import type { DataSource, EntityManager } from 'typeorm';
import { runAccessChange } from '../../common/access/kernel';
import { membersWithRole, organizationById } from '../../common/contracts/accounts';
import type { Viewer } from '../../common/auth/tokens';
import { unlessTaken } from '../../common/db/errors';
import { PrimaryRole } from '../../common/organization-access';
import { requireId } from '../../common/validation';
import { accessFactsOf } from '../access/product-access.facts';
import { decideLaunch, decideProductSwitch } from '../access/product-access.rules';
import { lockEnabledProduct, productChange, requireProduct } from '../access/product-roles.tx';
import { CompanyRole } from '../chatbot/chatbot.matrix';
import { ChatbotCompanyEntity } from '../chatbot/company.entity';
import { ProductCustomRoleEntity, ProductUserEntity } from '../product-user/product-user.entity';
import { OrganizationProductEntity, ProductEntity } from './product.entity';
import { ProductRolesError, ProductRolesErrorCode } from '../product-roles.errors';

/**
 * Enabling, disabling and re-enabling products per organization (GA-8). Who: organization owners and
 * administrators (GA-6); for chatbot, once its company exists, only the company OWNER among them (CB-2).
 * Disabling never deletes: every row stays, access ends on the next request, re-enabling restores it.
 */
export class ProductService {
  constructor(private readonly db: DataSource) {}

  /** The whole catalogue. */
  catalogue(): Promise<ProductEntity[]> {
    return this.db.getRepository(ProductEntity).find({ order: { key: 'ASC' } });
  }

  /**
   * Enables a product once (GA-8), with its default roles Admin and Operator (LC-2). Enabling chatbot opens the
   * company with the organization's name and its Accounts owner as company owner (CB-1). Enabling a disabled
   * product restores it as it was.
   */
  async enable(viewer: Viewer, input: { organizationId: string; product: string }): Promise<OrganizationProductEntity> {
    const organizationId = requireId('organizationId', input.organizationId);
    const change = productChange(viewer, organizationId, input.product, decideProductSwitch, { anyState: true });
    return unlessTaken(
      () =>
        runAccessChange(this.db, change, async ({ manager, audit }) => {
          const product = await requireProduct(manager, input.product);
          const key = { organizationId, product: product.key };
          const existing = await manager.findOneBy(OrganizationProductEntity, key);
          if (existing && !existing.disabledAt) throw alreadyEnabled(product.key);
          if (existing) {
            await manager.query(
              `UPDATE product_roles.organization_products
             SET disabled_at = NULL, disabled_by = NULL, enabled_at = clock_timestamp(), enabled_by = $3
             WHERE organization_id = $1 AND product = $2`,
              [organizationId, product.key, viewer.accountId],
            );
            await audit(
              'product.reenabled',
              'Product',
              product.key,
              { product: product.key, disabledAt: existing.disabledAt, disabledBy: existing.disabledBy },
              { product: product.key, ...(await this.kept(manager, organizationId, product.key)) },
            );
            return manager.findOneByOrFail(OrganizationProductEntity, key);
          }
          await manager.insert(OrganizationProductEntity, { ...key, enabledBy: viewer.accountId });
          await manager.insert(ProductCustomRoleEntity, [
            { ...key, name: 'Admin', permissions: Object.keys(product.permissions).sort(), isDefault: true },
            { ...key, name: 'Operator', permissions: [...product.operatorPermissions].sort(), isDefault: true },
          ]);
          if (product.companyRoles) await this.openCompany(manager, organizationId);
          await audit('product.enabled', 'Product', product.key, null, { product: product.key });
          return manager.findOneByOrFail(OrganizationProductEntity, key);
        }),
      () => alreadyEnabled(input.product),
    );
  }

  private async openCompany(manager: EntityManager, organizationId: string) {
    const [owner] = await membersWithRole(manager, organizationId, PrimaryRole.OWNER);
    await manager.insert(ChatbotCompanyEntity, { organizationId, billingPlan: 'FREE' });
    await manager.insert(ProductUserEntity, {
      organizationId,
      product: 'chatbot',
      accountId: owner!.accountId,
      role: CompanyRole.OWNER,
      customRoleId: null,
      active: true,
    });
  }

  /** What a disabled product keeps (named in its audit events). */
  private async kept(manager: EntityManager, organizationId: string, product: string) {
    const users = await manager.findBy(ProductUserEntity, { organizationId, product });
    const roles = await manager.findBy(ProductCustomRoleEntity, { organizationId, product });
    const company = await manager.findOneBy(ChatbotCompanyEntity, { organizationId });
    return {
      users: users.map((u) => ({ accountId: u.accountId, role: u.role, active: u.active })),
      roles: roles.map((r) => r.name).sort(),
      ...(product === 'chatbot' && company
        ? {
            company: {
              name: (await organizationById(manager, organizationId))?.name,
              billingPlan: company.billingPlan,
            },
          }
        : {}),
    };
  }

  /**
   * GA-9: the caller may launch a product when it is enabled in the organization, they are a member, and they
   * hold an active secondary role of it (a product without secondary roles, like accounts, needs membership only).
   */
  async canLaunch(viewer: Viewer, organizationId: string, productKey: string): Promise<boolean> {
    const product = await requireProduct(this.db.manager, productKey);
    return decideLaunch(await accessFactsOf(this.db.manager, viewer.accountId, organizationId, product.key)).allowed;
  }

  /**
   * Disables a product (CB-2, GA-8): nothing is deleted. Users, roles, the chatbot company and its content stay;
   * access ends on the next request (canLaunch false, product fields denied, `product_access` publishes nothing).
   */
  async disable(viewer: Viewer, input: { organizationId: string; product: string }): Promise<boolean> {
    const organizationId = requireId('organizationId', input.organizationId);
    return runAccessChange(
      this.db,
      productChange(viewer, organizationId, input.product, decideProductSwitch),
      async ({ manager, audit }) => {
        const product = await requireProduct(manager, input.product);
        await lockEnabledProduct(manager, organizationId, product.key);
        await manager.query(
          `UPDATE product_roles.organization_products SET disabled_at = clock_timestamp(), disabled_by = $3
           WHERE organization_id = $1 AND product = $2`,
          [organizationId, product.key, viewer.accountId],
        );
        await audit(
          'product.disabled',
          'Product',
          product.key,
          { product: product.key, ...(await this.kept(manager, organizationId, product.key)) },
          { product: product.key, disabled: true, dataKept: true },
        );
        return true;
      },
    );
  }
}

const alreadyEnabled = (product: string): Error =>
  new ProductRolesError(ProductRolesErrorCode.PRODUCT_ALREADY_ENABLED, `${product} is already enabled here`, {
    field: 'product',
  });
