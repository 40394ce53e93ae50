import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationTypeNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode, graphQLError, type CommonErrorCode } from '../errors';

// pagination.ts's DEFAULT_PAGE_SIZE, repeated rather than imported: that module declares type-graphql types, which
// the gateway process does not load.
const DEFAULT_PAGE_SIZE = 20;

/** Operation limits, enforced as validation rules before anything executes. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  /** Estimated fields resolved: a list multiplies its children by its `first` argument; an unpaginated list (an organization-scoped collection) by `defaultListSize`. */
  maxCost: number;
  defaultListSize: number;
  /** Directives per operation (graphql-armor). */
  maxDirectives?: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxCost: 50_000,
  defaultListSize: 5,
};

/** Root fields of introspection; their subtrees are not counted as data (see `measure`). */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

function limitError(code: CommonErrorCode, message: string, limit: number, actual: number): GraphQLError {
  return graphQLError(code, message, { limit, actual });
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** What the walk needs from a validation context or a resolved request: the schema, fragments and variables. */
interface Walk {
  schema: GraphQLSchema;
  fragment(name: string): FragmentDefinitionNode | null | undefined;
  /** A `first: $var` page size as the request gives it; undefined when unknown (validation sees no values). */
  pageSize(variable: string): number | undefined;
  /** How many items a list variable holds (a batch of `requests`); undefined when unknown. */
  listLength?(variable: string): number | undefined;
}

/** A batch argument's largest admitted length (decisions' `requests`, X-2): what an unknown batch is priced at. */
const MAX_BATCH = 100;

/** Walks every operation once with fragments inlined (each fragment at most once per path: cycles are invalid anyway). */
function measure(
  ctx: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  depth: number,
  multiplier: number,
  limits: OperationLimits,
  visiting: Set<string>,
  totals: { depth: number; cost: number; aliases: number },
  /** The parent took a page size (`first`) for a connection: its `edges` list is that page, not another multiplier. */
  paged = false,
): void {
  totals.depth = Math.max(totals.depth, depth);
  for (const sel of set.selections) {
    if (totals.cost > limits.maxCost || totals.depth > limits.maxDepth) return; // already over: stop walking
    if (sel.kind === Kind.FIELD) {
      // Introspection is schema metadata, not data: the standard introspection query alone is 13 levels deep.
      // graphql-js's own MaxIntrospectionDepthRule (in specifiedRules) bounds its cycles instead.
      if (INTROSPECTION_FIELDS.has(sel.name.value)) continue;
      if (sel.alias) totals.aliases += 1;
      const def =
        parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
      let childMultiplier = multiplier;
      let childPaged = false;
      const first = sel.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
      if (first) {
        // Priced from its actual value, variables included; what the walk cannot know counts as the largest page
        // (the page-size validation caps it at 100).
        const size =
          first.value.kind === Kind.INT
            ? Number(first.value.value)
            : first.value.kind === Kind.VARIABLE
              ? ctx.pageSize(first.value.name.value)
              : undefined;
        childMultiplier = multiplier * (size !== undefined && Number.isInteger(size) ? Math.max(1, size) : 100);
        childPaged = !(def && isList(def.type));
      } else if (def && isList(def.type) && sel.arguments?.some((a) => a.name.value === 'requests')) {
        // A batch answers one item per request (X-2 decisions): priced by how many it asks, at most MAX_BATCH.
        const requests = sel.arguments.find((a) => a.name.value === 'requests')!.value;
        const n =
          requests.kind === Kind.LIST
            ? requests.values.length
            : requests.kind === Kind.VARIABLE
              ? ctx.listLength?.(requests.name.value)
              : undefined;
        childMultiplier = multiplier * Math.max(1, Math.min(n ?? MAX_BATCH, MAX_BATCH));
      } else if (def && isList(def.type) && !paged) {
        childMultiplier = multiplier * limits.defaultListSize;
      }
      totals.cost += multiplier;
      if (sel.selectionSet) {
        measure(
          ctx,
          sel.selectionSet,
          def ? getNamedType(def.type) : undefined,
          depth + 1,
          childMultiplier,
          limits,
          visiting,
          totals,
          childPaged,
        );
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? (ctx.schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
      measure(ctx, sel.selectionSet, type, depth, multiplier, limits, visiting, totals, paged);
    } else {
      const name = sel.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = ctx.fragment(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      const type = ctx.schema.getType(fragment.typeCondition.name.value) ?? parent;
      measure(ctx, fragment.selectionSet, type, depth, multiplier, limits, visiting, totals, paged);
      visiting.delete(name);
    }
  }
}

/** Validation rules refusing operations over the limits, with a clear message and the limit in `extensions`. */
export function operationLimitRules(
  limits: OperationLimits = DEFAULT_LIMITS,
): Array<(ctx: ValidationContext) => ASTVisitor> {
  return [
    (ctx) => ({
      OperationDefinition(node) {
        const root =
          node.operation === OperationTypeNode.MUTATION
            ? ctx.getSchema().getMutationType()
            : node.operation === OperationTypeNode.SUBSCRIPTION
              ? ctx.getSchema().getSubscriptionType()
              : ctx.getSchema().getQueryType();
        const rootFields = node.selectionSet.selections.length;
        if (rootFields > limits.maxRootFields) {
          ctx.reportError(
            limitError(
              ErrorCode.TOO_MANY_ROOT_FIELDS,
              `The operation has ${rootFields} root fields; the limit is ${limits.maxRootFields}`,
              limits.maxRootFields,
              rootFields,
            ),
          );
          return;
        }
        // Cost is not checked here: validation sees no variable values, so `first: $n` could only be guessed.
        // costOf() prices it from the request (costLimitPlugin), after validation and before execution.
        const totals = { depth: 0, cost: 0, aliases: 0 };
        const walk: Walk = { schema: ctx.getSchema(), fragment: (n) => ctx.getFragment(n), pageSize: () => 1 };
        measure(walk, node.selectionSet, root ?? undefined, 1, 1, { ...limits, maxCost: Infinity }, new Set(), totals);
        if (totals.depth > limits.maxDepth) {
          ctx.reportError(
            limitError(
              ErrorCode.QUERY_TOO_DEEP,
              `The operation is nested more than ${limits.maxDepth} levels deep`,
              limits.maxDepth,
              totals.depth,
            ),
          );
        } else if (totals.aliases > limits.maxAliases) {
          ctx.reportError(
            limitError(
              ErrorCode.TOO_MANY_ALIASES,
              `The operation uses ${totals.aliases} aliases; the limit is ${limits.maxAliases}`,
              limits.maxAliases,
              totals.aliases,
            ),
          );
        }
      },
    }),
    // graphql-armor where it does the job: directives per operation (we had no limit at all). Depth, aliases and
    // cost stay ours: armor's cost rule cannot see variable values, and our depth rule allows subgraphs two
    // levels for `_entities` and (h/gateway) skips introspection.
    ...new ApolloArmor({
      maxDirectives: { n: limits.maxDirectives ?? 50 },
      maxDepth: { enabled: false },
      maxAliases: { enabled: false },
      costLimit: { enabled: false },
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: false },
    }).protect().validationRules,
  ];
}

/**
 * The estimated fields an operation resolves, with `first` priced from its actual value (literal, variable, or the
 * variable's default). Engine-neutral: costLimitPlugin calls it for Apollo; any gateway engine can call it too.
 */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  limits: OperationLimits = DEFAULT_LIMITS,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, unknown>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
  const walk: Walk = {
    schema,
    fragment: (n) => fragments.get(n),
    pageSize: (name) => {
      const value = name in variables ? variables[name] : defaults.get(name);
      // An unset `first` falls back to the field's default page size.
      if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
      return typeof value === 'number' ? value : undefined;
    },
    listLength: (name) => (Array.isArray(variables[name]) ? variables[name].length : undefined),
  };
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const totals = { depth: 0, cost: 0, aliases: 0 };
  measure(walk, operation.selectionSet, root ?? undefined, 1, 1, { ...limits, maxDepth: Infinity }, new Set(), totals);
  return totals.cost;
}

/**
 * The refusal of an operation whose cost (costOf, with the request's variables) is over the limit, or null. One
 * rule for both gateway engines and every subgraph: the Apollo plugin below and the Hive engine's execute hook.
 */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: OperationLimits,
): GraphQLError | null {
  const cost = costOf(schema, document, operation, variables, limits);
  if (cost <= limits.maxCost) return null;
  const error = limitError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `The operation could resolve more than ${limits.maxCost} fields; ask for smaller pages`,
    limits.maxCost,
    cost,
  );
  Object.assign(error.extensions, { http: { status: 400 } });
  return error;
}

/** Refuses an operation over the cost limit: HTTP 400, before it runs. */
export function costLimitPlugin<Ctx extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<Ctx> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) return Promise.resolve();
          const error = costRefusal(schema, document, operation, request.variables ?? {}, limits);
          return error ? Promise.reject(error) : Promise.resolve();
        },
      }),
  };
}
