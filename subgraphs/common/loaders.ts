import DataLoader from 'dataloader';
import { decodeCursor, toPage, type CursorKey, type Page } from './pagination';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a syntactically valid UUID; ids that are not are never sent to Postgres. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A loader of one row per key: one batched query, results returned in key order, null for a missing key.
 * Keys that are not UUIDs resolve to null without a query.
 */
export function rowLoader<Row>(
  fetch: (ids: string[]) => Promise<Row[]>,
  idOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader<string, Row | null>(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await fetch([...new Set(valid)]) : [];
    const byId = new Map(rows.map((r) => [idOf(r), r]));
    return keys.map((k) => byId.get(k) ?? null);
  });
}

/** A loader of many rows per key (one-to-many), in key order, an empty list for a key with none. */
export function groupLoader<Row>(
  fetch: (ids: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader<string, Row[]>(async (keys) => {
    const valid = keys.filter(isUuid);
    const rows = valid.length ? await fetch([...new Set(valid)]) : [];
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** A page request for a list under a parent: the validated page size, the raw cursor and a validated filter. */
export interface PageKey<F = null> {
  parentId: string;
  first: number;
  after: string | null;
  /** A plain JSON value (it is part of the batch key); null for none. */
  filter: F;
}

/**
 * A loader of Relay pages of many parents: one statement per distinct (first, after, filter), so
 * `organizations { members(first: 10) }` costs one query however many organizations. `fetch` returns at most
 * `first + 1` rows per parent (keyset: after the decoded cursor), each tagged with its parent.
 */
export function pageLoader<Row, F = null>(
  fetch: (
    parentIds: string[],
    first: number,
    after: Array<string | number> | null,
    filter: F,
  ) => Promise<Array<Row & { parentId: string }>>,
  keyOf: (row: Row) => ReadonlyArray<string | number>,
  kinds: readonly CursorKey[] | ((filter: F) => readonly CursorKey[]),
): DataLoader<PageKey<F>, Page<Row>, string> {
  const batchKey = (k: PageKey<F>) => `${k.first}|${k.after ?? ''}|${JSON.stringify(k.filter)}`;
  return new DataLoader<PageKey<F>, Page<Row>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey<F>[]>();
      for (const key of keys) groups.set(batchKey(key), [...(groups.get(batchKey(key)) ?? []), key]);
      const pages = new Map<string, Page<Row> | Error>();
      for (const [g, group] of groups) {
        const { first, after, filter } = group[0]!;
        let rows: Array<Row & { parentId: string }> | Error;
        try {
          const cursor = decodeCursor(after, typeof kinds === 'function' ? kinds(filter) : kinds);
          const parentIds = [...new Set(group.map((k) => k.parentId).filter(isUuid))];
          rows = parentIds.length ? await fetch(parentIds, first, cursor, filter) : [];
        } catch (err) {
          rows = err as Error;
        }
        for (const parentId of new Set(group.map((k) => k.parentId))) {
          pages.set(
            `${parentId}|${g}`,
            rows instanceof Error
              ? rows
              : toPage(
                  rows.filter((r) => r.parentId === parentId),
                  first,
                  keyOf,
                ),
          );
        }
      }
      return keys.map((k) => pages.get(`${k.parentId}|${batchKey(k)}`)!);
    },
    { cacheKeyFn: (k) => `${k.parentId}|${batchKey(k)}` },
  );
}

/** A loader of counts per (parent, filter) for `totalCount`, one statement per distinct filter. */
export function countLoader<F = null>(
  fetch: (parentIds: string[], filter: F) => Promise<Array<{ parentId: string; n: number | string }>>,
): DataLoader<{ parentId: string; filter: F }, number, string> {
  const key = (k: { parentId: string; filter: F }) => `${k.parentId}|${JSON.stringify(k.filter)}`;
  return new DataLoader<{ parentId: string; filter: F }, number, string>(
    async (keys) => {
      const byFilter = new Map<string, { filter: F; ids: Set<string> }>();
      for (const k of keys) {
        const f = JSON.stringify(k.filter);
        const entry = byFilter.get(f) ?? { filter: k.filter, ids: new Set<string>() };
        if (isUuid(k.parentId)) entry.ids.add(k.parentId);
        byFilter.set(f, entry);
      }
      const counts = new Map<string, number>();
      for (const [f, { filter, ids }] of byFilter) {
        const rows = ids.size ? await fetch([...ids], filter) : [];
        for (const r of rows) counts.set(`${r.parentId}|${f}`, Number(r.n));
      }
      return keys.map((k) => counts.get(key(k)) ?? 0);
    },
    { cacheKeyFn: key },
  );
}

/** Loads one item of a group by a composite raw id `group:rest` (a Node identified by several values). */
export async function memberOf<Row>(
  group: Pick<DataLoader<string, Row[]>, 'load'>,
  groupKey: string | null,
  matches: (row: Row) => boolean,
): Promise<Row | null> {
  if (groupKey === null) return null;
  return (await group.load(groupKey)).find(matches) ?? null;
}
