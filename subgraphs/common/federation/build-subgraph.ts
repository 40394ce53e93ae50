import { GraphQLDateTime } from 'graphql-scalars';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { ACCESS_DIRECTIVES_SDL, SUBGRAPH_LINK_HEADER } from '../access/directive';
import { enforceAccess } from '../access/enforcer';
import type { AccessContext, PolicyTable } from '../access/policy';
import { decodeUuid, fromGlobalId } from './global-id';
import {
  applyGlobalIds,
  COMMON_ID_NAMES,
  declareNodes,
  entityTypeNames,
  NODE_CHECK,
  nodeInterfaceSdl,
  visibleToViewer,
  type NodeSpec,
} from './node';
import { nodeHostSdl, nodeHostResolvers, type NodeHost, type NodePeers } from './node-host';
import { withRuleLinks } from './rule-links';

/** Resolvers by type and field, as `buildSubgraphSchema` takes them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResolverMap = Record<string, Record<string, any>>;

/** What a subgraph contributes: its type-graphql resolvers, entity reference resolvers and permission table. */
export interface SubgraphDefinition<Ctx extends AccessContext> {
  name: string;
  // type-graphql's own option types: resolver and type classes are any constructors.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type; each must go through a per-request loader. */
  referenceResolvers: ResolverMap;
  policies: PolicyTable<Ctx>;
  /**
   * The Node types this subgraph owns (issue 13): how to load each by raw id. Each gets a `__resolveReference`
   * through that loader unless `referenceResolvers` has one, and `node(id:)` reaches it.
   */
  nodes?: Record<string, NodeSpec<Ctx>>;
  /** ID names that do not say their type in this subgraph (`roleId` → OperatorRole), beside COMMON_ID_NAMES. */
  idNames?: Record<string, string>;
  /** Set on the one subgraph that declares the Node entity interface and serves `node`/`nodes`. */
  nodeHost?: NodeHost;
}

type ReferenceResolver = (ref: { id?: unknown }, ctx: AccessContext, info: unknown) => unknown;

/**
 * Every reference arrives with a global id (every subgraph encodes its ids); the subgraph's own resolvers see the
 * raw id, and a `node` check (NODE_CHECK) answers null for an object the caller may not see.
 */
function globalReference(
  typeName: string,
  resolve: ReferenceResolver | undefined,
  uuid: boolean,
  visible: (source: unknown, ctx: AccessContext) => Promise<boolean>,
): ReferenceResolver {
  return async (ref, ctx, info) => {
    let raw: string | null;
    if (uuid) {
      try {
        raw = decodeUuid('id', ref.id, typeName);
      } catch {
        raw = null;
      }
    } else {
      const decoded = fromGlobalId(ref.id);
      raw = decoded?.typeName === typeName ? decoded.rawId : null;
    }
    const { [NODE_CHECK]: check, ...rest } = ref as Record<string, unknown>;
    if (raw === null) return check ? null : ctx.viewer ? null : { id: ref.id };
    const decodedRef = { ...rest, id: raw };
    const found = resolve ? await resolve(decodedRef, ctx, info) : decodedRef;
    if (!check) return found;
    return found && (await visible(found, ctx)) ? found : null;
  };
}

/**
 * An anonymous caller of `_entities` must not learn which ids exist: a missing entity resolves to a stub of the
 * representation (entity types expose only `id` publicly), so every protected field answers UNAUTHENTICATED for
 * an existing and a missing id alike. Signed-in callers get `null` for a missing entity, as before: the policy of
 * each field already decides what they may learn.
 */
function existenceBlind(fields: Record<string, unknown>): Record<string, ReferenceResolver> {
  const resolve = fields.__resolveReference as ReferenceResolver | undefined;
  if (!resolve) return {};
  return {
    __resolveReference: async (ref, ctx, info) => {
      const found = await resolve(ref, ctx, info);
      return found ?? (ctx.viewer ? null : { id: ref.id });
    },
  };
}

/**
 * Prints the type-graphql schema with its directives, under our Federation and access headers; descriptions that
 * cite rule ids get their links to docs/rules.md here, once for every subgraph.
 */
async function subgraphTypeDefs(definition: SubgraphDefinition<AccessContext>) {
  const printed = await typeGraphqlTypeDefs(definition);
  const entities = entityTypeNames(printed.typeDefs);
  const nodeTypes = new Set([...entities, ...Object.keys(definition.nodes ?? {})]);
  const host = definition.nodeHost;
  const stubs = host ? Object.keys(host.owners).filter((t) => !nodeTypes.has(t)) : [];
  const header = `${SUBGRAPH_LINK_HEADER}\n${ACCESS_DIRECTIVES_SDL}\n${nodeInterfaceSdl(Boolean(host))}`;
  const extra = host ? nodeHostSdl(stubs) : '';
  const typeDefs = withRuleLinks(declareNodes(parse(`${header}\n${printed.sdl}\n${extra}`), nodeTypes));
  return { schema: printed.schema, typeDefs, nodeTypes: new Set([...nodeTypes, ...stubs]) };
}

async function typeGraphqlTypeDefs(definition: SubgraphDefinition<AccessContext>) {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    validate: false,
    // Issue 13, one vocabulary: every date-time of the API is graphql-scalars' `DateTime` (RFC 3339, UTC); calendar
    // dates (a demo's end) are `LocalDate` (YYYY-MM-DD), declared on their fields.
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    // Federation-only schemas may lack a Query of their own; Federation adds `_entities` and `_service`.
    skipCheck: true,
  });
  const sdl = printSchemaWithDirectives(schema);
  return { schema, sdl, typeDefs: parse(sdl) };
}

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph schema and wraps every field with the access
 * enforcer. `enforcement: false` is for the authorization benchmark only.
 */
export async function buildFederatedSubgraph<Ctx extends AccessContext>(
  definition: SubgraphDefinition<Ctx>,
  options: { enforcement?: boolean; peers?: NodePeers } = {},
): Promise<GraphQLSchema> {
  const generic = definition as unknown as SubgraphDefinition<AccessContext>;
  const { schema, typeDefs, nodeTypes } = await subgraphTypeDefs(generic);
  const resolvers = createResolversMap(schema) as ResolverMap;
  const nodes = generic.nodes ?? {};
  // Filled once the schema is built: the visibility check reads the built types' field policies.
  const built: { schema?: GraphQLSchema } = {};
  const visible = (typeName: string) => (source: unknown, ctx: AccessContext) =>
    visibleToViewer(built.schema!, generic.policies, typeName, source, ctx);
  const references = new Map<string, ReferenceResolver>();
  for (const typeName of nodeTypes) {
    const fields = generic.referenceResolvers[typeName] ?? {};
    const spec = nodes[typeName];
    const own =
      (fields.__resolveReference as ReferenceResolver | undefined) ??
      (spec ? (ref: { id?: unknown }, ctx: AccessContext) => spec.load(ctx).load(ref.id as string) : undefined);
    const reference = globalReference(typeName, own, spec?.uuid !== false, visible(typeName));
    references.set(typeName, reference);
    resolvers[typeName] = { ...resolvers[typeName], ...fields, ...existenceBlind({ __resolveReference: reference }) };
  }
  // Entities that are not Nodes (keyed by something else than a global id) keep their own reference resolvers.
  for (const [typeName, fields] of Object.entries(generic.referenceResolvers)) {
    if (!nodeTypes.has(typeName)) resolvers[typeName] = { ...resolvers[typeName], ...fields };
  }
  if (generic.nodeHost) {
    const local = (typeName: string, id: string, ctx: AccessContext) =>
      Promise.resolve(references.get(typeName)?.({ id, [NODE_CHECK]: true } as { id: string }, ctx, {}));
    Object.assign((resolvers.Query ??= {}), nodeHostResolvers(generic.nodeHost, options.peers, local));
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  enforceAccess(subgraph, definition.policies, { enabled: options.enforcement !== false });
  built.schema = applyGlobalIds(subgraph, {
    nodeTypes,
    localNodes: new Map([...nodeTypes].map((t) => [t, { rawId: nodes[t]?.rawId }])),
    names: { ...COMMON_ID_NAMES, ...generic.idNames },
  });
  return built.schema;
}
