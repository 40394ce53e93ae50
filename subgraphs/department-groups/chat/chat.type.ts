import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

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
