import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AccountsErrorCode } from '../../subgraphs/accounts/accounts.errors';
import { DomainError, ErrorCode } from '../../subgraphs/common/errors';
import { CustomerHierarchyErrorCode } from '../../subgraphs/customer-hierarchy/customer-hierarchy.errors';
import {
  DepartmentGroupsErrorCode,
  DepartmentGroupsRefusalReason,
} from '../../subgraphs/department-groups/department-groups.errors';
import { ProductRolesError, ProductRolesErrorCode } from '../../subgraphs/product-roles/product-roles.errors';

/**
 * STYLE 9: each domain declares its error codes once (`subgraphs/<domain>/<domain>.errors.ts`, the shared ones in
 * `subgraphs/common/errors.ts`), and common/errors.ts alone turns a code into a GraphQL error. Clients and tests
 * branch on these strings, so the lists are pinned here: renaming or dropping one fails this test.
 */
const DECLARED: Record<string, { module: Record<string, string>; codes: string[] }> = {
  common: {
    module: ErrorCode,
    codes: [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'CONFLICT',
      'NOT_A_MEMBER',
      'NOT_REGISTERED',
      'SERVICE_BUSY',
      'SUBGRAPH_UNAVAILABLE',
      'OPERATION_RESOLUTION_FAILURE',
      'TOO_MANY_ROOT_FIELDS',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
      'QUERY_TOO_COMPLEX',
      'QUERY_TIMEOUT',
      'REQUEST_BUDGET_EXCEEDED',
      'REQUEST_ABORTED',
      'BAD_REQUEST',
      'PAYLOAD_TOO_LARGE',
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'INTERNAL_SERVER_ERROR',
    ],
  },
  accounts: {
    module: AccountsErrorCode,
    codes: [
      'INVALID_CREDENTIALS',
      'TOO_MANY_ATTEMPTS',
      'EMAIL_TAKEN',
      'ALREADY_MEMBER',
      'OWNER_REQUIRED',
      'OWNER_CANNOT_BE_REMOVED',
    ],
  },
  'product-roles': {
    module: ProductRolesErrorCode,
    codes: [
      'PRODUCT_NOT_ENABLED',
      'PRODUCT_ALREADY_ENABLED',
      'ALREADY_PRODUCT_USER',
      'NOT_A_PRODUCT_USER',
      'MANAGED_BY_COMPANY_ROLES',
      'ROLE_IN_USE',
      'ROLE_NAME_TAKEN',
      'DEFAULT_ROLE',
      'ALREADY_INVITED',
      'INVITATION_INVALIDATED',
      'NOT_A_COMPANY_USER',
      'CANNOT_CHANGE_OWN_ROLE',
      'COMPANY_OWNER_REQUIRED',
    ],
  },
  'department-groups': {
    module: DepartmentGroupsErrorCode,
    codes: ['ALREADY_OPERATOR', 'NOT_AN_OPERATOR', 'REQUIRED_GROUP_MISSING'],
  },
  'customer-hierarchy': {
    module: CustomerHierarchyErrorCode,
    codes: [
      'CUSTOMER_ARCHIVED',
      'INVALID_BILLING_TRANSITION',
      'CROSS_SERVER_ASSOCIATION',
      'ALREADY_ASSOCIATED',
      'OUTSIDE_CONDUIT',
      'ALREADY_ASSIGNED',
    ],
  },
};

/** `extensions.reason` values (not codes) that are also stable strings clients branch on. */
const REASONS = { 'department-groups': DepartmentGroupsRefusalReason };

const ROOT = path.resolve(__dirname, '../..');
const ERROR_MODULES = new Set([
  'subgraphs/common/errors.ts',
  ...Object.keys(DECLARED)
    .filter((d) => d !== 'common')
    .map((d) => `subgraphs/${d}/${d}.errors.ts`),
]);

/** Every TypeScript source of the running system (migrations are frozen history, not throwers). */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}
const SOURCES = [...sources('subgraphs'), ...sources('gateway')].filter((f) => !ERROR_MODULES.has(f));
const text = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

const allCodes = Object.values(DECLARED).flatMap((d) => d.codes);
const allStable = [...allCodes, ...Object.values(REASONS).flatMap((r) => Object.values(r))];

describe('error codes: declared once per domain (STYLE 9)', () => {
  it.each(Object.entries(DECLARED))('%s declares exactly its pinned codes, each named by itself', (_d, decl) => {
    expect(Object.keys(decl.module).sort()).toEqual([...decl.codes].sort());
    for (const [key, value] of Object.entries(decl.module)) expect(value).toBe(key);
  });

  it('no code is declared by two domains (a code used by several lives in common)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [domain, decl] of Object.entries(DECLARED))
      for (const code of decl.codes) {
        if (seen.has(code)) twice.push(`${code}: ${seen.get(code)} and ${domain}`);
        seen.set(code, domain);
      }
    expect(twice).toEqual([]);
  });

  it("README's error-code table lists exactly the declared codes", () => {
    const readme = text('README.md');
    const section = readme.slice(
      readme.indexOf('## Error codes'),
      readme.indexOf('\n## ', readme.indexOf('## Error codes') + 1),
    );
    const listed = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([A-Z][A-Z_]+)`/g)].map((m) => m[1]!));
    expect([...new Set(listed)].sort()).toEqual([...new Set(allCodes)].sort());
  });

  it('no source outside the error modules writes a code or reason as a string literal', () => {
    const stable = new Set(allStable);
    const offenders: string[] = [];
    for (const f of SOURCES) {
      const src = text(f);
      // A declared code or reason spelled out anywhere: it must be read from its module.
      for (const m of src.matchAll(/['"`]([A-Z][A-Z0-9_]{2,})['"`]/g))
        if (stable.has(m[1]!)) offenders.push(`${f}: '${m[1]}'`);
      // An undeclared code where a code goes: the first argument of an error, or a `code:` property.
      for (const m of src.matchAll(/(?:new \w*Error\(|graphQLError\(|\bcode:)\s*['"`]([A-Z][A-Z0-9_]{2,})['"`]/g))
        offenders.push(`${f}: code '${m[1]}'`);
    }
    expect(offenders).toEqual([]);
  });

  it('only common/errors.ts builds a GraphQL error with a code in the subgraphs (one mapping place)', () => {
    const builders = SOURCES.filter((f) => f.startsWith('subgraphs/') && /new GraphQLError\(/.test(text(f)));
    expect(builders).toEqual([]);
  });

  it('a code declared nowhere, or of another list, does not compile', () => {
    // `npm run lint` type-checks this file: each line below must stay a type error (NoInfer on DomainError).
    // @ts-expect-error an undeclared code
    const undeclared = new DomainError('NOT_DECLARED_ANYWHERE', 'x');
    // @ts-expect-error a common code through a domain's class
    const wrongList = new ProductRolesError(ErrorCode.FORBIDDEN, 'x');
    expect([undeclared.code, wrongList.code]).toEqual(['NOT_DECLARED_ANYWHERE', 'FORBIDDEN']);
  });
});
