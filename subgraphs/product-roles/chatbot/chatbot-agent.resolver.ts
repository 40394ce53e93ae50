import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import {
  AddChannelInput,
  AgentInput,
  ChannelInput,
  ImportAgentInput,
  ReplaceScenarioInput,
  ScenarioInput,
  UpdateAgentInput,
  UpdateChannelInput,
} from './chatbot.input';
import { ChatbotAgent, ChatbotChannel, RemoveChatbotAgentChannelPayload } from './chatbot.type';
import type { AgentExport } from './chatbot-content.service';
import type { ChatbotAgentEntity, ChatbotChannelEntity } from './chatbot-resource.entity';
import { changed, type Changed } from '../../common/payload';
import {
  AddChatbotAgentChannelPayload,
  CreateChatbotAgentScenarioPayload,
  DeleteChatbotAgentScenarioPayload,
  ImportChatbotAgentPayload,
  ReplaceChatbotAgentScenarioPayload,
  UpdateChatbotAgentChannelPayload,
  UpdateChatbotAgentPayload,
  UpdateChatbotAgentScenarioPayload,
} from './chatbot-agent.payload';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotAgent)
export class ChatbotAgentResolver {
  @FieldResolver(() => [ChatbotChannel], { nullable: true })
  @RequiresPermission('chatbot:agent_channels:read')
  channels(@Root() a: ChatbotAgentEntity, @Ctx() ctx: Ctx_): Promise<ChatbotChannelEntity[]> {
    return ctx.loaders.channelsByAgentId.load(a.id);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:read')
  async scenario(@Root() a: ChatbotAgentEntity, @Ctx() ctx: Ctx_): Promise<object | null> {
    return (await ctx.loaders.scenarioByAgentId.load(a.id))?.content ?? null;
  }

  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Agent export: data, scenario and channels as one JSON document.',
  })
  @RequiresPermission('chatbot:agent_export:action')
  exportChatbotAgent(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('agentId', () => ID) agentId: string,
    @Ctx() ctx: Ctx_,
  ): Promise<AgentExport> {
    return ctx.services.chatbot.exportAgent({ organizationId, agentId });
  }

  @Mutation(() => ImportChatbotAgentPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_import:action')
  importChatbotAgent(
    @Arg('input') input: ImportAgentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.importAgent(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotAgentPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_data:update')
  updateChatbotAgent(
    @Arg('input') input: UpdateAgentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.updateAgent(ctx.viewer!, input));
  }
  @Mutation(() => AddChatbotAgentChannelPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:create')
  addChatbotAgentChannel(
    @Arg('input') input: AddChannelInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotChannel', ChatbotChannelEntity>> {
    return changed('chatbotChannel', ctx.services.chatbot.addChannel(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotAgentChannelPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:update')
  updateChatbotAgentChannel(
    @Arg('input') input: UpdateChannelInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotChannel', ChatbotChannelEntity>> {
    return changed('chatbotChannel', ctx.services.chatbot.updateChannel(ctx.viewer!, input));
  }
  @Mutation(() => RemoveChatbotAgentChannelPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:delete')
  async removeChatbotAgentChannel(
    @Arg('input') input: ChannelInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ removedChatbotChannelId: string }> {
    await ctx.services.chatbot.removeChannel(ctx.viewer!, input);
    return { removedChatbotChannelId: input.channelId };
  }
  @Mutation(() => CreateChatbotAgentScenarioPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:create')
  createChatbotAgentScenario(
    @Arg('input') input: ScenarioInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.createScenario(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotAgentScenarioPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:update')
  updateChatbotAgentScenario(
    @Arg('input') input: ScenarioInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.updateScenario(ctx.viewer!, input));
  }
  @Mutation(() => DeleteChatbotAgentScenarioPayload, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:delete')
  deleteChatbotAgentScenario(
    @Arg('input') input: AgentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.deleteScenario(ctx.viewer!, input));
  }
  @Mutation(() => ReplaceChatbotAgentScenarioPayload, {
    nullable: true,
    description: "Agent scenario replacement: copies another agent's scenario.",
  })
  @RequiresPermission('chatbot:agent_scenario_replacement:action')
  replaceChatbotAgentScenario(
    @Arg('input') input: ReplaceScenarioInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.replaceScenario(ctx.viewer!, input));
  }
}
