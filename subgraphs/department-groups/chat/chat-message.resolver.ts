import { FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { AccountRef } from '../account/account.ref';
import type { ChatMessageEntity } from './chat.entity';
import { ChatMessage } from './chat.type';

@Resolver(() => ChatMessage)
export class ChatMessageResolver {
  @FieldResolver(() => AccountRef, { nullable: true, description: 'The operator who wrote it; null for the visitor.' })
  @RequiresPermission('chat:read')
  author(@Root() message: ChatMessageEntity): AccountRef | null {
    return message.authorAccountId ? { id: message.authorAccountId } : null;
  }
}
