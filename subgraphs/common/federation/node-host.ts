import type { AccessContext } from '../access/policy';
import { ErrorCode, graphQLError, ValidationError } from '../errors';
import { forwardedHeaders } from '../http/forwarded';
import { fromGlobalId } from './global-id';
import { NODE, NODE_CHECK } from './node';

/** `nodes(ids:)` takes at most a page (the page maximum of every connection). */
export const MAX_NODES = 100;

/** Where each Node type lives: node type → the subgraph that owns (loads) it. */
export interface NodeHost {
  owners: Readonly<Record<string, string>>;
  /** The host subgraph's own name. */
  self: string;
}

/**
 * The host's own Node types resolve in-process: the planner reads their fields from the object `node` returns, so
 * it must be the loaded object (raw ids), not a stub. Answers null for an unknown or invisible one.
 */
export type LocalNodeResolver = (typeName: string, id: string, ctx: AccessContext) => Promise<unknown>;

/** How the running host reaches its peers (the host asks a node's owner whether the caller may see it). */
export interface NodePeers {
  /** The URL of a subgraph, read per request (tests start subgraphs on free ports). */
  urlOf(subgraph: string): string | undefined;
  gatewaySecret: string | undefined;
}

/** What a request context carries for calls to a peer subgraph on the caller's behalf. */
export interface PeerCall {
  authorization?: string;
  requestId: string;
  clientAddress: string;
}

/** The key under which startSubgraph leaves the caller's credentials on the context, for `node` only. */
export const PEER_CALL = Symbol('peerCall');

/** The gateway's code for a subgraph it cannot reach: the host says the same when it cannot reach an owner. */
const unavailable = (message: string) => graphQLError(ErrorCode.SUBGRAPH_UNAVAILABLE, message);

/** The host's extra SDL: stubs of every Node type owned elsewhere, and the two root fields. */
export function nodeHostSdl(stubs: readonly string[]): string {
  const stubSdl = stubs
    .map((t) => `type ${t} implements ${NODE} @key(fields: "id") {\n  id: ID! @public\n}`)
    .join('\n\n');
  return `
${stubSdl}

extend type Query {
  """
  Any object by its global id, under the same field policies as every other path: null for an unknown id, an id
  of another tenant and an object the caller may not see alike.
  """
  node(id: ID!): ${NODE} @requiresPermission(permission: "authenticated")

  """
  Objects by global id, in the order asked (null where \`node\` would answer null); at most ${MAX_NODES} ids.
  """
  nodes(ids: [ID!]!): [${NODE}]! @requiresPermission(permission: "authenticated")
}
`;
}

type Stub = { __typename: string; id?: unknown } | null;

/** Asks the owner subgraph, on the caller's behalf, which of these objects the caller may see (one call per owner). */
async function visibleStubs(
  host: NodeHost,
  peers: NodePeers | undefined,
  local: LocalNodeResolver,
  ctx: AccessContext,
  ids: readonly string[],
): Promise<Stub[]> {
  const decoded = ids.map((id, i) => {
    const global = fromGlobalId(id);
    if (!global) throw new ValidationError(ids.length === 1 ? 'id' : `ids[${i}]`, 'not a valid global id');
    return global;
  });
  const byOwner = new Map<string, number[]>();
  decoded.forEach((g, i) => {
    const owner = Object.hasOwn(host.owners, g.typeName) ? host.owners[g.typeName] : undefined;
    if (!owner) return; // not a Node type: unknown, like an unknown id
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), i]);
  });
  const out: Stub[] = ids.map(() => null);
  const peer = (ctx as unknown as Record<symbol, PeerCall | undefined>)[PEER_CALL];
  await Promise.all(
    [...byOwner].map(async ([owner, indexes]) => {
      if (owner === host.self) {
        await Promise.all(
          indexes.map(async (i) => {
            const found = await local(decoded[i].typeName, ids[i], ctx);
            out[i] = found ? Object.assign(found, { __typename: decoded[i].typeName }) : null;
          }),
        );
        return;
      }
      const url = peers?.urlOf(owner);
      if (!url || !peer) throw unavailable(`${owner} cannot be reached`);
      const representations = indexes.map((i) => ({ __typename: decoded[i].typeName, id: ids[i], [NODE_CHECK]: true }));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (peer.authorization) headers.authorization = peer.authorization;
      if (peers?.gatewaySecret) Object.assign(headers, forwardedHeaders(peers.gatewaySecret, peer));
      else headers['x-request-id'] = peer.requestId;
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          query: 'query NodeCheck($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          variables: { r: representations },
        }),
      }).catch(() => undefined);
      const body = (await res?.json().catch(() => undefined)) as
        { data?: { _entities?: Array<{ __typename: string } | null> } } | undefined;
      const found = body?.data?._entities;
      if (!res?.ok || !Array.isArray(found) || found.length !== indexes.length)
        throw unavailable(`${owner} did not answer`);
      indexes.forEach((i, k) => {
        out[i] = found[k] ? { __typename: decoded[i].typeName, id: ids[i] } : null;
      });
    }),
  );
  return out;
}

/** `Query.node` and `Query.nodes` of the host. */
export function nodeHostResolvers(host: NodeHost, peers: NodePeers | undefined, local: LocalNodeResolver) {
  return {
    node: async (_: unknown, args: { id: string }, ctx: AccessContext) =>
      (await visibleStubs(host, peers, local, ctx, [args.id]))[0],
    nodes: (_: unknown, args: { ids: string[] }, ctx: AccessContext) => {
      if (args.ids.length > MAX_NODES) throw new ValidationError('ids', `ids takes at most ${MAX_NODES} ids`);
      return visibleStubs(host, peers, local, ctx, args.ids);
    },
  };
}
