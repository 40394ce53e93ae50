import DataLoader from 'dataloader';

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

/** Loads one item of a group by a composite raw id `group:rest` (a Node identified by several values). */
export async function memberOf<Row>(
  group: Pick<DataLoader<string, Row[]>, 'load'>,
  groupKey: string | null,
  matches: (row: Row) => boolean,
): Promise<Row | null> {
  if (groupKey === null) return null;
  return (await group.load(groupKey)).find(matches) ?? null;
}
