import { ChatbotBillingPlan, ChatbotChannelKind } from './chatbot.enums';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { CompanyRole } from './chatbot.matrix';

// Every chatbot input names its organization: the CB-2 policy is decided there, and every lookup is scoped to it.

@InputType()
export class CompanyInput {
  @Field(() => ID) organizationId!: string;
}
@InputType()
export class InviteCompanyUserInput {
  @Field(() => ID) organizationId!: string;
  @Field() email!: string;
  @Field(() => CompanyRole, { description: 'ADMINISTRATOR, MANAGER or DESIGNER.' }) role!: CompanyRole;
}
@InputType()
export class CompanyInvitationInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) invitationId!: string;
}
@InputType()
export class CompanyInvitationRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) invitationId!: string;
  @Field(() => CompanyRole) role!: CompanyRole;
}
@InputType()
export class CompanyUserInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
}
@InputType()
export class ChangeCompanyRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => CompanyRole) role!: CompanyRole;
}
@InputType()
export class RenameCompanyInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}
@InputType()
export class BillingPlanInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ChatbotBillingPlan) plan!: ChatbotBillingPlan;
}
@InputType()
export class CreateProjectInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}
@InputType()
export class ProjectInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) projectId!: string;
}
@InputType()
export class UpdateProjectInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) projectId!: string;
  @Field() name!: string;
}
@InputType()
export class CreateAgentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) projectId!: string;
  @Field() name!: string;
}
@InputType()
export class AgentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) agentId!: string;
}
@InputType()
export class UpdateAgentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) agentId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) data?: Record<string, unknown> | null;
}
@InputType()
export class AddChannelInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) agentId!: string;
  @Field(() => ChatbotChannelKind) kind!: ChatbotChannelKind;
  @Field(() => GraphQLJSONObject, { nullable: true }) config?: Record<string, unknown> | null;
}
@InputType()
export class ChannelInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) channelId!: string;
}
@InputType()
export class UpdateChannelInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) channelId!: string;
  @Field(() => GraphQLJSONObject) config!: Record<string, unknown>;
}
@InputType()
export class ScenarioInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) agentId!: string;
  @Field(() => GraphQLJSONObject) content!: Record<string, unknown>;
}
@InputType()
export class ReplaceScenarioInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) agentId!: string;
  @Field(() => ID) fromAgentId!: string;
}
@InputType()
export class ImportAgentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => GraphQLJSONObject, { description: 'An export from exportChatbotAgent.' }) agent!: Record<
    string,
    unknown
  >;
}
@InputType()
export class CreateIntentInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field(() => [String], { nullable: true }) phrases?: string[] | null;
}
@InputType()
export class UpdateIntentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) intentId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true }) phrases?: string[] | null;
}
@InputType()
export class IntentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) intentId!: string;
}
@InputType()
export class CreateExternalRequestInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field() url!: string;
}
@InputType()
export class UpdateExternalRequestInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) externalRequestId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
}
@InputType()
export class ExternalRequestInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) externalRequestId!: string;
}
