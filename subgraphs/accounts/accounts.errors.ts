import { DomainError, type CodeOf } from '../common/errors';

/** Error codes only accounts throws (the shared ones are `ErrorCode` in common/errors.ts). */
export const AccountsErrorCode = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  OWNER_REQUIRED: 'OWNER_REQUIRED',
  OWNER_CANNOT_BE_REMOVED: 'OWNER_CANNOT_BE_REMOVED',
} as const;

/** A refusal of accounts with one of its own codes. */
export class AccountsError extends DomainError<CodeOf<typeof AccountsErrorCode>> {}
