import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A product of the catalogue in an organization.' })
export class OrganizationProductInput {
  @Field(() => ID) organizationId!: string;
  @Field({ description: 'A catalogue key: accounts, livechat, chatbot, helpdesk, knowledgebase…' }) product!: string;
}
