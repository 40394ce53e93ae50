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

@InputType('ChatFilter', { description: 'Which chats to list; every given criterion must hold.' })
export class ChatFilter {
  @Field(() => [ID], { nullable: true, description: 'Only chats of these departments (1 to 100).' })
  departmentIds?: string[] | null;
}
