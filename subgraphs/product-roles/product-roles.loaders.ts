import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import type { Viewer } from '../common/auth/tokens';
import { groupLoader, isUuid, rowLoader } from '../common/loaders';
import {
  ChatbotAgentEntity,
  ChatbotChannelEntity,
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
  ChatbotScenarioEntity,
} from './chatbot/chatbot-resource.entity';
import { ChatbotCompanyEntity, ChatbotInvitationEntity } from './chatbot/company.entity';
import type { CompanyListing, CompanyService } from './chatbot/company.service';
import { OrganizationProductEntity, ProductEntity } from './product/product.entity';
import { ProductCustomRoleEntity, ProductUserEntity } from './product-user/product-user.entity';

/** Key of an (organization, product) pair for the loaders below. */
export const orgProductKey = (organizationId: string, product: string): string => `${organizationId}|${product}`;

/** Loads rows grouped by (organization, product), one statement per batch, in key order. */
function byOrgProduct<T extends ObjectLiteral & { organizationId: string; product: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  extra: Partial<Record<string, unknown>> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const orgIds = [...new Set(keys.map((k) => k.split('|')[0]!).filter(isUuid))];
    const rows = orgIds.length
      ? await db.getRepository(entity).find({ where: { organizationId: In(orgIds), ...extra } as never })
      : [];
    return keys.map((k) => rows.filter((r) => orgProductKey(r.organizationId, r.product) === k));
  });
}

/** Every loader of the product-roles subgraph, per request. */
export function createProductRolesLoaders(
  db: DataSource,
  currentViewer: () => Viewer | null,
  companies: CompanyService,
) {
  const repo = <T extends ObjectLiteral>(e: EntityTarget<T>) => db.getRepository(e);
  return {
    productByKey: new DataLoader<string, ProductEntity | null>(async (keys) => {
      const rows = await repo(ProductEntity).findBy({ key: In([...keys]) });
      return keys.map((k) => rows.find((r) => r.key === k) ?? null);
    }),
    enabledProductsByOrganizationId: groupLoader(
      (ids) => repo(OrganizationProductEntity).find({ where: { organizationId: In(ids) }, order: { product: 'ASC' } }),
      (r) => r.organizationId,
    ),
    productUsersByOrgProduct: byOrgProduct(db, ProductUserEntity),
    productUsersByAccountId: groupLoader(
      (ids) => repo(ProductUserEntity).find({ where: { accountId: In(ids) }, order: { product: 'ASC' } }),
      (r) => r.accountId,
    ),
    customRolesByOrgProduct: byOrgProduct(db, ProductCustomRoleEntity),
    customRoleById: rowLoader(
      (ids) => repo(ProductCustomRoleEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    /** The caller's own row per (organization, product), active or not: what the product policies read. */
    viewerProductUser: new DataLoader<string, ProductUserEntity | null>(async (keys) => {
      const viewer = currentViewer();
      const orgIds = [...new Set(keys.map((k) => k.split('|')[0]!).filter(isUuid))];
      if (!viewer || !orgIds.length) return keys.map(() => null);
      const rows = await repo(ProductUserEntity).findBy({ accountId: viewer.accountId, organizationId: In(orgIds) });
      return keys.map((k) => rows.find((r) => orgProductKey(r.organizationId, r.product) === k) ?? null);
    }),
    companyByOrganizationId: rowLoader(
      (ids) => repo(ChatbotCompanyEntity).findBy({ organizationId: In(ids) }),
      (r) => r.organizationId,
    ),
    pendingInvitationsByOrganizationId: groupLoader(
      (ids) =>
        repo(ChatbotInvitationEntity).find({
          where: { organizationId: In(ids), status: 'PENDING' },
          order: { createdAt: 'ASC' },
        }),
      (r) => r.organizationId,
    ),
    projectsByOrganizationId: groupLoader(
      (ids) => repo(ChatbotProjectEntity).find({ where: { organizationId: In(ids) }, order: { name: 'ASC' } }),
      (r) => r.organizationId,
    ),
    agentsByProjectId: groupLoader(
      (ids) => repo(ChatbotAgentEntity).find({ where: { projectId: In(ids) }, order: { name: 'ASC' } }),
      (r) => r.projectId,
    ),
    channelsByAgentId: groupLoader(
      (ids) => repo(ChatbotChannelEntity).find({ where: { agentId: In(ids) }, order: { kind: 'ASC' } }),
      (r) => r.agentId,
    ),
    scenarioByAgentId: rowLoader(
      (ids) => repo(ChatbotScenarioEntity).findBy({ agentId: In(ids) }),
      (r) => r.agentId,
    ),
    agentById: rowLoader(
      (ids) => repo(ChatbotAgentEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    projectById: rowLoader(
      (ids) => repo(ChatbotProjectEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    intentsByOrganizationId: groupLoader(
      (ids) => repo(ChatbotIntentEntity).find({ where: { organizationId: In(ids) }, order: { name: 'ASC' } }),
      (r) => r.organizationId,
    ),
    externalRequestsByOrganizationId: groupLoader(
      (ids) => repo(ChatbotExternalRequestEntity).find({ where: { organizationId: In(ids) }, order: { name: 'ASC' } }),
      (r) => r.organizationId,
    ),
    companyListingsByAccountId: groupLoader<CompanyListing>(
      (ids) => companies.listFor(ids),
      (r) => r.accountId,
    ),
  };
}

export type ProductRolesLoaders = ReturnType<typeof createProductRolesLoaders>;
