import {
  COMPANY_ROLE_RANK,
  CHATBOT_RESOURCES,
  companyRoleAllows,
  CompanyRole,
  type Operation,
} from '../../subgraphs/product-roles/chatbot/chatbot.matrix';
import { SEED_002_MATRIX, SEED_ROLES } from '../support/seed-002';

const cells = Object.entries(SEED_002_MATRIX).flatMap(([resource, byRole]) =>
  SEED_ROLES.flatMap((role) =>
    (['C', 'R', 'U', 'D', 'A'] as Operation[]).map((op) => [resource, role, op, byRole[role]!.includes(op)] as const),
  ),
);

describe('CB-2: the code table is seed 002, cell by cell', () => {
  it('has the same resources as the seed', () => {
    expect([...CHATBOT_RESOURCES].sort()).toEqual(Object.keys(SEED_002_MATRIX).sort());
  });
  it.each(cells)('%s × %s × %s → %s', (resource, role, op, allowed) => {
    expect(companyRoleAllows(role, resource as (typeof CHATBOT_RESOURCES)[number], op)).toBe(allowed);
  });
  it('denies everything without a company role', () => {
    for (const resource of CHATBOT_RESOURCES) expect(companyRoleAllows(null, resource, 'R')).toBe(false);
  });
  it('ranks OWNER > ADMINISTRATOR > MANAGER > DESIGNER (CB-1)', () => {
    const r = COMPANY_ROLE_RANK;
    expect(
      r[CompanyRole.OWNER] > r[CompanyRole.ADMINISTRATOR] &&
        r[CompanyRole.ADMINISTRATOR] > r[CompanyRole.MANAGER] &&
        r[CompanyRole.MANAGER] > r[CompanyRole.DESIGNER],
    ).toBe(true);
  });
});
