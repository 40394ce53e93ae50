import DataLoader from 'dataloader';
import { In, IsNull, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import type { Viewer } from '../common/auth/tokens';
import { groupLoader, isUuid, rowLoader } from '../common/loaders';
import { decisionLoader } from '../common/access/capability';
import {
  readAccessFacts,
  readAccessFactsFor,
  roleHoldersOf,
  type AccessFacts,
  type RoleHolder,
} from './access/product-access.facts';
import { answerProductQuestion, type ProductDecisionFacts } from './decision/decision.service';
import {
  ChatbotAgentEntity,
  ChatbotChannelEntity,
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
  ChatbotScenarioEntity,
} from './chatbot/chatbot-resource.entity';
import { ChatbotCompanyEntity, ChatbotInvitationEntity, withNames } from './chatbot/company.entity';
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
  const accountAccessFacts = new DataLoader<string, AccessFacts>((keys) =>
    readAccessFactsFor(
      db,
      keys.map((k) => {
        const [accountId = '', organizationId = '', ...rest] = k.split('|');
        return { accountId, organizationId, product: rest.join('|') };
      }),
    ),
  );
  const roleHolders = new DataLoader<string, RoleHolder[]>((ids) => roleHoldersOf(db, ids));
  const customRoleById = rowLoader(
    (ids) => repo(ProductCustomRoleEntity).findBy({ id: In(ids) }),
    (r) => r.id,
  );
  const decisionFacts: ProductDecisionFacts = {
    facts: (accountId, organizationId, product) => accountAccessFacts.load(`${accountId}|${organizationId}|${product}`),
    customRole: (id) => (isUuid(id) ? customRoleById.load(id) : Promise.resolve(null)),
    holders: (id) => roleHolders.load(id),
  };
  return {
    productByKey: new DataLoader<string, ProductEntity | null>(async (keys) => {
      const rows = await repo(ProductEntity).findBy({ key: In([...keys]) });
      return keys.map((k) => rows.find((r) => r.key === k) ?? null);
    }),
    enabledProductsByOrganizationId: groupLoader(
      (ids) =>
        repo(OrganizationProductEntity).find({
          where: { organizationId: In(ids), disabledAt: IsNull() },
          order: { product: 'ASC' },
        }),
      (r) => r.organizationId,
    ),
    productUsersByOrgProduct: byOrgProduct(db, ProductUserEntity),
    /** An account's product roles in enabled products: the access picture (a disabled product grants nothing). */
    productUsersByAccountId: groupLoader(
      (ids) =>
        repo(ProductUserEntity)
          .createQueryBuilder('u')
          .innerJoin(
            OrganizationProductEntity,
            'p',
            'p.organizationId = u.organizationId AND p.product = u.product AND p.disabledAt IS NULL',
          )
          .where('u.accountId IN (:...ids)', { ids })
          .orderBy('u.product', 'ASC')
          .getMany(),
      (r) => r.accountId,
    ),
    customRolesByOrgProduct: byOrgProduct(db, ProductCustomRoleEntity),
    customRoleById,
    /**
     * The caller's facts per (organization, product): what every product-roles policy decides from, read by the
     * same function the access kernel re-reads them with inside a transaction.
     */
    /** Any account's facts, by `account|organization|product` (the targets a `viewerCan…` page decides on). */
    accountAccessFacts,
    /** Holders of custom roles by role id, one statement per batch. */
    roleHolders,
    /** product roles' answers by decision key, by the mutations' own decide functions. */
    productDecision: decisionLoader('product-roles', currentViewer, (viewer, key, q) =>
      answerProductQuestion(viewer, decisionFacts, key, q),
    ),
    accessFacts: new DataLoader<string, AccessFacts | null>(async (keys) => {
      const viewer = currentViewer();
      if (!viewer) return keys.map(() => null);
      const pairs = keys.map((k) => {
        const [organizationId = '', ...rest] = k.split('|');
        return { organizationId, product: rest.join('|') };
      });
      return readAccessFacts(db, viewer.accountId, pairs);
    }),
    companyByOrganizationId: rowLoader(
      // The name is the organization's (issue 13): one more statement per batch, through the accounts contract.
      async (ids) => withNames(db, await repo(ChatbotCompanyEntity).findBy({ organizationId: In(ids) })),
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
    // By id for `node(id:)` (issue 13).
    invitationById: rowLoader(
      (ids) => repo(ChatbotInvitationEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    channelById: rowLoader(
      (ids) => repo(ChatbotChannelEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    intentById: rowLoader(
      (ids) => repo(ChatbotIntentEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    externalRequestById: rowLoader(
      (ids) => repo(ChatbotExternalRequestEntity).findBy({ id: In(ids) }),
      (r) => r.id,
    ),
    companyListingsByAccountId: groupLoader<CompanyListing>(
      (ids) => companies.listFor(ids),
      (r) => r.accountId,
    ),
  };
}

export type ProductRolesLoaders = ReturnType<typeof createProductRolesLoaders>;
