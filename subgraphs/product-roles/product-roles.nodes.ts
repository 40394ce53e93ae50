import type { NodeSpec } from '../common/federation/node';
import { compositeRawId, splitCompositeRawId } from '../common/federation/global-id';
import { isUuid, memberOf } from '../common/loaders';
import type { ProductRolesContext } from './product-roles.context';
import { orgProductKey } from './product-roles.loaders';

type Source = Record<string, unknown>;
const str = (s: Source, key: string) => String(s[key]);

/** `parts` of a composite raw id whose first `uuids` parts are uuids, or null (then the node is unknown). */
function parts(raw: string, count: number, uuids: number[]): string[] | null {
  const p = splitCompositeRawId(raw, count);
  return p && uuids.every((i) => isUuid(p[i])) ? p : null;
}

/**
 * The Node types product-roles owns (issue 13) and how each loads by raw id. Types identified by several values
 * carry a composite raw id: a product user is organization + product + account.
 */
export const productRolesNodes: Record<string, NodeSpec<ProductRolesContext>> = {
  Product: {
    load: (ctx) => ctx.loaders.productByKey,
    rawId: (s) => str(s, 'key'),
    uuid: false,
  },
  EnabledProduct: {
    load: (ctx) => ({
      load: (raw) => {
        const p = parts(raw, 2, [0]);
        return memberOf(ctx.loaders.enabledProductsByOrganizationId, p && p[0]!, (r) => r.product === p![1]);
      },
    }),
    rawId: (s) => compositeRawId([str(s, 'organizationId'), str(s, 'product')]),
    uuid: false,
  },
  ProductUser: {
    load: (ctx) => ({
      load: (raw) => {
        const p = parts(raw, 3, [0, 2]);
        return memberOf(
          ctx.loaders.productUsersByOrgProduct,
          p && orgProductKey(p[0]!, p[1]!),
          (r) => r.accountId === p![2],
        );
      },
    }),
    rawId: (s) => compositeRawId([str(s, 'organizationId'), str(s, 'product'), str(s, 'accountId')]),
    uuid: false,
  },
  CompanyListing: {
    load: (ctx) => ({
      load: (raw) => {
        const p = parts(raw, 2, [0, 1]);
        return memberOf(ctx.loaders.companyListingsByAccountId, p && p[0]!, (r) => r.organizationId === p![1]);
      },
    }),
    rawId: (s) => compositeRawId([str(s, 'accountId'), str(s, 'organizationId')]),
    uuid: false,
  },
  ChatbotCompany: { load: (ctx) => ctx.loaders.companyByOrganizationId, rawId: (s) => str(s, 'organizationId') },
  ProductCustomRole: { load: (ctx) => ctx.loaders.customRoleById },
  CompanyInvitation: { load: (ctx) => ctx.loaders.invitationById },
  ChatbotProject: { load: (ctx) => ctx.loaders.projectById },
  ChatbotAgent: { load: (ctx) => ctx.loaders.agentById },
  ChatbotChannel: { load: (ctx) => ctx.loaders.channelById },
  ChatbotIntent: { load: (ctx) => ctx.loaders.intentById },
  ChatbotExternalRequest: { load: (ctx) => ctx.loaders.externalRequestById },
};
