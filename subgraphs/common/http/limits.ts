import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Operation limits, enforced as validation rules before anything executes. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  /** Estimated fields resolved: a list multiplies its children by its `first` argument; an unpaginated list (an organization-scoped collection) by `defaultListSize`. */
  maxCost: number;
  defaultListSize: number;
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

function limitError(code: string, message: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, actual } });
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Walks every operation once with fragments inlined (each fragment at most once per path: cycles are invalid anyway). */
function measure(
  ctx: ValidationContext,
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
        // A variable or a default counts as the largest page: the page-size validation caps it at 100.
        childMultiplier = multiplier * (first.value.kind === Kind.INT ? Math.max(1, Number(first.value.value)) : 100);
        childPaged = !(def && isList(def.type));
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
      const type = sel.typeCondition ? (ctx.getSchema().getType(sel.typeCondition.name.value) ?? parent) : parent;
      measure(ctx, sel.selectionSet, type, depth, multiplier, limits, visiting, totals, paged);
    } else {
      const name = sel.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = ctx.getFragment(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      const type = ctx.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
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
          node.operation === 'mutation'
            ? ctx.getSchema().getMutationType()
            : node.operation === 'subscription'
              ? ctx.getSchema().getSubscriptionType()
              : ctx.getSchema().getQueryType();
        const rootFields = node.selectionSet.selections.length;
        if (rootFields > limits.maxRootFields) {
          ctx.reportError(
            limitError(
              'TOO_MANY_ROOT_FIELDS',
              `The operation has ${rootFields} root fields; the limit is ${limits.maxRootFields}`,
              limits.maxRootFields,
              rootFields,
            ),
          );
          return;
        }
        const totals = { depth: 0, cost: 0, aliases: 0 };
        measure(ctx, node.selectionSet, root ?? undefined, 1, 1, limits, new Set(), totals);
        if (totals.depth > limits.maxDepth) {
          ctx.reportError(
            limitError(
              'QUERY_TOO_DEEP',
              `The operation is nested more than ${limits.maxDepth} levels deep`,
              limits.maxDepth,
              totals.depth,
            ),
          );
        } else if (totals.aliases > limits.maxAliases) {
          ctx.reportError(
            limitError(
              'TOO_MANY_ALIASES',
              `The operation uses ${totals.aliases} aliases; the limit is ${limits.maxAliases}`,
              limits.maxAliases,
              totals.aliases,
            ),
          );
        } else if (totals.cost > limits.maxCost) {
          ctx.reportError(
            limitError(
              'QUERY_TOO_COMPLEX',
              `The operation could resolve more than ${limits.maxCost} fields; ask for smaller pages`,
              limits.maxCost,
              totals.cost,
            ),
          );
        }
      },
    }),
  ];
}
