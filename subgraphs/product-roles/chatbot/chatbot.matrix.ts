/** Chatbot company roles, ranked (CB-1). */
export enum CompanyRole {
  OWNER = 'OWNER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  MANAGER = 'MANAGER',
  DESIGNER = 'DESIGNER',
}

export const COMPANY_ROLE_RANK: Readonly<Record<CompanyRole, number>> = {
  [CompanyRole.OWNER]: 4,
  [CompanyRole.ADMINISTRATOR]: 3,
  [CompanyRole.MANAGER]: 2,
  [CompanyRole.DESIGNER]: 1,
};

export const CHATBOT_RESOURCES = [
  'project',
  'agent_data',
  'agent_channels',
  'agent_scenario',
  'agent_scenario_replacement',
  'agent_export',
  'agent_import',
  'company_intents',
  'company_external_requests',
  'invited_users',
  'company_owner',
  'company_name',
  'company_billing_plan',
] as const;
export type ChatbotResource = (typeof CHATBOT_RESOURCES)[number];

/** C create, R view, U update, D delete, A action allowed. */
export type Operation = 'C' | 'R' | 'U' | 'D' | 'A';
export const OPERATION_NAMES: Readonly<Record<Operation, string>> = {
  C: 'create',
  R: 'read',
  U: 'update',
  D: 'delete',
  A: 'action',
};

/** CB-2: seed 002's matrix, as data. */
export const CHATBOT_MATRIX: Readonly<Record<ChatbotResource, Readonly<Record<CompanyRole, string>>>> = {
  project: { DESIGNER: 'R', MANAGER: 'CRUD', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  agent_data: { DESIGNER: 'R', MANAGER: 'RU', ADMINISTRATOR: 'RU', OWNER: 'RU' },
  agent_channels: { DESIGNER: 'R', MANAGER: 'CRUD', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  agent_scenario: { DESIGNER: 'RU', MANAGER: 'CRUD', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  agent_scenario_replacement: { DESIGNER: 'A', MANAGER: 'A', ADMINISTRATOR: 'A', OWNER: 'A' },
  agent_export: { DESIGNER: 'A', MANAGER: 'A', ADMINISTRATOR: 'A', OWNER: 'A' },
  agent_import: { DESIGNER: '', MANAGER: 'A', ADMINISTRATOR: 'A', OWNER: 'A' },
  company_intents: { DESIGNER: 'CRUD', MANAGER: 'CRUD', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  company_external_requests: { DESIGNER: 'CRUD', MANAGER: 'CRUD', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  invited_users: { DESIGNER: 'R', MANAGER: 'R', ADMINISTRATOR: 'CRUD', OWNER: 'CRUD' },
  company_owner: { DESIGNER: 'R', MANAGER: 'R', ADMINISTRATOR: 'R', OWNER: 'CRUD' },
  company_name: { DESIGNER: 'R', MANAGER: 'R', ADMINISTRATOR: 'R', OWNER: 'CRUD' },
  company_billing_plan: { DESIGNER: 'R', MANAGER: 'R', ADMINISTRATOR: 'R', OWNER: 'CRUD' },
};

/** The permission name a field declares for one matrix cell, e.g. `chatbot:project:create`. */
export function chatbotPermission(resource: ChatbotResource, op: Operation): string {
  return `chatbot:${resource}:${OPERATION_NAMES[op]}`;
}

/** True when the company role may do the operation on the resource (no role: nothing). */
export function companyRoleAllows(
  role: CompanyRole | null | undefined,
  resource: ChatbotResource,
  op: Operation,
): boolean {
  return role ? CHATBOT_MATRIX[resource][role].includes(op) : false;
}
