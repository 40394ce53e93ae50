import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { CompanyRole } from './chatbot.matrix';

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
  @Field(() => String, { nullable: true, description: 'FREE, STARTER, BUSINESS or ENTERPRISE.' })
  @RequiresPermission('chatbot:company_billing_plan:read')
  billingPlan!: string;
}

@ObjectType('CompanyInvitation', { description: 'A pending invitation to a company (CB-3).' })
export class CompanyInvitation {
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') email!: string;
  @Field(() => CompanyRole, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') role!: CompanyRole;
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:invited_users:read') status!: string;
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
  @Field(() => String, { nullable: true }) @RequiresPermission('chatbot:agent_channels:read') kind!: string;
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
