import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { runAccessChange } from '../../common/access/kernel';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { isUuid } from '../../common/loaders';
import { requireId, requireName } from '../../common/validation';
import { chatbotChange } from '../access/product-roles.tx';
import type { ChatbotResource, Operation } from './chatbot.matrix';
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
 * The chatbot resources of CB-2. Every change runs through the access kernel with the CB-2 cell its field
 * declares re-checked on fresh facts (a company user deactivated or removed a moment ago, or chatbot disabled, is
 * refused). Every lookup is scoped by the organization named in the input, so an id from another company is
 * NOT_FOUND.
 */
export class ChatbotContentService {
  constructor(private readonly db: DataSource) {}

  /** Runs one content change under its CB-2 cell (kernel: lock, facts, re-check). */
  private change<T>(
    viewer: Viewer,
    organizationId: string,
    cell: [ChatbotResource, Operation],
    work: (m: EntityManager, organizationId: string) => Promise<T>,
  ): Promise<T> {
    const orgId = requireId('organizationId', organizationId);
    return runAccessChange(this.db, chatbotChange(viewer, orgId, cell[0], cell[1]), ({ manager }) =>
      work(manager, orgId),
    );
  }

  private async find<T extends ObjectLiteral & { organizationId: string }>(
    m: EntityManager,
    entity: EntityTarget<T>,
    organizationId: string,
    id: unknown,
    field: string,
  ): Promise<T> {
    const row = isUuid(id) ? await m.getRepository(entity).findOneBy({ id, organizationId } as never) : null;
    if (!row)
      throw new DomainError(ErrorCode.NOT_FOUND, `No such ${field.replace(/Id$/, '')} in this company`, { field });
    return row;
  }

  private async insert<T extends ObjectLiteral>(
    m: EntityManager,
    entity: EntityTarget<T>,
    values: Partial<T>,
  ): Promise<T> {
    const { identifiers } = await m.getRepository(entity).insert(values as never);
    return m.getRepository(entity).findOneByOrFail(identifiers[0] as never);
  }

  private async patch<T extends ObjectLiteral & { id: string }>(
    m: EntityManager,
    entity: EntityTarget<T>,
    row: T,
    changes: Partial<T>,
  ): Promise<T> {
    if (Object.keys(changes).length === 0) throw new ValidationError('input', 'Nothing to change');
    await m.getRepository(entity).update({ id: row.id } as never, changes as never);
    return { ...row, ...changes };
  }

  createProject(v: Viewer, i: { organizationId: string; name: string }) {
    return this.change(v, i.organizationId, ['project', 'C'], (m, o) =>
      this.insert(m, ChatbotProjectEntity, { organizationId: o, name: requireName('name', i.name) }),
    );
  }
  updateProject(v: Viewer, i: { organizationId: string; projectId: string; name: string }) {
    return this.change(v, i.organizationId, ['project', 'U'], async (m, o) =>
      this.patch(m, ChatbotProjectEntity, await this.find(m, ChatbotProjectEntity, o, i.projectId, 'projectId'), {
        name: requireName('name', i.name),
      }),
    );
  }
  deleteProject(v: Viewer, i: { organizationId: string; projectId: string }) {
    return this.change(v, i.organizationId, ['project', 'D'], async (m, o) => {
      const p = await this.find(m, ChatbotProjectEntity, o, i.projectId, 'projectId');
      await m.getRepository(ChatbotProjectEntity).delete({ id: p.id });
      return true;
    });
  }

  /** Adds an agent to a project: an update of the project (CB-2 has no agent create). */
  createAgent(v: Viewer, i: { organizationId: string; projectId: string; name: string }) {
    return this.change(v, i.organizationId, ['project', 'U'], async (m, o) => {
      const p = await this.find(m, ChatbotProjectEntity, o, i.projectId, 'projectId');
      return this.insert(m, ChatbotAgentEntity, {
        organizationId: p.organizationId,
        projectId: p.id,
        name: requireName('name', i.name),
        data: {},
      });
    });
  }
  deleteAgent(v: Viewer, i: { organizationId: string; agentId: string }) {
    return this.change(v, i.organizationId, ['project', 'U'], async (m, o) => {
      const a = await this.find(m, ChatbotAgentEntity, o, i.agentId, 'agentId');
      await m.getRepository(ChatbotAgentEntity).delete({ id: a.id });
      return true;
    });
  }
  updateAgent(
    v: Viewer,
    i: { organizationId: string; agentId: string; name?: string | null; data?: Record<string, unknown> | null },
  ) {
    return this.change(v, i.organizationId, ['agent_data', 'U'], async (m, o) => {
      const a = await this.find(m, ChatbotAgentEntity, o, i.agentId, 'agentId');
      const changes: Partial<ChatbotAgentEntity> = {};
      if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
      if (i.data !== undefined && i.data !== null) changes.data = requireJson('data', i.data);
      return this.patch(m, ChatbotAgentEntity, a, changes);
    });
  }

  addChannel(
    v: Viewer,
    i: { organizationId: string; agentId: string; kind: string; config?: Record<string, unknown> | null },
  ) {
    return this.change(v, i.organizationId, ['agent_channels', 'C'], async (m, o) => {
      const a = await this.find(m, ChatbotAgentEntity, o, i.agentId, 'agentId');
      if (!CHANNEL_KINDS.includes(i.kind as never))
        throw new ValidationError('kind', `kind must be one of ${CHANNEL_KINDS.join(', ')}`);
      return this.insert(m, ChatbotChannelEntity, {
        organizationId: a.organizationId,
        agentId: a.id,
        kind: i.kind,
        config: requireJson('config', i.config ?? {}),
      });
    });
  }
  updateChannel(v: Viewer, i: { organizationId: string; channelId: string; config: Record<string, unknown> }) {
    return this.change(v, i.organizationId, ['agent_channels', 'U'], async (m, o) =>
      this.patch(m, ChatbotChannelEntity, await this.find(m, ChatbotChannelEntity, o, i.channelId, 'channelId'), {
        config: requireJson('config', i.config),
      }),
    );
  }
  removeChannel(v: Viewer, i: { organizationId: string; channelId: string }) {
    return this.change(v, i.organizationId, ['agent_channels', 'D'], async (m, o) => {
      const c = await this.find(m, ChatbotChannelEntity, o, i.channelId, 'channelId');
      await m.getRepository(ChatbotChannelEntity).delete({ id: c.id });
      return true;
    });
  }

  private async scenarioOf(m: EntityManager, organizationId: string, agentId: string) {
    const a = await this.find(m, ChatbotAgentEntity, organizationId, agentId, 'agentId');
    return { agent: a, scenario: await m.getRepository(ChatbotScenarioEntity).findOneBy({ agentId: a.id }) };
  }
  createScenario(v: Viewer, i: { organizationId: string; agentId: string; content: Record<string, unknown> }) {
    return this.change(v, i.organizationId, ['agent_scenario', 'C'], async (m, o) => {
      const { agent, scenario } = await this.scenarioOf(m, o, i.agentId);
      if (scenario)
        throw new DomainError(ErrorCode.CONFLICT, 'This agent has a scenario; update or replace it', {
          field: 'agentId',
        });
      await m.getRepository(ChatbotScenarioEntity).insert({
        agentId: agent.id,
        organizationId: agent.organizationId,
        content: requireJson('content', i.content) as never,
      });
      return agent;
    });
  }
  updateScenario(v: Viewer, i: { organizationId: string; agentId: string; content: Record<string, unknown> }) {
    return this.change(v, i.organizationId, ['agent_scenario', 'U'], async (m, o) => {
      const { agent, scenario } = await this.scenarioOf(m, o, i.agentId);
      if (!scenario) throw new DomainError(ErrorCode.NOT_FOUND, 'This agent has no scenario yet', { field: 'agentId' });
      await m
        .getRepository(ChatbotScenarioEntity)
        .update({ agentId: agent.id }, { content: requireJson('content', i.content) as never });
      return agent;
    });
  }
  deleteScenario(v: Viewer, i: { organizationId: string; agentId: string }) {
    return this.change(v, i.organizationId, ['agent_scenario', 'D'], async (m, o) => {
      const { agent } = await this.scenarioOf(m, o, i.agentId);
      await m.getRepository(ChatbotScenarioEntity).delete({ agentId: agent.id });
      return agent;
    });
  }
  /** Agent scenario replacement: the agent's scenario becomes a copy of another agent's of the same company. */
  replaceScenario(v: Viewer, i: { organizationId: string; agentId: string; fromAgentId: string }) {
    return this.change(v, i.organizationId, ['agent_scenario_replacement', 'A'], async (m, o) => {
      const { agent } = await this.scenarioOf(m, o, i.agentId);
      const { scenario: source } = await this.scenarioOf(m, o, i.fromAgentId);
      if (!source)
        throw new DomainError(ErrorCode.NOT_FOUND, 'The source agent has no scenario', { field: 'fromAgentId' });
      await m
        .getRepository(ChatbotScenarioEntity)
        .upsert({ agentId: agent.id, organizationId: agent.organizationId, content: source.content as never }, [
          'agentId',
        ]);
      return agent;
    });
  }

  /** Agent export (a read: the field policy decides, nothing changes). */
  async exportAgent(i: { organizationId: string; agentId: string }): Promise<AgentExport> {
    const m = this.db.manager;
    const { agent, scenario } = await this.scenarioOf(m, requireId('organizationId', i.organizationId), i.agentId);
    const channels = await m
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
  importAgent(v: Viewer, i: { organizationId: string; projectId: string; agent: Record<string, unknown> }) {
    return this.change(v, i.organizationId, ['agent_import', 'A'], async (m, o) => {
      const p = await this.find(m, ChatbotProjectEntity, o, i.projectId, 'projectId');
      const doc = requireJson('agent', i.agent) as Partial<AgentExport>;
      if (doc.format !== 'chatbot-agent/v1')
        throw new ValidationError('agent', 'agent is not an export of format chatbot-agent/v1');
      const channels = Array.isArray(doc.channels) ? doc.channels : [];
      for (const c of channels)
        if (!CHANNEL_KINDS.includes(c?.kind as never))
          throw new ValidationError('agent', `unknown channel kind ${String(c?.kind)}`);
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

  createIntent(v: Viewer, i: { organizationId: string; name: string; phrases?: string[] | null }) {
    return this.change(v, i.organizationId, ['company_intents', 'C'], (m, o) =>
      this.insert(m, ChatbotIntentEntity, {
        organizationId: o,
        name: requireName('name', i.name),
        phrases: i.phrases ?? [],
      }),
    );
  }
  updateIntent(
    v: Viewer,
    i: { organizationId: string; intentId: string; name?: string | null; phrases?: string[] | null },
  ) {
    return this.change(v, i.organizationId, ['company_intents', 'U'], async (m, o) => {
      const row = await this.find(m, ChatbotIntentEntity, o, i.intentId, 'intentId');
      const changes: Partial<ChatbotIntentEntity> = {};
      if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
      if (i.phrases !== undefined && i.phrases !== null) changes.phrases = i.phrases;
      return this.patch(m, ChatbotIntentEntity, row, changes);
    });
  }
  deleteIntent(v: Viewer, i: { organizationId: string; intentId: string }) {
    return this.change(v, i.organizationId, ['company_intents', 'D'], async (m, o) => {
      const row = await this.find(m, ChatbotIntentEntity, o, i.intentId, 'intentId');
      await m.getRepository(ChatbotIntentEntity).delete({ id: row.id });
      return true;
    });
  }

  createExternalRequest(v: Viewer, i: { organizationId: string; name: string; url: string }) {
    return this.change(v, i.organizationId, ['company_external_requests', 'C'], (m, o) =>
      this.insert(m, ChatbotExternalRequestEntity, {
        organizationId: o,
        name: requireName('name', i.name),
        url: requireUrl('url', i.url),
      }),
    );
  }
  updateExternalRequest(
    v: Viewer,
    i: { organizationId: string; externalRequestId: string; name?: string | null; url?: string | null },
  ) {
    return this.change(v, i.organizationId, ['company_external_requests', 'U'], async (m, o) => {
      const row = await this.find(m, ChatbotExternalRequestEntity, o, i.externalRequestId, 'externalRequestId');
      const changes: Partial<ChatbotExternalRequestEntity> = {};
      if (i.name !== undefined && i.name !== null) changes.name = requireName('name', i.name);
      if (i.url !== undefined && i.url !== null) changes.url = requireUrl('url', i.url);
      return this.patch(m, ChatbotExternalRequestEntity, row, changes);
    });
  }
  deleteExternalRequest(v: Viewer, i: { organizationId: string; externalRequestId: string }) {
    return this.change(v, i.organizationId, ['company_external_requests', 'D'], async (m, o) => {
      const row = await this.find(m, ChatbotExternalRequestEntity, o, i.externalRequestId, 'externalRequestId');
      await m.getRepository(ChatbotExternalRequestEntity).delete({ id: row.id });
      return true;
    });
  }
}
