import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { requireId, requireName } from '../../common/validation';
import {
  ChatbotAgentEntity,
  ChatbotChannelEntity,
  ChatbotExternalRequestEntity,
  ChatbotIntentEntity,
  ChatbotProjectEntity,
  ChatbotScenarioEntity,
} from './chatbot-resource.entity';

const CHANNEL_KINDS = ['web', 'messenger', 'whatsapp', 'telegram', 'viber', 'email', 'api'] as const;
const MAX_JSON_BYTES = 64_000;

function requireJson(field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ValidationError(field, `${field} must be a JSON object`);
  if (JSON.stringify(value).length > MAX_JSON_BYTES)
    throw new ValidationError(field, `${field} must be at most ${MAX_JSON_BYTES} bytes`);
  return value as Record<string, unknown>;
}

function requireUrl(field: string, value: unknown): string {
  try {
    const url = new URL(String(value));
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    // fall through
  }
  throw new ValidationError(field, `${field} must be an http(s) URL`);
}

/** An exported agent, as `exportChatbotAgent` returns it and `importChatbotAgent` takes it. */
export interface AgentExport {
  format: 'chatbot-agent/v1';
  name: string;
  data: Record<string, unknown>;
  scenario: Record<string, unknown> | null;
  channels: Array<{ kind: string; config: Record<string, unknown> }>;
}

/**
 * The chatbot resources of CB-2. Every lookup is scoped by the organization named in the input, so an id from
 * another company is NOT_FOUND. Who may call what is the schema's business (the CB-2 matrix directives).
 */
export class ChatbotContentService {
  constructor(private readonly db: DataSource) {}

  private async find<T extends ObjectLiteral & { organizationId: string }>(
    entity: EntityTarget<T>,
    organizationId: string,
    id: unknown,
    field: string,
  ): Promise<T> {
    const orgId = requireId('organizationId', organizationId);
    const row = isUuid(id)
      ? await this.db.getRepository(entity).findOneBy({ id, organizationId: orgId } as never)
      : null;
    if (!row)
      throw new DomainError(ErrorCode.NOT_FOUND, `No such ${field.replace(/Id$/, '')} in this company`, { field });
    return row;
  }

  private async insert<T extends ObjectLiteral>(entity: EntityTarget<T>, values: Partial<T>): Promise<T> {
    const { identifiers } = await this.db.getRepository(entity).insert(values as never);
    return this.db.getRepository(entity).findOneByOrFail(identifiers[0] as never);
  }

  private async patch<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    row: T,
    changes: Partial<T>,
  ): Promise<T> {
    if (Object.keys(changes).length === 0) throw new ValidationError('input', 'Nothing to change');
    await this.db.getRepository(entity).update({ id: row.id } as never, changes as never);
    return { ...row, ...changes };
  }

  createProject(i: { organizationId: string; name: string }) {
    return this.insert(ChatbotProjectEntity, {
      organizationId: requireId('organizationId', i.organizationId),
      name: requireName('name', i.name),
    });
  }
  async updateProject(i: { organizationId: string; projectId: string; name: string }) {
    return this.patch(
      ChatbotProjectEntity,
      await this.find(ChatbotProjectEntity, i.organizationId, i.projectId, 'projectId'),
      { name: requireName('name', i.name) },
    );
  }
  async deleteProject(i: { organizationId: string; projectId: string }) {
    const p = await this.find(ChatbotProjectEntity, i.organizationId, i.projectId, 'projectId');
    await this.db.getRepository(ChatbotProjectEntity).delete({ id: p.id });
    return true;
  }

  async createAgent(i: { organizationId: string; projectId: string; name: string }) {
    const p = await this.find(ChatbotProjectEntity, i.organizationId, i.projectId, 'projectId');
    return this.insert(ChatbotAgentEntity, {
      organizationId: p.organizationId,
      projectId: p.id,
      name: requireName('name', i.name),
      data: {},
    });
  }
  async deleteAgent(i: { organizationId: string; agentId: string }) {
    const a = await this.find(ChatbotAgentEntity, i.organizationId, i.agentId, 'agentId');
    await this.db.getRepository(ChatbotAgentEntity).delete({ id: a.id });
    return true;
  }
  async updateAgent(i: {
    organizationId: string;
    agentId: string;
    name?: string | null;
    data?: Record<string, unknown> | null;
  }) {
    const a = await this.find(ChatbotAgentEntity, i.organizationId, i.agentId, 'agentId');
    const changes: Partial<ChatbotAgentEntity> = {};
    if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
    if (i.data !== undefined && i.data !== null) changes.data = requireJson('data', i.data);
    return this.patch(ChatbotAgentEntity, a, changes);
  }

  async addChannel(i: {
    organizationId: string;
    agentId: string;
    kind: string;
    config?: Record<string, unknown> | null;
  }) {
    const a = await this.find(ChatbotAgentEntity, i.organizationId, i.agentId, 'agentId');
    if (!CHANNEL_KINDS.includes(i.kind as never))
      throw new ValidationError('kind', `kind must be one of ${CHANNEL_KINDS.join(', ')}`);
    return this.insert(ChatbotChannelEntity, {
      organizationId: a.organizationId,
      agentId: a.id,
      kind: i.kind,
      config: requireJson('config', i.config ?? {}),
    });
  }
  async updateChannel(i: { organizationId: string; channelId: string; config: Record<string, unknown> }) {
    return this.patch(
      ChatbotChannelEntity,
      await this.find(ChatbotChannelEntity, i.organizationId, i.channelId, 'channelId'),
      { config: requireJson('config', i.config) },
    );
  }
  async removeChannel(i: { organizationId: string; channelId: string }) {
    const c = await this.find(ChatbotChannelEntity, i.organizationId, i.channelId, 'channelId');
    await this.db.getRepository(ChatbotChannelEntity).delete({ id: c.id });
    return true;
  }

  private async scenarioOf(organizationId: string, agentId: string) {
    const a = await this.find(ChatbotAgentEntity, organizationId, agentId, 'agentId');
    return { agent: a, scenario: await this.db.getRepository(ChatbotScenarioEntity).findOneBy({ agentId: a.id }) };
  }
  async createScenario(i: { organizationId: string; agentId: string; content: Record<string, unknown> }) {
    const { agent, scenario } = await this.scenarioOf(i.organizationId, i.agentId);
    if (scenario)
      throw new DomainError(ErrorCode.CONFLICT, 'This agent has a scenario; update or replace it', {
        field: 'agentId',
      });
    await this.db.getRepository(ChatbotScenarioEntity).insert({
      agentId: agent.id,
      organizationId: agent.organizationId,
      content: requireJson('content', i.content) as never,
    });
    return agent;
  }
  async updateScenario(i: { organizationId: string; agentId: string; content: Record<string, unknown> }) {
    const { agent, scenario } = await this.scenarioOf(i.organizationId, i.agentId);
    if (!scenario) throw new DomainError(ErrorCode.NOT_FOUND, 'This agent has no scenario yet', { field: 'agentId' });
    await this.db
      .getRepository(ChatbotScenarioEntity)
      .update({ agentId: agent.id }, { content: requireJson('content', i.content) as never });
    return agent;
  }
  async deleteScenario(i: { organizationId: string; agentId: string }) {
    const { agent } = await this.scenarioOf(i.organizationId, i.agentId);
    await this.db.getRepository(ChatbotScenarioEntity).delete({ agentId: agent.id });
    return agent;
  }
  /** Agent scenario replacement: the agent's scenario becomes a copy of another agent's of the same company. */
  async replaceScenario(i: { organizationId: string; agentId: string; fromAgentId: string }) {
    const { agent } = await this.scenarioOf(i.organizationId, i.agentId);
    const { scenario: source } = await this.scenarioOf(i.organizationId, i.fromAgentId);
    if (!source)
      throw new DomainError(ErrorCode.NOT_FOUND, 'The source agent has no scenario', { field: 'fromAgentId' });
    await this.db
      .getRepository(ChatbotScenarioEntity)
      .upsert({ agentId: agent.id, organizationId: agent.organizationId, content: source.content as never }, [
        'agentId',
      ]);
    return agent;
  }

  async exportAgent(i: { organizationId: string; agentId: string }): Promise<AgentExport> {
    const { agent, scenario } = await this.scenarioOf(i.organizationId, i.agentId);
    const channels = await this.db
      .getRepository(ChatbotChannelEntity)
      .find({ where: { agentId: agent.id }, order: { kind: 'ASC' } });
    return {
      format: 'chatbot-agent/v1',
      name: agent.name,
      data: agent.data,
      scenario: scenario?.content ?? null,
      channels: channels.map((c) => ({ kind: c.kind, config: c.config })),
    };
  }
  /** Agent import: a new agent in a project, from an export; all or nothing. */
  async importAgent(i: { organizationId: string; projectId: string; agent: Record<string, unknown> }) {
    const p = await this.find(ChatbotProjectEntity, i.organizationId, i.projectId, 'projectId');
    const doc = requireJson('agent', i.agent) as Partial<AgentExport>;
    if (doc.format !== 'chatbot-agent/v1')
      throw new ValidationError('agent', 'agent is not an export of format chatbot-agent/v1');
    const channels = Array.isArray(doc.channels) ? doc.channels : [];
    for (const c of channels)
      if (!CHANNEL_KINDS.includes(c?.kind as never))
        throw new ValidationError('agent', `unknown channel kind ${String(c?.kind)}`);
    return this.db.transaction(async (m) => {
      const { identifiers } = await m.insert(ChatbotAgentEntity, {
        organizationId: p.organizationId,
        projectId: p.id,
        name: requireName('agent.name', doc.name),
        data: requireJson('agent.data', doc.data ?? {}) as never,
      });
      const agentId = identifiers[0]!.id as string;
      if (doc.scenario)
        await m.insert(ChatbotScenarioEntity, {
          agentId,
          organizationId: p.organizationId,
          content: requireJson('agent.scenario', doc.scenario) as never,
        });
      for (const c of channels)
        await m.insert(ChatbotChannelEntity, {
          organizationId: p.organizationId,
          agentId,
          kind: c.kind,
          config: requireJson('agent.channels.config', c.config ?? {}) as never,
        });
      return m.findOneByOrFail(ChatbotAgentEntity, { id: agentId });
    });
  }

  createIntent(i: { organizationId: string; name: string; phrases?: string[] | null }) {
    return this.insert(ChatbotIntentEntity, {
      organizationId: requireId('organizationId', i.organizationId),
      name: requireName('name', i.name),
      phrases: i.phrases ?? [],
    });
  }
  async updateIntent(i: { organizationId: string; intentId: string; name?: string | null; phrases?: string[] | null }) {
    const row = await this.find(ChatbotIntentEntity, i.organizationId, i.intentId, 'intentId');
    const changes: Partial<ChatbotIntentEntity> = {};
    if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
    if (i.phrases !== undefined && i.phrases !== null) changes.phrases = i.phrases;
    return this.patch(ChatbotIntentEntity, row, changes);
  }
  async deleteIntent(i: { organizationId: string; intentId: string }) {
    const row = await this.find(ChatbotIntentEntity, i.organizationId, i.intentId, 'intentId');
    await this.db.getRepository(ChatbotIntentEntity).delete({ id: row.id });
    return true;
  }

  createExternalRequest(i: { organizationId: string; name: string; url: string }) {
    return this.insert(ChatbotExternalRequestEntity, {
      organizationId: requireId('organizationId', i.organizationId),
      name: requireName('name', i.name),
      url: requireUrl('url', i.url),
    });
  }
  async updateExternalRequest(i: {
    organizationId: string;
    externalRequestId: string;
    name?: string | null;
    url?: string | null;
  }) {
    const row = await this.find(
      ChatbotExternalRequestEntity,
      i.organizationId,
      i.externalRequestId,
      'externalRequestId',
    );
    const changes: Partial<ChatbotExternalRequestEntity> = {};
    if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
    if (i.url !== undefined && i.url !== null) changes.url = requireUrl('url', i.url);
    return this.patch(ChatbotExternalRequestEntity, row, changes);
  }
  async deleteExternalRequest(i: { organizationId: string; externalRequestId: string }) {
    const row = await this.find(
      ChatbotExternalRequestEntity,
      i.organizationId,
      i.externalRequestId,
      'externalRequestId',
    );
    await this.db.getRepository(ChatbotExternalRequestEntity).delete({ id: row.id });
    return true;
  }
}
