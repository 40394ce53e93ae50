/** Postgres SQLSTATE of an error thrown by the driver (TypeORM wraps it in QueryFailedError). */
export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; driverError?: { code?: unknown } };
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** unique_violation */
export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === '23505';
