import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { byName, PageArgs, pageOfList, type Page } from '../../common/pagination';
import type { ProductRolesContext } from '../product-roles.context';
import { AgentInput, CreateAgentInput, CreateProjectInput, ProjectInput, UpdateProjectInput } from './chatbot.input';
import {
  ChatbotAgentConnection,
  ChatbotProject,
  DeleteChatbotAgentPayload,
  DeleteChatbotProjectPayload,
} from './chatbot.type';
import type { ChatbotAgentEntity, ChatbotProjectEntity } from './chatbot-resource.entity';
import { changed, type Changed } from '../../common/payload';
import {
  CreateChatbotAgentPayload,
  CreateChatbotProjectPayload,
  UpdateChatbotProjectPayload,
} from './chatbot-project.payload';

type Ctx_ = ProductRolesContext;

@Resolver(() => ChatbotProject)
export class ChatbotProjectResolver {
  @FieldResolver(() => ChatbotAgentConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('chatbot:agent_data:read')
  async agents(
    @Root() p: ChatbotProjectEntity,
    @Ctx() ctx: Ctx_,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ChatbotAgentEntity>> {
    return pageOfList(await ctx.loaders.agentsByProjectId.load(p.id), first, after, byName);
  }

  @Mutation(() => CreateChatbotProjectPayload, { nullable: true })
  @RequiresPermission('chatbot:project:create')
  createChatbotProject(
    @Arg('input') input: CreateProjectInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotProject', ChatbotProjectEntity>> {
    return changed('chatbotProject', ctx.services.chatbot.createProject(ctx.viewer!, input));
  }
  @Mutation(() => UpdateChatbotProjectPayload, { nullable: true })
  @RequiresPermission('chatbot:project:update')
  updateChatbotProject(
    @Arg('input') input: UpdateProjectInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotProject', ChatbotProjectEntity>> {
    return changed('chatbotProject', ctx.services.chatbot.updateProject(ctx.viewer!, input));
  }
  @Mutation(() => DeleteChatbotProjectPayload, { nullable: true })
  @RequiresPermission('chatbot:project:delete')
  async deleteChatbotProject(
    @Arg('input') input: ProjectInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ deletedChatbotProjectId: string }> {
    await ctx.services.chatbot.deleteProject(ctx.viewer!, input);
    return { deletedChatbotProjectId: input.projectId };
  }
  @Mutation(() => CreateChatbotAgentPayload, {
    nullable: true,
    description: 'Adds an agent to a project: an update of the project (CB-2 has no agent create).',
  })
  @RequiresPermission('chatbot:project:update')
  createChatbotAgent(
    @Arg('input') input: CreateAgentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<Changed<'chatbotAgent', ChatbotAgentEntity>> {
    return changed('chatbotAgent', ctx.services.chatbot.createAgent(ctx.viewer!, input));
  }
  @Mutation(() => DeleteChatbotAgentPayload, {
    nullable: true,
    description: 'Removes an agent from its project: an update of the project.',
  })
  @RequiresPermission('chatbot:project:update')
  async deleteChatbotAgent(
    @Arg('input') input: AgentInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ deletedChatbotAgentId: string }> {
    await ctx.services.chatbot.deleteAgent(ctx.viewer!, input);
    return { deletedChatbotAgentId: input.agentId };
  }
}
