import { ArgsType, Field, Int, ObjectType, Directive, type ClassType } from 'type-graphql';
import { Public } from './access/directive';
import { ValidationError } from './errors';

/** Relay page info; shareable because every subgraph defines the same value type. */
@ObjectType({ description: 'Where a page of a connection ends.' })
@Directive('@shareable')
export class PageInfo {
  @Field() @Public() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) @Public() endCursor!: string | null;
}

/** A page of nodes as the connection types carry it. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * Builds a Relay connection type for a node type. The wrappers are `@public`: each node's fields carry
 * their own permission, and `totalCount` is resolved by the owner of the parent field.
 */
export function Connection<T extends object>(Node: ClassType<T>, name: string, options: { shareable?: boolean } = {}) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() @Public() cursor!: string;
    @Field(() => Node) @Public() node!: T;
  }
  // A connection of a value type several subgraphs return (e.g. AuditEvent) is shared with its edges.
  if (options.shareable) Directive('@shareable')(Edge);
  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [Edge]) @Public() edges!: Edge[];
    @Field(() => PageInfo) @Public() pageInfo!: PageInfo;
  }
  return ConnectionBase;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates `first`: 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return n;
}

/** Opaque keyset cursor: the sort key of the last row, base64url JSON. */
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** What each key of a cursor must be: `int` a (bigint) integer, as a number or a string of digits; `string` any. */
export type CursorKey = 'int' | 'string';

const BIGINT = /^-?\d{1,18}$/;

/**
 * Decodes a cursor made by encodeCursor, or rejects it with BAD_USER_INPUT: wrong arity, or a key not of its kind
 * (a non-integer sort key would otherwise reach SQL as a bigint parameter and fail there).
 */
export function decodeCursor(
  cursor: string | null | undefined,
  kinds: readonly CursorKey[],
): Array<string | number> | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((k, i) =>
        kinds[i] === 'int'
          ? (typeof k === 'number' && Number.isSafeInteger(k)) || (typeof k === 'string' && BIGINT.test(k))
          : typeof k === 'string' || typeof k === 'number',
      )
    ) {
      return key as Array<string | number>;
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('after', 'after is not a cursor of this list');
}

/** Turns `limit + 1` fetched rows into a page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => ReadonlyArray<string | number>): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null } };
}

export { Int };

/**
 * A page of a list already loaded whole by one batched statement (a list bounded by one parent's configuration,
 * e.g. a company's users): sorted by `keyOf` (a sort text, then the id), after the cursor's key, `first` rows. The
 * cursor is the row's key, so a deleted row never shifts later pages; `totalCount` is the list's length.
 */
export function pageOfList<T>(
  rows: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
  keyOf: (row: T) => readonly [string, string],
): Page<T> & { totalCount: number } {
  const size = pageSize(first);
  const cursor = decodeCursor(after, ['string', 'string']) as [string, string] | null;
  const cmp = (a: readonly [string, string], b: readonly [string, string]) =>
    a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  const sorted = [...rows].sort((x, y) => cmp(keyOf(x), keyOf(y)));
  const rest = cursor ? sorted.filter((r) => cmp(keyOf(r), cursor) > 0) : sorted;
  return { ...toPage(rest.slice(0, size + 1), size, keyOf), totalCount: rows.length };
}

/** The usual key of pageOfList: by name, then id. */
export const byName = (row: { name: string; id: string }): readonly [string, string] => [row.name, row.id];

/** Oldest first, then id. */
export const byCreated = (row: { createdAt: Date; id: string }): readonly [string, string] => [
  row.createdAt.toISOString(),
  row.id,
];

/** In the order a member joined (a product's or a company's users), then account id. */
export const byJoined = (row: { createdAt: Date; accountId: string }): readonly [string, string] => [
  row.createdAt.toISOString(),
  row.accountId,
];

/** By a per-organization number (zero-padded so text order is number order), then id. */
export const byNumber = (row: { number: number; id: string }): readonly [string, string] => [
  String(row.number).padStart(12, '0'),
  row.id,
];

/** A connection type whose totalCount is set by the resolver (pageOfList), not resolved apart. */
export function CountedConnection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType()
  abstract class Counted extends Connection(Node, name) {
    @Field(() => Int, { description: 'All of them, in all.' }) @Public() totalCount!: number;
  }
  return Counted;
}

/** `first`/`after` of a connection paged by pageOfList; a field with filters extends it. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}
