/** Postgres SQLSTATE of an error thrown by the driver (TypeORM wraps it in QueryFailedError). */
export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** unique_violation */
export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === '23505';

/**
 * Runs a write whose uniqueness the database guards (a name, an e-mail, a one-per-key row) and answers `taken()`,
 * a domain error naming the field, when a unique constraint refuses it: the race-free form of "already exists".
 */
export async function unlessTaken<T>(write: () => Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
}
