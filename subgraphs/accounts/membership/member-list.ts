import { pageSize } from '../../common/pagination';
import { optional, requireEmail, requireSearch, requireSetOf, validateInput } from '../../common/validation';
import type { MemberFilter } from './membership.input';
import { PrimaryRole } from '../../common/organization-access';
import { MemberOrder, type MemberListFilter } from './membership.type';

/**
 * Validates the arguments of `Organization.members` (page size, filter) all at once (issue 13): one BAD_USER_INPUT
 * naming every bad argument. The cursor is checked by the loader against the order it was made for.
 */
export function memberListRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  filter: MemberFilter | null | undefined,
  orderBy: MemberOrder | null | undefined,
): { first: number; after: string | null; filter: MemberListFilter } {
  const checked = validateInput({
    first: () => pageSize(first),
    search: () => optional(filter?.search, (v) => requireSearch('filter.search', v)),
    email: () => optional(filter?.email, (v) => requireEmail('filter.email', v)),
    roles: () => optional(filter?.roles, (v) => requireSetOf('filter.roles', v, Object.values(PrimaryRole))),
  });
  return {
    first: checked.first,
    after: after ?? null,
    filter: {
      search: checked.search,
      email: checked.email,
      roles: checked.roles,
      order: orderBy ?? MemberOrder.JOINED,
    },
  };
}
