import { DomainError, type CodeOf } from '../common/errors';

/** Error codes only customer-hierarchy throws (the shared ones are `ErrorCode` in common/errors.ts). */
export const CustomerHierarchyErrorCode = {
  /** Any change to an archived customer (ES-4: customers are archived, never deleted). */
  CUSTOMER_ARCHIVED: 'CUSTOMER_ARCHIVED',
  /** A billing move the ES-4 state machine does not have. */
  INVALID_BILLING_TRANSITION: 'INVALID_BILLING_TRANSITION',
  /** ES-5: departments on different servers are never associated. */
  CROSS_SERVER_ASSOCIATION: 'CROSS_SERVER_ASSOCIATION',
  ALREADY_ASSOCIATED: 'ALREADY_ASSOCIATED',
  OUTSIDE_CONDUIT: 'OUTSIDE_CONDUIT',
  ALREADY_ASSIGNED: 'ALREADY_ASSIGNED',
} as const;

/** A refusal of customer-hierarchy with one of its own codes. */
export class CustomerHierarchyError extends DomainError<CodeOf<typeof CustomerHierarchyErrorCode>> {}
