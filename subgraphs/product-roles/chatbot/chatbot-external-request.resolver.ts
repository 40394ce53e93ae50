import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { CreateExternalRequestInput, ExternalRequestInput, UpdateExternalRequestInput } from './chatbot.input';
import { ChatbotExternalRequest, DeleteChatbotExternalRequestPayload } from './chatbot.type';
import type { ChatbotExternalRequestEntity } from './chatbot-resource.entity';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotExternalRequest)
export class ChatbotExternalRequestResolver {
  @Mutation(() => ChatbotExternalRequest, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:create')
  createChatbotExternalRequest(
    @Arg('input') input: CreateExternalRequestInput,
    @Ctx() ctx: Ctx_,
  ): Promise<ChatbotExternalRequestEntity> {
    return ctx.services.chatbot.createExternalRequest(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotExternalRequest, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:update')
  updateChatbotExternalRequest(
    @Arg('input') input: UpdateExternalRequestInput,
    @Ctx() ctx: Ctx_,
  ): Promise<ChatbotExternalRequestEntity> {
    return ctx.services.chatbot.updateExternalRequest(ctx.viewer!, input);
  }
  @Mutation(() => DeleteChatbotExternalRequestPayload, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:delete')
  async deleteChatbotExternalRequest(
    @Arg('input') input: ExternalRequestInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ deletedChatbotExternalRequestId: string }> {
    await ctx.services.chatbot.deleteExternalRequest(ctx.viewer!, input);
    return { deletedChatbotExternalRequestId: input.externalRequestId };
  }
}
