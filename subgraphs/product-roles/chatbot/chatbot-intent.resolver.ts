import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { CreateIntentInput, IntentInput, UpdateIntentInput } from './chatbot.input';
import { ChatbotIntent } from './chatbot.type';
import type { ChatbotIntentEntity } from './chatbot-resource.entity';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotIntent)
export class ChatbotIntentResolver {
  @Mutation(() => ChatbotIntent, { nullable: true })
  @RequiresPermission('chatbot:company_intents:create')
  createChatbotIntent(@Arg('input') input: CreateIntentInput, @Ctx() ctx: Ctx_): Promise<ChatbotIntentEntity> {
    return ctx.services.chatbot.createIntent(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotIntent, { nullable: true })
  @RequiresPermission('chatbot:company_intents:update')
  updateChatbotIntent(@Arg('input') input: UpdateIntentInput, @Ctx() ctx: Ctx_): Promise<ChatbotIntentEntity> {
    return ctx.services.chatbot.updateIntent(ctx.viewer!, input);
  }
  @Mutation(() => Boolean, { nullable: true })
  @RequiresPermission('chatbot:company_intents:delete')
  deleteChatbotIntent(@Arg('input') input: IntentInput, @Ctx() ctx: Ctx_): Promise<boolean> {
    return ctx.services.chatbot.deleteIntent(ctx.viewer!, input);
  }
}
