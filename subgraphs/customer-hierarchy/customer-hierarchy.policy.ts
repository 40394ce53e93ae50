import { DECISION_ANSWER, decisionAnswerPolicy } from '../common/access/decision.type';
import { authenticated, stringProp, type Policy, type PolicyInput, type PolicyTable } from '../common/access/policy';
import { requireId } from '../common/validation';
import { conduitTarget, customerTarget, serverTarget } from './access/access-facts';
import {
  PORTAL_ACTIONS,
  PortalRole,
  hasPortalAccess,
  portalPermission,
  type PortalAction,
} from './access/portal.matrix';
import {
  assignmentReadDecision,
  conduitManageDecision,
  decide,
  manageDecision,
  reaches,
  rootDecision,
  scopeOfAssignment,
  type AssignmentFacts,
  type AssignmentScope,
  type Target,
} from './access/reach';
import { associationAction, associationKind, AssociationKind } from './association/association.kind';
import type { CustomerHierarchyContext } from './customer-hierarchy.context';

type Ctx = CustomerHierarchyContext;
type Input = PolicyInput<Ctx>;

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/** The target of a customer, conduit or server id; null when it names nothing that exists. */
const targetOf = {
  customer: async (ctx: Ctx, id: string): Promise<Target | null> => {
    const c = await ctx.loaders.customerById.load(id);
    return c ? customerTarget(c) : null;
  },
  conduit: async (ctx: Ctx, id: string): Promise<Target | null> => {
    const c = await ctx.loaders.conduitById.load(id);
    return c ? conduitTarget(c) : null;
  },
  server: async (ctx: Ctx, id: string): Promise<Target | null> =>
    (await ctx.loaders.serverById.load(id)) ? serverTarget({ id }) : null,
};

/**
 * What a field is about, by one convention: root fields from their arguments (`customerId`, `input.customerId`,
 * `conduitId`, `input.conduitId`, `serverId`, `input.serverId`, or `id` for a root field returning that type);
 * object fields from their parent (a Customer, SalesConduit or Server itself, otherwise its `customerId`).
 * `[]`: the field names nothing (the role alone decides; lists then show only what is reached). `null`: it names
 * something that does not exist (denied).
 */
async function targetsOf(input: Input): Promise<Target[] | null> {
  const { args, source, info, ctx } = input;
  const parent = info.parentType.name;
  const named = async (
    kind: keyof typeof targetOf,
    id: string | undefined,
    field: string,
  ): Promise<Target[] | null | undefined> => {
    if (id === undefined) return undefined;
    const t = await targetOf[kind](ctx, requireId(field, id));
    return t ? [t] : null;
  };
  if (ROOT_TYPES.has(parent)) {
    const returns = info.returnType.toString().replace(/[[\]!]/g, '');
    const id = stringProp(args, 'id');
    return (
      (await named(
        'customer',
        stringProp(args, 'customerId') ??
          stringProp(args.input, 'customerId') ??
          (returns === 'Customer' ? id : undefined),
        'customerId',
      )) ??
      (await named(
        'conduit',
        stringProp(args, 'conduitId') ??
          stringProp(args.input, 'conduitId') ??
          (returns === 'SalesConduit' ? id : undefined),
        'conduitId',
      )) ??
      (await named(
        'server',
        stringProp(args, 'serverId') ?? stringProp(args.input, 'serverId') ?? (returns === 'Server' ? id : undefined),
        'serverId',
      )) ??
      []
    );
  }
  if (parent === 'Customer') return [customerTarget(source as { id: string; conduitId: string; serverId: string })];
  if (parent === 'SalesConduit') return [conduitTarget(source as { id: string; serverId: string })];
  if (parent === 'Server') return [serverTarget(source as { id: string })];
  if (parent === 'Organization') {
    const customer = await ctx.loaders.customerByOrganizationId.load(stringProp(source, 'id') ?? '');
    return customer ? [customerTarget(customer)] : null;
  }
  const customerId = stringProp(source, 'customerId');
  if (!customerId) return null;
  const t = await targetOf.customer(ctx, customerId);
  return t ? [t] : null;
}

/** One matrix cell (ES-3) within the caller's reach (ES-2). */
const cell =
  (action: PortalAction): Policy<Ctx> =>
  async (input) => {
    if (!input.ctx.viewer) return false;
    const targets = await targetsOf(input);
    if (targets === null) return false;
    return decide(await input.ctx.loaders.viewerAssignments(), action, targets).allowed;
  };

/** Any role with portal access (not the contacts) that reaches what the field is about: reading the hierarchy. */
const hierarchyRead: Policy<Ctx> = async (input) => {
  if (!input.ctx.viewer) return false;
  const targets = await targetsOf(input);
  if (targets === null || targets.length === 0) return false;
  const mine = await input.ctx.loaders.viewerAssignments();
  return mine.some((a) => hasPortalAccess(a.role) && targets.every((t) => reaches(a, t)));
};

const isRoot = (mine: AssignmentFacts[]) => mine.some((a) => a.role === PortalRole.ROOT);

/** A conduit is created by ROOT, or by SUPPORT of its server (the service re-checks the same decision). */
const manageConduits: Policy<Ctx> = async (input) => {
  if (!input.ctx.viewer) return false;
  const targets = await targetsOf(input);
  if (!targets || targets.length !== 1) return false;
  return conduitManageDecision(await input.ctx.loaders.viewerAssignments(), targets[0]!).allowed;
};

/** The scopes a role-management operation touches: the assignment (existing or new) and, for customer assignment, the customer. */
async function manageScopes(input: Input): Promise<AssignmentScope[] | null> {
  const { ctx } = input;
  const i = (input.args.input ?? {}) as Record<string, unknown>;
  const assignmentId = stringProp(i, 'assignmentId');
  if (assignmentId !== undefined) {
    const a = await ctx.loaders.assignmentById.load(requireId('assignmentId', assignmentId));
    if (!a) return null;
    const scopes = [scopeOfAssignment(a)];
    const customerId = stringProp(i, 'customerId');
    if (customerId !== undefined) {
      const t = await targetOf.customer(ctx, requireId('customerId', customerId));
      if (!t) return null;
      scopes.push({ role: a.role, target: t });
    }
    return scopes;
  }
  const role = stringProp(i, 'role') as PortalRole | undefined;
  if (!role) return null;
  const customerId = stringProp(i, 'customerId');
  const conduitId = stringProp(i, 'conduitId');
  const serverId = stringProp(i, 'serverId');
  const target =
    customerId !== undefined
      ? await targetOf.customer(ctx, requireId('customerId', customerId))
      : conduitId !== undefined
        ? await targetOf.conduit(ctx, requireId('conduitId', conduitId))
        : serverId !== undefined
          ? await targetOf.server(ctx, requireId('serverId', serverId))
          : null;
  return [{ role, target }];
}

/** ES-2: the caller manages the portal role in its scope (only ROOT manages SUPPORT; others strictly lower roles within reach). */
const manageRoles: Policy<Ctx> = async (input) => {
  if (!input.ctx.viewer) return false;
  const scopes = await manageScopes(input);
  if (!scopes) return false;
  const mine = await input.ctx.loaders.viewerAssignments();
  return scopes.every((s) => manageDecision(mine, s).allowed);
};

/** An assignment is read by its own account, by roots, and by those whose View cell covers its scope (reach.ts). */
const assignmentRead: Policy<Ctx> = async ({ ctx, source }) => {
  if (!ctx.viewer) return false;
  return assignmentReadDecision(await ctx.loaders.viewerAssignments(), ctx.viewer.accountId, source as AssignmentFacts)
    .allowed;
};

/** The departments of an association request, with where each lives (null when either is unknown). */
async function associationEnds(ctx: Ctx, ids: string[]) {
  const departments = await Promise.all(ids.map((id) => ctx.loaders.departmentById.load(id)));
  if (departments.some((d) => !d)) return null;
  const customers = await Promise.all(departments.map((d) => ctx.loaders.customerById.load(d!.customerId)));
  if (customers.some((c) => !c)) return null;
  return customers.map((c) => customerTarget(c!));
}

function kindOf(ends: Target[]): AssociationKind {
  const [a, b] = ends as [Target, Target];
  try {
    return associationKind(
      { customerId: a.customerId!, conduitId: a.conduitId!, serverId: a.serverId },
      { customerId: b.customerId!, conduitId: b.conduitId!, serverId: b.serverId },
    );
  } catch {
    // Across servers there is no kind; the strictest cell decides who hears CROSS_SERVER_ASSOCIATION from the service.
    return AssociationKind.INTER_CONDUIT;
  }
}

/** ES-5 + ES-3: creating an association needs its kind's Create cell over both ends. */
const associationCreate: Policy<Ctx> = async ({ ctx, args }) => {
  if (!ctx.viewer) return false;
  const ids = [stringProp(args.input, 'departmentId'), stringProp(args.input, 'otherDepartmentId')];
  if (ids.some((id) => id === undefined)) return false;
  const ends = await associationEnds(ctx, [
    requireId('departmentId', ids[0]!),
    requireId('otherDepartmentId', ids[1]!),
  ]);
  if (!ends) return false;
  return decide(await ctx.loaders.viewerAssignments(), associationAction('create', kindOf(ends)), ends, 'all').allowed;
};

/** Deleting needs its kind's Delete cell over either end (a conduit admin may cut a link that leaves its conduit). */
const associationDelete: Policy<Ctx> = async ({ ctx, args }) => {
  if (!ctx.viewer) return false;
  const id = stringProp(args.input, 'associationId');
  if (id === undefined) return false;
  const assoc = await ctx.loaders.associationById.load(requireId('associationId', id));
  if (!assoc) return false;
  const ends = await associationEnds(ctx, [assoc.departmentAId, assoc.departmentBId]);
  if (!ends) return false;
  return decide(await ctx.loaders.viewerAssignments(), associationAction('delete', assoc.kind), ends, 'any').allowed;
};

/**
 * Reading an association: intra-customer ones by the View cell; the seed has no cell for inter-customer ones, and
 * they reveal another customer, so they follow "View Customers" for either end.
 */
const associationRead: Policy<Ctx> = async ({ ctx, source }) => {
  if (!ctx.viewer) return false;
  const assoc = source as { kind: AssociationKind; departmentAId: string; departmentBId: string };
  const ends = await associationEnds(ctx, [assoc.departmentAId, assoc.departmentBId]);
  if (!ends) return false;
  const action: PortalAction =
    assoc.kind === AssociationKind.INTRA_CUSTOMER ? 'view:association_intra' : 'view:customers';
  return decide(await ctx.loaders.viewerAssignments(), action, ends, 'any').allowed;
};

/** a decision about an account is asked by the account itself, or by whoever sees portal users in that scope. */
const decisionRead: Policy<Ctx> = async (input) => {
  const { ctx, args } = input;
  if (!ctx.viewer) return false;
  const accountId = stringProp(args.input, 'accountId');
  if (accountId !== undefined && accountId.toLowerCase() === ctx.viewer.accountId) return true;
  const targets = await targetsOf(input);
  if (targets === null) return false;
  const mine = await ctx.loaders.viewerAssignments();
  if (targets.length === 0) return isRoot(mine);
  const t = targets[0]!;
  const action: PortalAction = t.customerId
    ? 'view:portal_users_customer'
    : t.conduitId
      ? 'view:portal_users_conduit'
      : 'view:portal_users';
  return decide(mine, action, targets).allowed;
};

/** Audit events of a customer's organization follow "View Customers". */

/** Every ES-3 cell as a permission `portal:<matrix>:<row>`. */
const matrixPolicies: Record<string, Policy<Ctx>> = Object.fromEntries(
  PORTAL_ACTIONS.map((action) => [portalPermission(action), cell(action)]),
);

/** The customer-hierarchy subgraph's permission table: every `@requiresPermission` name it uses. */
export const customerHierarchyPolicies: PolicyTable<Ctx> = {
  authenticated,
  [DECISION_ANSWER]: decisionAnswerPolicy,
  ...matrixPolicies,
  'portal:root': async ({ ctx }) => ctx.viewer !== null && rootDecision(await ctx.loaders.viewerAssignments()).allowed,
  'portal:self': ({ ctx, source }) => ctx.viewer !== null && stringProp(source, 'id') === ctx.viewer.accountId,
  'portal:hierarchy:read': hierarchyRead,
  'portal:conduits:manage': manageConduits,
  'portal:roles:manage': manageRoles,
  'portal:assignment:read': assignmentRead,
  'portal:association:create': associationCreate,
  'portal:association:delete': associationDelete,
  'portal:association:read': associationRead,
  'portal:decision': decisionRead,
};
