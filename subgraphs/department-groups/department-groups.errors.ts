import { DomainError, type CodeOf } from '../common/errors';

/** Error codes only department-groups throws (the shared ones are `ErrorCode` in common/errors.ts). */
export const DepartmentGroupsErrorCode = {
  ALREADY_OPERATOR: 'ALREADY_OPERATOR',
  NOT_AN_OPERATOR: 'NOT_AN_OPERATOR',
  /** LHC-4: a live-chat user keeps at least one required user group. */
  REQUIRED_GROUP_MISSING: 'REQUIRED_GROUP_MISSING',
} as const;

/** `extensions.reason` of a team leader's FORBIDDEN (LHC-6): which limit of theirs refused. */
export const DepartmentGroupsRefusalReason = {
  OUTSIDE_WORK_WITH: 'OUTSIDE_WORK_WITH',
  DEPARTMENT_GROUP_NOT_ASSIGNABLE: 'DEPARTMENT_GROUP_NOT_ASSIGNABLE',
} as const;

/** A refusal of department-groups with one of its own codes. */
export class DepartmentGroupsError extends DomainError<CodeOf<typeof DepartmentGroupsErrorCode>> {}
