import { DECISION_ANSWER, decisionAnswerPolicy } from '../common/access/decision.type';
import {
  authenticated,
  memoDecision,
  organizationIdOf,
  stringProp,
  type Policy,
  type PolicyInput,
  type PolicyTable,
} from '../common/access/policy';
import { organizationPermission, roleGrants } from '../common/organization-access';
import type { AccessFacts } from './access/product-access.facts';
import {
  decideChatbotCell,
  decideProductManage,
  decideProductRead,
  decideProductSwitch,
  type ManagePermission,
  type ProductDecision,
} from './access/product-access.rules';
import { CHATBOT_MATRIX, CHATBOT_RESOURCES, chatbotPermission, type Operation } from './chatbot/chatbot.matrix';
import type { ProductRolesContext } from './product-roles.context';
import { orgProductKey } from './product-roles.loaders';

type Input = PolicyInput<ProductRolesContext>;

/** The product a product-scoped field is about: its `product` argument, `input.product`, or the parent's. */
function productOf({ args, source }: Input): string | undefined {
  return stringProp(args, 'product') ?? stringProp(args.input, 'product') ?? stringProp(source, 'product');
}

/**
 * A product-roles policy: the caller's facts in the field's (organization, product), read through the per-request
 * loader, given to the same pure decision the services re-check inside `runAccessChange` (STYLE 5: one rule).
 */
const fromFacts =
  (name: string, product: (input: Input) => string | undefined, decide: (f: AccessFacts) => ProductDecision) =>
  (input: Input): boolean | Promise<boolean> => {
    const organizationId = organizationIdOf(input);
    const key = product(input);
    const viewer = input.ctx.viewer;
    if (!viewer || !organizationId || !key) return false;
    return memoDecision(input.ctx, `${name}|${organizationId}|${key}|${viewer.accountId}`, () =>
      input.ctx.loaders.accessFacts
        .load(orgProductKey(organizationId, key))
        .then((facts) => (facts ? decide(facts).allowed : false)),
    );
  };

const productManage = (permission: ManagePermission) =>
  fromFacts(`manage:${permission}`, productOf, (f) => decideProductManage(f, permission));

/** Every CB-2 cell as a permission `chatbot:<resource>:<create|read|update|delete|action>`. */
const chatbotPolicies: Record<string, Policy<ProductRolesContext>> = Object.fromEntries(
  CHATBOT_RESOURCES.flatMap((resource) => {
    const ops = new Set(Object.values(CHATBOT_MATRIX[resource]).join('').split('') as Operation[]);
    return [...ops].map((op) => [
      chatbotPermission(resource, op),
      fromFacts(
        chatbotPermission(resource, op),
        () => 'chatbot',
        (f) => decideChatbotCell(f, resource, op),
      ),
    ]);
  }),
);

const productRead = fromFacts('read', productOf, decideProductRead);

/** The product-roles subgraph's permission table. */
export const productRolesPolicies: PolicyTable<ProductRolesContext> = {
  authenticated,
  [DECISION_ANSWER]: decisionAnswerPolicy,
  /** The account is the caller (for Account fields the parent's id, for listings the parent's accountId). */
  'account:self': ({ ctx, source, info }) =>
    ctx.viewer !== null &&
    (info.parentType.name === 'Account' ? stringProp(source, 'id') : stringProp(source, 'accountId')) ===
      ctx.viewer.accountId,
  'organization:read': organizationPermission<ProductRolesContext>('organization:read'),
  'organization:administer': organizationPermission<ProductRolesContext>('organization:administer'),
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
  /**
   * A product user row is readable by its own account, and (product enabled) by the organization's owners and
   * administrators and the product's active users.
   */
  'product:users:read': async (input) =>
    (input.ctx.viewer !== null && stringProp(input.source, 'accountId') === input.ctx.viewer.accountId) ||
    productRead(input),
  'product:users:manage': productManage('users.manage'),
  'product:roles:read': productRead,
  'product:roles:manage': productManage('roles.manage'),
  /** Enabling and disabling a product (GA-6; chatbot with a company: its OWNER, CB-2). */
  'product:switch': fromFacts('switch', productOf, decideProductSwitch),
  ...chatbotPolicies,
};
