import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Stable error codes clients can branch on; they appear as `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  SERVICE_BUSY: 'SERVICE_BUSY',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  NOT_A_MEMBER: 'NOT_A_MEMBER',
  OWNER_REQUIRED: 'OWNER_REQUIRED',
  OWNER_CANNOT_BE_REMOVED: 'OWNER_CANNOT_BE_REMOVED',
  /** Which operation of the document to run is unclear (several and no operationName, or an unknown name). */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode] | (string & {});

const HTTP_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401 };

/** A domain error: services throw these; the GraphQL layer maps them to `extensions.code` in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCodeValue,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One invalid field of an input: its path (`email`, `filter.roles`) and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Bad input: names the offending field so clients can show it next to the input. `extensions.fieldErrors` lists
 * every invalid field (`ValidationError.of` reports several at once); `extensions.field` is the first of them.
 */
export class ValidationError extends DomainError {
  constructor(field: string, message: string, fieldErrors: readonly FieldError[] = [{ field, message }]) {
    super(ErrorCode.BAD_USER_INPUT, message, { field, fieldErrors });
  }

  /** One error for all the invalid fields of an input (at least one). */
  static of(errors: readonly FieldError[]): ValidationError {
    const first = errors[0]!;
    if (errors.length === 1) return new ValidationError(first.field, first.message);
    const message = `${errors.length} fields are invalid: ${errors.map((e) => e.message).join('; ')}`;
    return new ValidationError(first.field, message, errors);
  }
}

/** The field errors a BAD_USER_INPUT domain error carries (one for errors made before fieldErrors existed). */
export function fieldErrorsOf(error: DomainError): FieldError[] {
  const listed = error.details.fieldErrors;
  if (Array.isArray(listed)) return listed as FieldError[];
  const field = typeof error.details.field === 'string' ? error.details.field : 'input';
  return [{ field, message: error.message }];
}

/** Builds the GraphQL error for a domain error (used where an error must be thrown before execution). */
export function toGraphQLError(error: DomainError): GraphQLError {
  const status = HTTP_STATUS[error.code];
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, ...(status ? { http: { status } } : {}) },
  });
}

/**
 * Apollo `formatError`: domain errors keep their code and message; anything unexpected is logged and
 * masked as INTERNAL_SERVER_ERROR so no SQL, stack or secret reaches a client.
 */
export function formatError(log: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      // Every input error lists its fields the same way, whichever helper raised it.
      const fieldErrors =
        original.code === ErrorCode.BAD_USER_INPUT && original.details.field !== undefined
          ? { fieldErrors: fieldErrorsOf(original) }
          : {};
      return {
        ...formatted,
        message: original.message,
        extensions: { ...formatted.extensions, code: original.code, ...original.details, ...fieldErrors },
      };
    }
    const code = formatted.extensions?.code;
    // Postgres stopped a statement (statement_timeout, or cancelled): a bounded-work refusal, not a crash.
    if ((original as { driverError?: { code?: string } } | undefined)?.driverError?.code === '57014') {
      return {
        message: 'A database statement took too long and was stopped; ask for less',
        path: formatted.path,
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    if (
      original &&
      !(original instanceof GraphQLError) &&
      (code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR)
    ) {
      log(original);
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
