import { DECISION_ID_NAMES } from '../common/access/decision.type';
import { DECISION_TYPE_NAMES } from '../common/access/capability';
import { ProductCustomRoleCapabilityResolver } from './product-user/product-custom-role-capability.resolver';
import { ProductUserCapabilityResolver } from './product-user/product-user-capability.resolver';
import { ProductDecisionTypes } from './decision/decision.resolver';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { createOrganizationAccessLoaders } from '../common/organization-access';
import { KEEP_RAW } from '../common/federation/node';
import type { SubgraphModule } from '../common/subgraph';
import { ChatbotContentService } from './chatbot/chatbot-content.service';
import {
  ChatbotAgentEntity,
  ChatbotChannelEntity,
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
  ChatbotScenarioEntity,
} from './chatbot/chatbot-resource.entity';
import { ChatbotCompanyEntity, ChatbotInvitationEntity, OutboxEntity } from './chatbot/company.entity';
import { CompanyService } from './chatbot/company.service';
import { ProductRolesInitial1732400000000 } from './migrations/1732400000000-product-roles-initial';
import { ProductRolesPublishedAccess1732400000001 } from './migrations/1732400000001-product-roles-published-access';
import { ProductRolesRemovalRespectsCompanyRanks1732400000012 } from './migrations/1732400000012-product-roles-removal-respects-company-ranks';
import { ProductRolesAuditLog1732400000019 } from './migrations/1732400000019-product-roles-audit-log';
import { LivechatPermissionsThatGate1732400000021 } from './migrations/1732400000021-livechat-permissions-that-gate';
import { ProductRolesIntegrity1732400000010 } from './migrations/1732400000010-product-roles-integrity';
import { ProductRolesOwnershipRace1732400000011 } from './migrations/1732400000011-product-roles-ownership-race';
import { ProductRolesCompanyNameIsOrganizationName1732400000040 } from './migrations/1732400000040-product-roles-company-name-is-organization-name';
import { ProductRolesAccountDeleted1732400000060 } from './migrations/1732400000060-product-roles-account-deleted';
import { OrganizationProductEntity, ProductEntity } from './product/product.entity';
import { ProductService } from './product/product.service';
import { AccountRef } from './account/account.ref';
import { MembershipRef } from './membership/membership.ref';
import { OrganizationRef } from './organization/organization.ref';
import type { ProductRolesContext } from './product-roles.context';
import { createProductRolesLoaders } from './product-roles.loaders';
import { productRolesNodes } from './product-roles.nodes';
import { productRolesPolicies } from './product-roles.policy';
import { ProductCustomRoleEntity, ProductUserEntity } from './product-user/product-user.entity';
import { ProductUserService } from './product-user/product-user.service';
import { seedProductRolesDemo } from './seed/demo';
import { AccountResolver } from './account/account.resolver';
import { ChatbotAgentResolver } from './chatbot/chatbot-agent.resolver';
import { ChatbotExternalRequestResolver } from './chatbot/chatbot-external-request.resolver';
import { ChatbotIntentResolver } from './chatbot/chatbot-intent.resolver';
import { ChatbotProjectResolver } from './chatbot/chatbot-project.resolver';
import { CompanyResolver } from './chatbot/company.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { ProductUserResolver } from './product-user/product-user.resolver';
import { EnabledProductResolver } from './product/enabled-product.resolver';
import { ProductResolver } from './product/product.resolver';

type Ref = { id: string };

/**
 * The product-roles subgraph: products per organization, secondary and custom product roles, chatbot company
 * roles with the CB-2 matrix and invitations, legacy LiveChat roles (GA-8…GA-10, CB-1…CB-5, LC-1…LC-3).
 */
export const productRolesSubgraph: SubgraphModule<ProductRolesContext> = {
  name: 'product-roles',
  dbSchema: 'product_roles',
  entities: [
    ProductEntity,
    OrganizationProductEntity,
    ProductUserEntity,
    ProductCustomRoleEntity,
    ChatbotCompanyEntity,
    ChatbotInvitationEntity,
    OutboxEntity,
    ChatbotProjectEntity,
    ChatbotAgentEntity,
    ChatbotChannelEntity,
    ChatbotScenarioEntity,
    ChatbotIntentEntity,
    ChatbotExternalRequestEntity,
    AuditEventEntity,
  ],
  migrations: [
    ProductRolesInitial1732400000000,
    ProductRolesPublishedAccess1732400000001,
    ProductRolesIntegrity1732400000010,
    ProductRolesOwnershipRace1732400000011,
    ProductRolesRemovalRespectsCompanyRanks1732400000012,
    ProductRolesAuditLog1732400000019,
    LivechatPermissionsThatGate1732400000021,
    ProductRolesCompanyNameIsOrganizationName1732400000040,
    ProductRolesAccountDeleted1732400000060,
  ],
  definition: {
    name: 'product-roles',
    resolvers: [
      ProductResolver,
      EnabledProductResolver,
      OrganizationResolver,
      ProductUserResolver,
      MembershipResolver,
      AccountResolver,
      CompanyResolver,
      ChatbotProjectResolver,
      ChatbotAgentResolver,
      ChatbotIntentResolver,
      ChatbotExternalRequestResolver,
      ProductUserCapabilityResolver,
      ProductCustomRoleCapabilityResolver,
    ],
    // Entities of accounts this subgraph only adds fields to: no field returns them, so type-graphql would drop them.
    orphanedTypes: [AccountRef, OrganizationRef, MembershipRef, ProductDecisionTypes.DomainDecision],
    policies: productRolesPolicies,
    nodes: productRolesNodes,
    // Product.key is the catalogue key (`product: String` arguments take it), not a Node id.
    idNames: {
      ...DECISION_ID_NAMES,
      role: 'ProductCustomRole',
      productRole: 'ProductCustomRole',
      'Product.key': KEEP_RAW,
    },
    // Entities of accounts: this subgraph needs only the key; its fields load what they need per request.
    referenceResolvers: {
      [DECISION_TYPE_NAMES['product-roles']]: {
        __resolveReference: (ref: { key: string }, ctx: ProductRolesContext) =>
          ctx.loaders.productDecision.load(ref.key),
      },
      Account: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
      Organization: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
      Membership: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
    },
  },
  createContextFactory({ db }) {
    const services = {
      products: new ProductService(db),
      productUsers: new ProductUserService(db),
      companies: new CompanyService(db),
      chatbot: new ChatbotContentService(db),
    };
    return (viewer, req) => {
      const ctx = { viewer, requestId: req.requestId, services } as ProductRolesContext;
      ctx.loaders = createProductRolesLoaders(db, () => ctx.viewer, services.companies);
      ctx.orgAccess = createOrganizationAccessLoaders(db, () => ctx.viewer);
      return ctx;
    };
  },
  seedDemo: seedProductRolesDemo,
};
