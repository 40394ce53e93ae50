import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Minimal real chatbot resources, so the CB-2 matrix is enforced on real operations. */
@Entity({ name: 'chatbot_projects' })
export class ChatbotProjectEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
}

@Entity({ name: 'chatbot_agents' })
export class ChatbotAgentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'jsonb' }) data!: Record<string, unknown>;
}

@Entity({ name: 'chatbot_agent_channels' })
export class ChatbotChannelEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'agent_id', type: 'uuid' }) agentId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'jsonb' }) config!: Record<string, unknown>;
}

@Entity({ name: 'chatbot_agent_scenarios' })
export class ChatbotScenarioEntity {
  @PrimaryColumn({ name: 'agent_id', type: 'uuid' }) agentId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'jsonb' }) content!: Record<string, unknown>;
}

@Entity({ name: 'chatbot_intents' })
export class ChatbotIntentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', array: true }) phrases!: string[];
}

@Entity({ name: 'chatbot_external_requests' })
export class ChatbotExternalRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) url!: string;
}
