import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { Connection } from '../../common/pagination';

@ObjectType('Chat', {
  description: "A visitor's chat in a department; readable by those who see the department (LHC-5).",
})
export class Chat {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chat:read') visitorName!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('chat:read') createdAt!: Date;
}

@ObjectType('ChatMessage')
export class ChatMessage {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('chat:read') body!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('chat:read') createdAt!: Date;
}

@ObjectType('ChatConnection', { description: 'A page of chats, oldest first.' })
export class ChatConnection extends Connection(Chat, 'Chat') {
  organizationId!: string;
  /** The departments counted: those the caller sees, narrowed by the filter. */
  departmentIds!: string[];
  @Field(() => Int, { description: 'Chats matching the filter in the departments the caller sees, in all.' })
  @Public()
  totalCount!: number;
}

@ObjectType('ChatMessageConnection', { description: "A page of a chat's messages, oldest first." })
export class ChatMessageConnection extends Connection(ChatMessage, 'ChatMessage') {}
