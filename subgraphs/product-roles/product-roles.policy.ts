import {
  authenticated,
  organizationIdOf,
  stringProp,
  type Policy,
  type PolicyInput,
  type PolicyTable,
} from '../common/access/policy';
import { organizationPermission, roleGrants } from '../common/organization-access';
import {
  CHATBOT_MATRIX,
  CHATBOT_RESOURCES,
  chatbotPermission,
  companyRoleAllows,
  type CompanyRole,
  type ChatbotResource,
  type Operation,
} from './chatbot/chatbot.matrix';
import type { ProductRolesContext } from './product-roles.context';
import { orgProductKey } from './product-roles.loaders';
import type { ManagePermission } from './product-user/product-user.service';

type Input = PolicyInput<ProductRolesContext>;

/** The product a product-scoped field is about: its `product` argument, `input.product`, or the parent's. */
function productOf({ args, source }: Input): string | undefined {
  return stringProp(args, 'product') ?? stringProp(args.input, 'product') ?? stringProp(source, 'product');
}

const isOrgAdmin = organizationPermission<ProductRolesContext>('organization:administer');

/** The caller's active row in a product of the organization the field is about (deactivated: none, LC-1). */
async function activeProductUser(input: Input, product: string | undefined) {
  const organizationId = organizationIdOf(input);
  if (!input.ctx.viewer || !organizationId || !product) return null;
  const row = await input.ctx.loaders.viewerProductUser.load(orgProductKey(organizationId, product));
  return row?.active ? row : null;
}

/** Product users and roles are read by the organization's administrators and the product's active users. */
const productRead: Policy<ProductRolesContext> = async (input) =>
  (await isOrgAdmin(input)) || (await activeProductUser(input, productOf(input))) !== null;

/** …and managed by administrators, or active users whose role grants users.manage / roles.manage (LC-1, LC-2). */
const productManage =
  (permission: ManagePermission): Policy<ProductRolesContext> =>
  async (input) => {
    if (await isOrgAdmin(input)) return true;
    const user = await activeProductUser(input, productOf(input));
    if (!user?.customRoleId) return false;
    const role = await input.ctx.loaders.customRoleById.load(user.customRoleId);
    return role?.permissions.includes(permission) ?? false;
  };

/** One CB-2 matrix cell: the caller's active company role allows the operation on the resource. */
const chatbotCell =
  (resource: ChatbotResource, op: Operation): Policy<ProductRolesContext> =>
  async (input) => {
    const user = await activeProductUser(input, 'chatbot');
    return companyRoleAllows(user?.role as CompanyRole | undefined, resource, op);
  };

/** Every CB-2 cell as a permission `chatbot:<resource>:<create|read|update|delete|action>`. */
const chatbotPolicies: Record<string, Policy<ProductRolesContext>> = Object.fromEntries(
  CHATBOT_RESOURCES.flatMap((resource) => {
    const ops = new Set(Object.values(CHATBOT_MATRIX[resource]).join('').split('') as Operation[]);
    return [...ops].map((op) => [chatbotPermission(resource, op), chatbotCell(resource, op)]);
  }),
);

/** The product-roles subgraph's permission table. */
export const productRolesPolicies: PolicyTable<ProductRolesContext> = {
  authenticated,
  /** The account is the caller (for Account fields the parent's id, for listings the parent's accountId). */
  'account:self': ({ ctx, source, info }) =>
    ctx.viewer !== null &&
    (info.parentType.name === 'Account' ? stringProp(source, 'id') : stringProp(source, 'accountId')) ===
      ctx.viewer.accountId,
  'organization:read': organizationPermission<ProductRolesContext>('organization:read'),
  'organization:administer': isOrgAdmin,
  /** A membership (a reference by id) is visible to its own account and to members of its organization. */
  'membership:read': async ({ ctx, source }) => {
    const id = stringProp(source, 'id');
    if (!ctx.viewer || !id) return false;
    const facts = await ctx.orgAccess.membershipById.load(id);
    if (!facts) return false;
    if (facts.accountId === ctx.viewer.accountId) return true;
    const mine = await ctx.orgAccess.viewerMembershipByOrganizationId.load(facts.organizationId);
    return roleGrants(mine?.primaryRole, 'organization:read');
  },
  /** A product user row is readable by its own account, the organization's administrators and the product's users. */
  'product:users:read': async (input) =>
    (input.ctx.viewer !== null && stringProp(input.source, 'accountId') === input.ctx.viewer.accountId) ||
    productRead(input),
  'product:users:manage': productManage('users.manage'),
  'product:roles:read': productRead,
  'product:roles:manage': productManage('roles.manage'),
  ...chatbotPolicies,
};
