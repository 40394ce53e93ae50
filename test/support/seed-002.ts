import type { CompanyRole } from '../../subgraphs/product-roles/chatbot/chatbot.matrix';

/**
 * Seed 002's matrix transcribed independently of the code (its row names, "Data creation, viewing, updating,
 * deletion" as CRUD, "Action allowed" as A, "Action not allowed" and nothing as -). Tests compare the code's
 * table and the running system against this.
 */
const SEED_002 = `
resource                    | DESIGNER | MANAGER | ADMINISTRATOR | OWNER
project                     | R        | CRUD    | CRUD          | CRUD
agent_data                  | R        | RU      | RU            | RU
agent_channels              | R        | CRUD    | CRUD          | CRUD
agent_scenario              | RU       | CRUD    | CRUD          | CRUD
agent_scenario_replacement  | A        | A       | A             | A
agent_export                | A        | A       | A             | A
agent_import                | -        | A       | A             | A
company_intents             | CRUD     | CRUD    | CRUD          | CRUD
company_external_requests   | CRUD     | CRUD    | CRUD          | CRUD
invited_users               | R        | R       | CRUD          | CRUD
company_owner               | R        | R       | R             | CRUD
company_name                | R        | R       | R             | CRUD
company_billing_plan        | R        | R       | R             | CRUD
`;

export const SEED_ROLES = ['DESIGNER', 'MANAGER', 'ADMINISTRATOR', 'OWNER'] as CompanyRole[];

/** resource → role → the letters the seed allows. */
export const SEED_002_MATRIX: Record<string, Record<string, string>> = Object.fromEntries(
  SEED_002.trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [resource, ...cells] = line.split('|').map((c) => c.trim());
      return [resource!, Object.fromEntries(SEED_ROLES.map((role, i) => [role, cells[i] === '-' ? '' : cells[i]!]))];
    }),
);
