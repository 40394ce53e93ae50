import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { CreateExternalRequestInput, ExternalRequestInput, UpdateExternalRequestInput } from './chatbot.input';
import { ChatbotExternalRequest, DeleteChatbotExternalRequestPayload } from './chatbot.type';
import type { ChatbotExternalRequestEntity } from './chatbot-resource.entity';
import { changed, type Changed } from '../../common/payload';
import {
  CreateChatbotExternalRequestPayload,
  UpdateChatbotExternalRequestPayload,
} from './chatbot-external-request.payload';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotExternalRequest)
export class ChatbotExternalRequestResolver {
  @Mutation(() => CreateChatbotExternalRequestPayload, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:create')
  createChatbotExternalRequest(
    @Arg('input') input: CreateExternalRequestInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotExternalRequest', ChatbotExternalRequestEntity>> {
    return changed('chatbotExternalRequest', ctx.services.chatbot.createExternalRequest(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotExternalRequestPayload, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:update')
  updateChatbotExternalRequest(
    @Arg('input') input: UpdateExternalRequestInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotExternalRequest', ChatbotExternalRequestEntity>> {
    return changed('chatbotExternalRequest', ctx.services.chatbot.updateExternalRequest(ctx.viewer!, input));
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
