import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { CreateIntentInput, IntentInput, UpdateIntentInput } from './chatbot.input';
import { ChatbotIntent, DeleteChatbotIntentPayload } from './chatbot.type';
import type { ChatbotIntentEntity } from './chatbot-resource.entity';
import { changed, type Changed } from '../../common/payload';
import { CreateChatbotIntentPayload, UpdateChatbotIntentPayload } from './chatbot-intent.payload';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotIntent)
export class ChatbotIntentResolver {
  @Mutation(() => CreateChatbotIntentPayload, { nullable: true })
  @RequiresPermission('chatbot:company_intents:create')
  createChatbotIntent(
    @Arg('input') input: CreateIntentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotIntent', ChatbotIntentEntity>> {
    return changed('chatbotIntent', ctx.services.chatbot.createIntent(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotIntentPayload, { nullable: true })
  @RequiresPermission('chatbot:company_intents:update')
  updateChatbotIntent(
    @Arg('input') input: UpdateIntentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotIntent', ChatbotIntentEntity>> {
    return changed('chatbotIntent', ctx.services.chatbot.updateIntent(ctx.viewer!, input));
  }
  @Mutation(() => DeleteChatbotIntentPayload, { nullable: true })
  @RequiresPermission('chatbot:company_intents:delete')
  async deleteChatbotIntent(
    @Arg('input') input: IntentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ deletedChatbotIntentId: string }> {
    await ctx.services.chatbot.deleteIntent(ctx.viewer!, input);
    return { deletedChatbotIntentId: input.intentId };
  }
}
