import type { EntityManager } from 'typeorm';
import { type AccessChange, type Decision } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { ValidationError } from '../../common/errors';
import { IsNull } from 'typeorm';
import type { ChatbotResource, Operation } from '../chatbot/chatbot.matrix';
import { OrganizationProductEntity, ProductEntity } from '../product/product.entity';
import { accessFactsOf, type AccessFacts } from './product-access.facts';
import { decideChatbotCell } from './product-access.rules';
import { ProductRolesError, ProductRolesErrorCode } from '../product-roles.errors';

/** The advisory lock of every product-roles access change in an organization (sorted with other domains' keys). */
export const organizationLock = (organizationId: string): string => `product_roles:org:${organizationId}`;

/** Looks a product up in the catalogue, or rejects the input naming the field. */
export async function requireProduct(manager: EntityManager, key: unknown, field = 'product'): Promise<ProductEntity> {
  const product = typeof key === 'string' ? await manager.findOneBy(ProductEntity, { key }) : null;
  if (!product) throw new ValidationError(field, `${field} is not a product of the catalogue`);
  return product;
}

/**
 * Locks an enabled product of an organization for the rest of the transaction; a product never enabled, or
 * disabled (CB-2: kept, not deleted), is PRODUCT_NOT_ENABLED: nothing changes inside a disabled product.
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
    .andWhere({ disabledAt: IsNull() })
    .getOne();
  if (!row)
    throw new ProductRolesError(
      ProductRolesErrorCode.PRODUCT_NOT_ENABLED,
      `${product} is not enabled in this organization`,
      {
        field: 'product',
      },
    );
  return row;
}

/**
 * How a product-roles access change runs through the kernel (`runAccessChange`): the organization's advisory
 * lock; the product checked against the catalogue (BAD_USER_INPUT) and, unless `anyState`, locked enabled
 * (PRODUCT_NOT_ENABLED); the caller's facts in that product re-read in the transaction with the same function the
 * loaders use; and the check, the same pure decision the field policy made.
 */
export function productChange(
  viewer: Viewer,
  organizationId: string,
  product: string,
  check?: (facts: AccessFacts) => Decision,
  options: { anyState?: boolean } = {},
): AccessChange<AccessFacts> {
  return {
    viewer,
    organizationId,
    locks: [organizationLock(organizationId)],
    lockRows: async (manager) => {
      const p = await requireProduct(manager, product);
      if (!options.anyState) await lockEnabledProduct(manager, organizationId, p.key);
      // The caller's own product user row: a change the database makes outside this lock (company ownership
      // following organization ownership, X-6's cascade) commits before the facts are read, never in between.
      await manager.query(
        `SELECT 1 FROM product_roles.product_users WHERE organization_id = $1 AND product = $2 AND account_id = $3
         FOR UPDATE`,
        [organizationId, p.key, viewer.accountId],
      );
    },
    facts: (manager) => accessFactsOf(manager, viewer.accountId, organizationId, product),
    check,
  };
}

/** A change of chatbot content, re-checked against its CB-2 cell. */
export function chatbotChange(
  viewer: Viewer,
  organizationId: string,
  resource: ChatbotResource,
  op: Operation,
): AccessChange<AccessFacts> {
  return productChange(viewer, organizationId, 'chatbot', (f) => decideChatbotCell(f, resource, op));
}
