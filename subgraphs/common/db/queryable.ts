/**
 * Anything that runs SQL: a DataSource (per-request loaders) or a transaction's EntityManager (in-transaction
 * re-checks), so one fact-reading function serves both. The row type is the caller's to name (`query<Row[]>`
 * or a typed variable); left unnamed it is `any`, as TypeORM's own `query` answers.
 */
export interface Queryable {
  query<T = any>(sql: string, params?: unknown[]): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
