import { DomainError, type CodeOf } from '../common/errors';

/** Error codes only product-roles throws (the shared ones are `ErrorCode` in common/errors.ts). */
export const ProductRolesErrorCode = {
  PRODUCT_NOT_ENABLED: 'PRODUCT_NOT_ENABLED',
  PRODUCT_ALREADY_ENABLED: 'PRODUCT_ALREADY_ENABLED',
  ALREADY_PRODUCT_USER: 'ALREADY_PRODUCT_USER',
  NOT_A_PRODUCT_USER: 'NOT_A_PRODUCT_USER',
  MANAGED_BY_COMPANY_ROLES: 'MANAGED_BY_COMPANY_ROLES',
  ROLE_IN_USE: 'ROLE_IN_USE',
  ROLE_NAME_TAKEN: 'ROLE_NAME_TAKEN',
  DEFAULT_ROLE: 'DEFAULT_ROLE',
  ALREADY_INVITED: 'ALREADY_INVITED',
  INVITATION_INVALIDATED: 'INVITATION_INVALIDATED',
  NOT_A_COMPANY_USER: 'NOT_A_COMPANY_USER',
  CANNOT_CHANGE_OWN_ROLE: 'CANNOT_CHANGE_OWN_ROLE',
  COMPANY_OWNER_REQUIRED: 'COMPANY_OWNER_REQUIRED',
} as const;

/** A code of product-roles' own list. */
export type ProductRolesErrorCodeValue = CodeOf<typeof ProductRolesErrorCode>;

/** A refusal of product-roles with one of its own codes. */
export class ProductRolesError extends DomainError<ProductRolesErrorCodeValue> {}
