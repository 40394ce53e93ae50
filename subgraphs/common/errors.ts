import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from 'graphql';

/**
 * Codes every domain and the front door share; they appear as `extensions.code`. Each domain declares its own
 * codes once, in `subgraphs/<domain>/<domain>.errors.ts` (STYLE 9); this file maps every code to a GraphQL error
 * (`graphQLError`, `toGraphQLError`, `formatError`). test/unit/error-codes.spec.ts pins every list.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** The account is not a member of the organization (accounts and the domains that act on its members). */
  NOT_A_MEMBER: 'NOT_A_MEMBER',
  /** No account is registered with that e-mail (product-roles invitations, customer-hierarchy portal roles). */
  NOT_REGISTERED: 'NOT_REGISTERED',
  /** The password-hashing queue is full (common/auth/passwords.ts). */
  SERVICE_BUSY: 'SERVICE_BUSY',
  /** Which operation of the document to run is unclear (several and no operationName, or an unknown name). */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** Operation limits (common/http/limits.ts) and the request budget (common/http/budget.ts). */
  TOO_MANY_ROOT_FIELDS: 'TOO_MANY_ROOT_FIELDS',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  REQUEST_BUDGET_EXCEEDED: 'REQUEST_BUDGET_EXCEEDED',
  REQUEST_ABORTED: 'REQUEST_ABORTED',
  /** The HTTP layer (common/http/server.ts) and the gateways, with Apollo Server's names for the same refusals. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** No answer from a subgraph (gateway/auth-forwarding.data-source.ts; the Node host asking a node's owner). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;

/** A code of the common list. */
export type CommonErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The value type of a domain's code list (`CodeOf<typeof ProductRolesErrorCode>`). */
export type CodeOf<T extends Record<string, string>> = T[keyof T];

const HTTP_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401 };

/**
 * A domain error: services throw these; the GraphQL layer maps them to `extensions.code` in one place. Its own
 * codes are the common ones; each domain subclasses it with its declared codes (`ProductRolesError`, …), and
 * `NoInfer` keeps a code that is declared nowhere from compiling.
 */
export class DomainError<C extends string = CommonErrorCode> extends Error {
  constructor(
    readonly code: NoInfer<C>,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Bad input: names the offending field so clients can show it next to the input. */
export class ValidationError extends DomainError {
  constructor(field: string, message: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { field });
  }
}

/**
 * The one constructor of a GraphQL error with a code: front-door refusals, operation limits and field policies
 * build theirs here, with a declared code (`extensions` adds to it; `options` carries nodes, path, …).
 */
export function graphQLError(
  code: CommonErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
  options: Omit<GraphQLErrorOptions, 'extensions'> = {},
): GraphQLError {
  return new GraphQLError(message, { ...options, extensions: { code, ...extensions } });
}

/** Builds the GraphQL error for a domain error (used where an error must be thrown before execution). */
export function toGraphQLError(error: DomainError<string>): GraphQLError {
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
      return {
        ...formatted,
        message: original.message,
        extensions: { ...formatted.extensions, code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    // Postgres stopped a statement (statement_timeout, or cancelled): a bounded-work refusal, not a crash.
    if ((original as { driverError?: { code?: string } } | undefined)?.driverError?.code === '57014') {
      return {
        message: 'A database statement took too long and was stopped; ask for less',
        path: formatted.path,
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
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
