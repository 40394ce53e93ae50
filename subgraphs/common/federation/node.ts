import type DataLoader from 'dataloader';
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { fieldPolicyOf } from '../access/enforcer';
import type { AccessContext, PolicyTable } from '../access/policy';
import { decodeUuid, fromGlobalId, toGlobalId } from './global-id';

/**
 * Global object identification, applied to a built subgraph schema in one pass (STYLE 11, issue 13):
 * - every Node type's `id` leaves the subgraph as a global id, whatever raw id its resolvers produce;
 * - every ID argument and ID input field is decoded to the raw uuid before the access policy and the resolver run
 *   (global id, or the raw uuid for now), so policies, services and SQL only ever see raw ids;
 * - every other ID output (`organizationId`, `customerIds`, a deleted id) is encoded for the type its name gives;
 * - every `__resolveReference` receives raw ids, so a reference from any subgraph (all send global ids) loads.
 */

export const NODE = 'Node';

/** How a subgraph loads one of its Node types by raw id (`node(id)`, `nodes(ids)` and `__resolveReference`). */
export interface NodeSpec<Ctx> {
  /** The per-request loader by raw id (a uuid, or a composite raw id for `rawId` types). */
  load(ctx: Ctx): Pick<DataLoader<string, unknown>, 'load'>;
  /** The raw id of a source object, for types identified by several values (default: its `id`). */
  rawId?: (source: Record<string, unknown>) => string;
  /** Key fields are uuids: decode references to uuids (false for composite or catalogue keys). */
  uuid?: boolean;
}

/** Names that do not say their type outright (`conduitId` is a SalesConduit); a subgraph adds its own. */
export const COMMON_ID_NAMES: Readonly<Record<string, string>> = {
  conduit: 'SalesConduit',
  invitation: 'CompanyInvitation',
  agent: 'ChatbotAgent',
  fromAgent: 'ChatbotAgent',
  project: 'ChatbotProject',
  channel: 'ChatbotChannel',
  intent: 'ChatbotIntent',
  externalRequest: 'ChatbotExternalRequest',
  note: 'CustomerNote',
  activationCode: 'ManualActivationCode',
  assignment: 'PortalRoleAssignment',
  association: 'DepartmentAssociation',
  customRole: 'ProductCustomRole',
  reassignToRole: 'ProductCustomRole',
  workWith: 'UserGroup',
  actorAccount: 'Account',
  'AuditActor.id': 'Account',
};

/** In a subgraph's idNames, marks an ID that is a key of its own, not a Node's id (e.g. a catalogue key). */
export const KEEP_RAW = '-';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const VERB = /^(delete|remove|rename|update|revoke|create|set|archive|deactivate|activate)(?=[A-Z])/;

/** The SDL of the Node interface (the accounts subgraph adds `@key` and hosts `node`/`nodes`). */
export function nodeInterfaceSdl(key: boolean): string {
  return `
"""An object with a global id (Relay's Node): refetch any of them with \`node(id:)\`."""
interface ${NODE}${key ? ' @key(fields: "id")' : ''} {
  """Opaque global id; the same object always has the same id."""
  id: ID!
}
`;
}

/**
 * Declares the subgraph's Node types in its SDL: every entity (`@key(fields: "id")`) and every type of `nodes`
 * implements Node, and the latter become entities. `stubs` adds entity stubs (the host of the Node interface must
 * declare every implementation).
 */
export function declareNodes(doc: DocumentNode, nodeTypes: ReadonlySet<string>): DocumentNode {
  const named = (value: string) => ({ kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value } }) as const;
  const keyDirective = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'key' },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'fields' },
        value: { kind: Kind.STRING, value: 'id' },
      },
    ],
  } as const;
  const definitions = doc.definitions.map((def) => {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || !nodeTypes.has(def.name.value)) return def;
    const hasKey = def.directives?.some((d) => d.name.value === 'key');
    const implementsNode = def.interfaces?.some((i) => i.name.value === NODE);
    return {
      ...def,
      interfaces: implementsNode ? def.interfaces : [...(def.interfaces ?? []), named(NODE)],
      directives: hasKey ? def.directives : [...(def.directives ?? []), keyDirective],
    } satisfies ObjectTypeDefinitionNode;
  });
  return { ...doc, definitions: definitions as DocumentNode['definitions'] };
}

/** The entity types of a printed subgraph (types with `@key(fields: "id")`). */
export function entityTypeNames(doc: DocumentNode): string[] {
  return (
    doc.definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      // Only `@key(fields: "id")`: an entity keyed otherwise (X-2's AccessDecision, keyed by its question) is no Node.
      .filter((d) =>
        d.directives?.some(
          (k) =>
            k.name.value === 'key' &&
            k.arguments?.some(
              (a) => a.name.value === 'fields' && a.value.kind === Kind.STRING && a.value.value === 'id',
            ),
        ),
      )
      .map((d) => d.name.value)
  );
}

/** The type an ID-typed field or argument names, or undefined when its name does not say. */
export function idTypeFor(
  name: string,
  coordinate: string,
  nodeTypes: ReadonlySet<string>,
  names: Readonly<Record<string, string>>,
): string | undefined {
  if (names[coordinate]) return names[coordinate];
  const stem = name.replace(/Ids?$/, '').replace(/^(removed|deleted|revoked)(?=[A-Z])/, '');
  const named = names[stem] ?? names[stem.charAt(0).toLowerCase() + stem.slice(1)];
  if (named) return named;
  return nodeTypes.has(capitalize(stem)) ? capitalize(stem) : undefined;
}

type Resolver = GraphQLFieldResolver<unknown, AccessContext>;

/** Decodes one ID value (or list) for `typeName`, reporting a malformed one against `field`. */
function decodeValue(field: string, value: unknown, typeName: string): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => decodeValue(field, v, typeName));
  return decodeUuid(field, value, typeName);
}

/** Encodes one raw ID value (or list) as a global id of `typeName`; global ids and nulls pass through. */
export function encodeValue(value: unknown, typeName: string): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => encodeValue(v, typeName));
  const text = typeof value === 'string' ? value : String(value as number);
  if (fromGlobalId(text)?.typeName === typeName) return text;
  return toGlobalId(typeName, text);
}

/** A plan that rewrites an arguments object: for each ID path, the type to decode it as. */
type Decoder = (args: Record<string, unknown>) => Record<string, unknown>;

function inputDecoder(
  type: GraphQLInputType,
  field: string,
  idType: string | undefined,
  resolveName: (name: string, coordinate: string) => string | undefined,
  problems: string[],
  coordinate: string,
): ((value: unknown) => unknown) | undefined {
  const named = getNamedType(type);
  if (named.name === 'ID') {
    // An ID of no one type (X-2's DecisionRequest.resourceId names any resource): decoded by its consumer.
    if (idType === KEEP_RAW) return undefined;
    if (!idType) {
      problems.push(`${coordinate}: an ID whose name says no Node type (add it to the subgraph's idNames)`);
      return undefined;
    }
    return (value) => decodeValue(field, value, idType);
  }
  if (!isInputObjectType(named)) return undefined;
  const fields: Array<[string, (v: unknown) => unknown]> = [];
  for (const f of Object.values(named.getFields())) {
    const inner = inputDecoder(
      f.type,
      f.name,
      f.name === 'id' ? resolveName('id', coordinate) : resolveName(f.name, `${named.name}.${f.name}`),
      resolveName,
      problems,
      `${named.name}.${f.name}`,
    );
    if (inner) fields.push([f.name, inner]);
  }
  if (!fields.length) return undefined;
  const decodeObject = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(decodeObject);
    const out = { ...(value as Record<string, unknown>) };
    for (const [name, decode] of fields) if (name in out) out[name] = decode(out[name]);
    return out;
  };
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? (v) => (Array.isArray(v) ? v.map(decodeObject) : decodeObject(v)) : decodeObject;
}

function argumentsDecoder(
  parent: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
  nodeTypes: ReadonlySet<string>,
  names: Readonly<Record<string, string>>,
  problems: string[],
): Decoder | undefined {
  const returned = getNamedType(field.type).name;
  // An `id` names the object the field returns (`customer(id:)`), or the one its mutation acts on
  // (`deleteCustomerDepartment(input: { id })`, `renameCustomerGroup(input: { id })`).
  const resolveName = (name: string, coordinate: string): string | undefined => {
    if (name !== 'id') return idTypeFor(name, coordinate, nodeTypes, names);
    if (names[`${parent.name}.${field.name}`]) return names[`${parent.name}.${field.name}`];
    if (nodeTypes.has(returned)) return returned;
    const acted = capitalize(field.name.replace(VERB, ''));
    return nodeTypes.has(acted) ? acted : undefined;
  };
  const decoders: Array<[string, (v: unknown) => unknown]> = [];
  for (const arg of args) {
    const coordinate = `${parent.name}.${field.name}.${arg.name}`;
    const decode = inputDecoder(
      arg.type,
      arg.name,
      resolveName(arg.name, coordinate),
      resolveName,
      problems,
      coordinate,
    );
    if (decode) decoders.push([arg.name, decode]);
  }
  if (!decoders.length) return undefined;
  return (args) => {
    const out = { ...args };
    for (const [name, decode] of decoders) if (name in out) out[name] = decode(out[name]);
    return out;
  };
}

const HOST_FIELDS = new Set(['Query.node', 'Query.nodes', 'Query._entities', 'Query._service']);

/** What `applyGlobalIds` needs to know about a subgraph. */
export interface GlobalIdOptions {
  /** Every Node type of the API (ID names resolve against it). */
  nodeTypes: ReadonlySet<string>;
  /** Node types this schema declares, with the raw id of types identified by several values. */
  localNodes: ReadonlyMap<string, { rawId?: (source: Record<string, unknown>) => string }>;
  names: Readonly<Record<string, string>>;
}

/**
 * Rewrites the resolvers of a built subgraph schema for global ids (see the module comment). Run after the
 * access enforcer, so argument decoding wraps the policy too. Throws at build time for an ID it cannot place.
 */
export function applyGlobalIds(schema: GraphQLSchema, options: GlobalIdOptions): GraphQLSchema {
  const { nodeTypes, localNodes, names } = options;
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      const coordinate = `${type.name}.${field.name}`;
      if (HOST_FIELDS.has(coordinate)) continue;
      const inner = (field.resolve ?? defaultFieldResolver) as Resolver;
      let resolve = inner;
      // Output: a Node's own id, or an ID naming another Node.
      if (getNamedType(field.type).name === 'ID' && names[coordinate] !== KEEP_RAW) {
        const node = field.name === 'id' ? localNodes.get(type.name) : undefined;
        const target =
          field.name === 'id' && localNodes.has(type.name)
            ? type.name
            : field.name === 'id' && !names[coordinate]
              ? undefined
              : type.name === 'Mutation'
                ? (names[coordinate] ?? idTypeFor(field.name.replace(VERB, ''), coordinate, nodeTypes, names))
                : idTypeFor(field.name, coordinate, nodeTypes, names);
        if (!target) {
          problems.push(`${coordinate}: an ID output that is no Node's id and whose name says no Node type`);
        } else {
          const rawId = node?.rawId;
          const encodeOut = (value: unknown) => encodeValue(value, target);
          resolve = rawId
            ? (source) => encodeOut(rawId(source as Record<string, unknown>))
            : (source, args, ctx, info) => {
                const value = inner(source, args, ctx, info);
                return value instanceof Promise ? value.then(encodeOut) : encodeOut(value);
              };
        }
      }
      if (field.args.length) {
        const decode = argumentsDecoder(type, field, field.args, nodeTypes, names, problems);
        if (decode) {
          const next = resolve;
          resolve = (source, args, ctx, info) => next(source, decode(args as Record<string, unknown>), ctx, info);
        }
      }
      if (resolve !== inner) field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  if (problems.length) throw new Error(`Global ids cannot be placed:\n  ${problems.join('\n  ')}`);
  return schema;
}

/** Marks an `_entities` representation sent by `node`/`nodes`: answer null for an object the caller may not see. */
export const NODE_CHECK = '__nodeCheck';

/**
 * Whether the caller may see an object through `node(id:)`: the same field policies as every other path, and the
 * object is visible when the caller may read at least one of its fields besides `id` (a type whose fields are all
 * public is visible to every signed-in caller). An object no field of which is readable answers null, exactly
 * like an unknown id, so `node` never confirms that something exists.
 */
export async function visibleToViewer<Ctx extends AccessContext>(
  schema: GraphQLSchema,
  policies: PolicyTable<Ctx>,
  typeName: string,
  source: unknown,
  ctx: Ctx,
): Promise<boolean> {
  if (!ctx.viewer) return false;
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return false;
  let sawProtected = false;
  for (const field of Object.values(type.getFields())) {
    if (field.name === 'id') continue;
    const declared = fieldPolicyOf(field);
    if (declared.kind !== 'permission') continue;
    sawProtected = true;
    const policy = policies[declared.permission];
    if (!policy) continue;
    const info = {
      fieldName: field.name,
      parentType: type,
      returnType: field.type,
      schema,
    } as unknown as GraphQLResolveInfo;
    if (await policy({ ctx, source, args: {}, info })) return true;
  }
  return !sawProtected;
}
