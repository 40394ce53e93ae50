import { ChangePayload } from '../../common/payload';
import { ProductUser } from '../product-user/product-user.type';
import { ChatbotCompany, CompanyInvitation } from './chatbot.type';

export const AcceptCompanyInvitationPayload = ChangePayload(
  'AcceptCompanyInvitationPayload',
  'productUser',
  () => ProductUser,
  'The product user acceptCompanyInvitation changed.',
);

export const CancelChatbotBillingPlanPayload = ChangePayload(
  'CancelChatbotBillingPlanPayload',
  'chatbotCompany',
  () => ChatbotCompany,
  'The chatbot company cancelChatbotBillingPlan changed.',
);

export const ChangeCompanyInvitationRolePayload = ChangePayload(
  'ChangeCompanyInvitationRolePayload',
  'companyInvitation',
  () => CompanyInvitation,
  'The company invitation changeCompanyInvitationRole changed.',
);

export const ChangeCompanyRolePayload = ChangePayload(
  'ChangeCompanyRolePayload',
  'productUser',
  () => ProductUser,
  'The product user changeCompanyRole changed.',
);

export const InviteCompanyUserPayload = ChangePayload(
  'InviteCompanyUserPayload',
  'companyInvitation',
  () => CompanyInvitation,
  'The company invitation inviteCompanyUser created.',
);

export const RenameChatbotCompanyPayload = ChangePayload(
  'RenameChatbotCompanyPayload',
  'chatbotCompany',
  () => ChatbotCompany,
  'The chatbot company renameChatbotCompany changed.',
);

export const RevokeCompanyInvitationPayload = ChangePayload(
  'RevokeCompanyInvitationPayload',
  'companyInvitation',
  () => CompanyInvitation,
  'The company invitation revokeCompanyInvitation changed.',
);

export const SetChatbotBillingPlanPayload = ChangePayload(
  'SetChatbotBillingPlanPayload',
  'chatbotCompany',
  () => ChatbotCompany,
  'The chatbot company setChatbotBillingPlan changed.',
);

export const TransferCompanyOwnershipPayload = ChangePayload(
  'TransferCompanyOwnershipPayload',
  'chatbotCompany',
  () => ChatbotCompany,
  'The chatbot company transferCompanyOwnership changed.',
);
