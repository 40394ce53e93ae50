import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class StartChatInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentId!: string;
  @Field() visitorName!: string;
  @Field() message!: string;
}

@InputType()
export class PostChatMessageInput {
  @Field(() => ID) chatId!: string;
  @Field() body!: string;
}
