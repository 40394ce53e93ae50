import { GraphQLDateTime } from 'graphql-scalars';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { ACCESS_DIRECTIVES_SDL, SUBGRAPH_LINK_HEADER } from '../access/directive';
import { enforceAccess } from '../access/enforcer';
import type { AccessContext, PolicyTable } from '../access/policy';

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
}

type ReferenceResolver = (ref: { id?: unknown }, ctx: AccessContext, info: unknown) => unknown;

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

/** Prints the type-graphql schema with its directives, under our Federation and access headers. */
async function subgraphTypeDefs(definition: SubgraphDefinition<AccessContext>) {
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
  const typeDefs = parse(`${SUBGRAPH_LINK_HEADER}\n${ACCESS_DIRECTIVES_SDL}\n${printSchemaWithDirectives(schema)}`);
  return { schema, typeDefs };
}

/**
 * Turns type-graphql resolvers into a Federation 2 subgraph schema and wraps every field with the access
 * enforcer. `enforcement: false` is for the authorization benchmark only.
 */
export async function buildFederatedSubgraph<Ctx extends AccessContext>(
  definition: SubgraphDefinition<Ctx>,
  options: { enforcement?: boolean } = {},
): Promise<GraphQLSchema> {
  const { schema, typeDefs } = await subgraphTypeDefs(definition as unknown as SubgraphDefinition<AccessContext>);
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [typeName, fields] of Object.entries(definition.referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...fields, ...existenceBlind(fields) };
  }
  const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  return enforceAccess(subgraph, definition.policies, { enabled: options.enforcement !== false });
}
