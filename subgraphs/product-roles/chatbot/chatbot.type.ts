import { CountedConnection } from '../../common/pagination';
import { ProductUser } from '../product-user/product-user.type';
import { ChatbotBillingPlan, ChatbotChannelKind, CompanyInvitationStatus } from './chatbot.enums';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { CompanyRole } from './chatbot.matrix';
import { RemovalPayload } from '../../common/payload';

registerEnumType(CompanyRole, {
  name: 'CompanyRole',
  description: 'Chatbot company roles, ranked OWNER > ADMINISTRATOR > MANAGER > DESIGNER (CB-1).',
});

@ObjectType('ChatbotCompany', {
  description: "The chatbot product's company of an organization; each field follows the CB-2 matrix.",
})
export class ChatbotCompany {
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => ID) @Public() organizationId!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:company_name:read') name!: string;
  @Field(() => ChatbotBillingPlan, { nullable: true })
  @RequiresPermission('chatbot:company_billing_plan:read')
  billingPlan!: ChatbotBillingPlan;
}

@ObjectType('CompanyInvitation', { description: 'A pending invitation to a company (CB-3).' })
export class CompanyInvitation {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') email!: string;
  @Field(() => CompanyRole, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') role!: CompanyRole;
  @Field(() => CompanyInvitationStatus, { nullable: true })
  @RequiresPermission('chatbot:invited_users:read')
  status!: CompanyInvitationStatus;
  @Field(() => Date, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') createdAt!: Date;
}

@ObjectType('CompanyListing', {
  description: "A company in the caller's list: one they belong to, or are invited to (CB-3).",
})
export class CompanyListing {
  accountId!: string;
  @Field(() => ID, { description: 'Global id (Node).' }) @Public() id!: string;
  @Field(() => ID) @Public() organizationId!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('account:self') name!: string;
  @Field(() => CompanyRole, { nullable: true, description: 'The role held; null while only invited.' })
  @RequiresPermission('account:self')
  role!: CompanyRole | null;
  @Field(() => CompanyRole, { nullable: true, description: 'The role of a pending invitation.' })
  @RequiresPermission('account:self')
  invitedRole!: CompanyRole | null;
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('account:self') active!: boolean;
}

@ObjectType('ChatbotProject')
export class ChatbotProject {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:project:read') name!: string;
}

@ObjectType('ChatbotAgent', { description: "A bot's code: data, channels and scenario (CB-2 rows agent …)." })
export class ChatbotAgent {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:agent_data:read') name!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('chatbot:agent_data:read') data!: object;
}

@ObjectType('ChatbotChannel')
export class ChatbotChannel {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => ChatbotChannelKind, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:read')
  kind!: ChatbotChannelKind;
  @Field(() => GraphQLJSONObject, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:read')
  config!: object;
}

@ObjectType('ChatbotIntent')
export class ChatbotIntent {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:company_intents:read') name!: string;
  @Field(() => [String], { nullable: true }) @RequiresPermission('chatbot:company_intents:read') phrases!: string[];
}

@ObjectType('ChatbotExternalRequest')
export class ChatbotExternalRequest {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:company_external_requests:read') name!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:company_external_requests:read') url!: string;
}

@ObjectType('CompanyUserConnection', { description: "A page of a chatbot company's users, in the order they joined." })
export class CompanyUserConnection extends CountedConnection(ProductUser, 'CompanyUser') {}

@ObjectType('CompanyInvitationConnection', { description: "A page of a company's pending invitations, oldest first." })
export class CompanyInvitationConnection extends CountedConnection(CompanyInvitation, 'CompanyInvitation') {}

export const DeleteChatbotProjectPayload = RemovalPayload(
  'DeleteChatbotProjectPayload',
  'deletedChatbotProjectId',
  'The id of the deleted project (its agents went with it).',
);
export const DeleteChatbotAgentPayload = RemovalPayload(
  'DeleteChatbotAgentPayload',
  'deletedChatbotAgentId',
  'The id of the deleted agent.',
);
export const RemoveChatbotAgentChannelPayload = RemovalPayload(
  'RemoveChatbotAgentChannelPayload',
  'removedChatbotChannelId',
  'The id of the removed channel.',
);
export const DeleteChatbotIntentPayload = RemovalPayload(
  'DeleteChatbotIntentPayload',
  'deletedChatbotIntentId',
  'The id of the deleted intent.',
);
export const DeleteChatbotExternalRequestPayload = RemovalPayload(
  'DeleteChatbotExternalRequestPayload',
  'deletedChatbotExternalRequestId',
  'The id of the deleted external request.',
);
export const RemoveCompanyUserPayload = RemovalPayload(
  'RemoveCompanyUserPayload',
  'removedProductUserId',
  "The id of the removed company user (its chatbot ProductUser); the account's membership stays (CB-5).",
);

@ObjectType('ChatbotProjectConnection', { description: "A page of a chatbot company's projects, by name." })
export class ChatbotProjectConnection extends CountedConnection(ChatbotProject, 'ChatbotProject') {}

@ObjectType('ChatbotAgentConnection', { description: "A page of a project's agents, by name." })
export class ChatbotAgentConnection extends CountedConnection(ChatbotAgent, 'ChatbotAgent') {}

@ObjectType('ChatbotIntentConnection', { description: "A page of a chatbot company's intents, by name." })
export class ChatbotIntentConnection extends CountedConnection(ChatbotIntent, 'ChatbotIntent') {}

@ObjectType('ChatbotExternalRequestConnection', {
  description: "A page of a chatbot company's external requests, by name.",
})
export class ChatbotExternalRequestConnection extends CountedConnection(
  ChatbotExternalRequest,
  'ChatbotExternalRequest',
) {}
