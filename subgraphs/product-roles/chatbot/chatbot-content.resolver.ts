import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import {
  AddChannelInput,
  AgentInput,
  ChannelInput,
  CreateAgentInput,
  CreateExternalRequestInput,
  CreateIntentInput,
  CreateProjectInput,
  ExternalRequestInput,
  ImportAgentInput,
  IntentInput,
  ProjectInput,
  ReplaceScenarioInput,
  ScenarioInput,
  UpdateAgentInput,
  UpdateChannelInput,
  UpdateExternalRequestInput,
  UpdateIntentInput,
  UpdateProjectInput,
} from './chatbot.input';
import { ChatbotAgent, ChatbotChannel, ChatbotExternalRequest, ChatbotIntent, ChatbotProject } from './chatbot.type';
import type { AgentExport } from './chatbot-content.service';
import type {
  ChatbotAgentEntity,
  ChatbotChannelEntity,
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
} from './chatbot-resource.entity';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotProject)
export class ChatbotProjectResolver {
  @FieldResolver(() => [ChatbotAgent], { nullable: true })
  @RequiresPermission('chatbot:agent_data:read')
  agents(@Root() p: ChatbotProjectEntity, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity[]> {
    return ctx.loaders.agentsByProjectId.load(p.id);
  }

  @Mutation(() => ChatbotProject, { nullable: true })
  @RequiresPermission('chatbot:project:create')
  createChatbotProject(@Arg('input') input: CreateProjectInput, @Ctx() ctx: Ctx_): Promise<ChatbotProjectEntity> {
    return ctx.services.chatbot.createProject(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotProject, { nullable: true })
  @RequiresPermission('chatbot:project:update')
  updateChatbotProject(@Arg('input') input: UpdateProjectInput, @Ctx() ctx: Ctx_): Promise<ChatbotProjectEntity> {
    return ctx.services.chatbot.updateProject(ctx.viewer!, input);
  }
  @Mutation(() => Boolean, { nullable: true })
  @RequiresPermission('chatbot:project:delete')
  deleteChatbotProject(@Arg('input') input: ProjectInput, @Ctx() ctx: Ctx_): Promise<boolean> {
    return ctx.services.chatbot.deleteProject(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, {
    nullable: true,
    description: 'Adds an agent to a project: an update of the project (CB-2 has no agent create).',
  })
  @RequiresPermission('chatbot:project:update')
  createChatbotAgent(@Arg('input') input: CreateAgentInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.createAgent(ctx.viewer!, input);
  }
  @Mutation(() => Boolean, {
    nullable: true,
    description: 'Removes an agent from its project: an update of the project.',
  })
  @RequiresPermission('chatbot:project:update')
  deleteChatbotAgent(@Arg('input') input: AgentInput, @Ctx() ctx: Ctx_): Promise<boolean> {
    return ctx.services.chatbot.deleteAgent(ctx.viewer!, input);
  }
}

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

  @Mutation(() => ChatbotAgent, { nullable: true })
  @RequiresPermission('chatbot:agent_import:action')
  importChatbotAgent(@Arg('input') input: ImportAgentInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.importAgent(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, { nullable: true })
  @RequiresPermission('chatbot:agent_data:update')
  updateChatbotAgent(@Arg('input') input: UpdateAgentInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.updateAgent(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotChannel, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:create')
  addChatbotAgentChannel(@Arg('input') input: AddChannelInput, @Ctx() ctx: Ctx_): Promise<ChatbotChannelEntity> {
    return ctx.services.chatbot.addChannel(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotChannel, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:update')
  updateChatbotAgentChannel(@Arg('input') input: UpdateChannelInput, @Ctx() ctx: Ctx_): Promise<ChatbotChannelEntity> {
    return ctx.services.chatbot.updateChannel(ctx.viewer!, input);
  }
  @Mutation(() => Boolean, { nullable: true })
  @RequiresPermission('chatbot:agent_channels:delete')
  removeChatbotAgentChannel(@Arg('input') input: ChannelInput, @Ctx() ctx: Ctx_): Promise<boolean> {
    return ctx.services.chatbot.removeChannel(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:create')
  createChatbotAgentScenario(@Arg('input') input: ScenarioInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.createScenario(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:update')
  updateChatbotAgentScenario(@Arg('input') input: ScenarioInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.updateScenario(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, { nullable: true })
  @RequiresPermission('chatbot:agent_scenario:delete')
  deleteChatbotAgentScenario(@Arg('input') input: AgentInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.deleteScenario(ctx.viewer!, input);
  }
  @Mutation(() => ChatbotAgent, {
    nullable: true,
    description: "Agent scenario replacement: copies another agent's scenario.",
  })
  @RequiresPermission('chatbot:agent_scenario_replacement:action')
  replaceChatbotAgentScenario(
    @Arg('input') input: ReplaceScenarioInput,
    @Ctx() ctx: Ctx_,
  ): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.replaceScenario(ctx.viewer!, input);
  }
}

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
  @Mutation(() => Boolean, { nullable: true })
  @RequiresPermission('chatbot:company_external_requests:delete')
  deleteChatbotExternalRequest(@Arg('input') input: ExternalRequestInput, @Ctx() ctx: Ctx_): Promise<boolean> {
    return ctx.services.chatbot.deleteExternalRequest(ctx.viewer!, input);
  }
}
