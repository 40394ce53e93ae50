import { registerEnumType } from 'type-graphql';

/** The chatbot company's billing plans (CB-2 "company billing plan"): a closed set, UPPER_CASE on the wire. */
export enum ChatbotBillingPlan {
  FREE = 'FREE',
  STARTER = 'STARTER',
  BUSINESS = 'BUSINESS',
  ENTERPRISE = 'ENTERPRISE',
}

/** Where a company invitation stands (CB-3). */
export enum CompanyInvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
}

/** The channels an agent can be connected to; stored lower-case (agent exports keep that form). */
export enum ChatbotChannelKind {
  WEB = 'web',
  MESSENGER = 'messenger',
  WHATSAPP = 'whatsapp',
  TELEGRAM = 'telegram',
  VIBER = 'viber',
  EMAIL = 'email',
  API = 'api',
}

registerEnumType(ChatbotBillingPlan, { name: 'ChatbotBillingPlan', description: "A chatbot company's billing plan." });
registerEnumType(CompanyInvitationStatus, {
  name: 'CompanyInvitationStatus',
  description: 'Where a company invitation stands (CB-3).',
});
registerEnumType(ChatbotChannelKind, {
  name: 'ChatbotChannelKind',
  description: 'A channel an agent is connected to (agent exports name it in lower case).',
});
