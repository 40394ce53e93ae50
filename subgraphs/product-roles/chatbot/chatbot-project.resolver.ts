import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { ProductRolesContext } from '../product-roles.context';
import { AgentInput, CreateAgentInput, CreateProjectInput, ProjectInput, UpdateProjectInput } from './chatbot.input';
import { ChatbotAgent, ChatbotProject, DeleteChatbotAgentPayload, DeleteChatbotProjectPayload } from './chatbot.type';
import type { ChatbotAgentEntity, ChatbotProjectEntity } from './chatbot-resource.entity';

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
  @Mutation(() => DeleteChatbotProjectPayload, { nullable: true })
  @RequiresPermission('chatbot:project:delete')
  async deleteChatbotProject(
    @Arg('input') input: ProjectInput,
    @Ctx() ctx: Ctx_,
  ): Promise<{ deletedChatbotProjectId: string }> {
    await ctx.services.chatbot.deleteProject(ctx.viewer!, input);
    return { deletedChatbotProjectId: input.projectId };
  }
  @Mutation(() => ChatbotAgent, {
    nullable: true,
    description: 'Adds an agent to a project: an update of the project (CB-2 has no agent create).',
  })
  @RequiresPermission('chatbot:project:update')
  createChatbotAgent(@Arg('input') input: CreateAgentInput, @Ctx() ctx: Ctx_): Promise<ChatbotAgentEntity> {
    return ctx.services.chatbot.createAgent(ctx.viewer!, input);
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
