import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageSize, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity } from '../department/department.entity';
import { Department } from '../department/department.type';
import type { ChatEntity, ChatMessageEntity } from './chat.entity';
import { Chat, ChatMessageConnection } from './chat.type';
import { PostChatMessageInput, StartChatInput } from './chat.input';
import { changed, type Changed } from '../../common/payload';
import { PostChatMessagePayload, StartChatPayload } from './chat.payload';

@Resolver(() => Chat)
export class ChatResolver {
  @Query(() => Chat, { nullable: true, description: 'A chat of a department the caller sees (LHC-5).' })
  @RequiresPermission('chat:read')
  chat(@Arg('id', () => ID) id: string, @Ctx() ctx: DepartmentGroupsContext): Promise<ChatEntity | null> {
    return ctx.loaders.chatById.load(id);
  }

  @FieldResolver(() => Department, { nullable: true })
  @RequiresPermission('chat:read')
  department(@Root() chat: ChatEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<DepartmentEntity | null> {
    return ctx.loaders.departmentById.load(chat.departmentId);
  }

  @FieldResolver(() => ChatMessageConnection, { nullable: true, description: 'Oldest first.' })
  @RequiresPermission('chat:read')
  messages(
    @Root() chat: ChatEntity,
    @Ctx() ctx: DepartmentGroupsContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ChatMessageEntity>> {
    return ctx.loaders.messagesPage.load({
      parentId: chat.id,
      first: pageSize(first),
      after: after ?? null,
      filter: null,
    });
  }

  @Mutation(() => StartChatPayload, {
    nullable: true,
    description: "Opens a visitor's chat in a department the caller sees (LiveChat conversations.live).",
  })
  @RequiresPermission('livechat:chat:start')
  startChat(
    @Arg('input') input: StartChatInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'chat', ChatEntity>> {
    return changed('chat', ctx.services.chats.startChat(ctx.viewer!, input));
  }

  @Mutation(() => PostChatMessagePayload, {
    nullable: true,
    description: 'Writes in a chat of a department the caller sees (LiveChat conversations.live or inbox.use).',
  })
  @RequiresPermission('chat:post')
  postChatMessage(
    @Arg('input') input: PostChatMessageInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'chat', ChatEntity>> {
    return changed('chat', ctx.services.chats.postMessage(ctx.viewer!, input));
  }
}
