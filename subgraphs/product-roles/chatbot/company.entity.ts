import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The chatbot product's view of an organization: its company name and billing plan (CB-2). */
@Entity({ name: 'chatbot_companies' })
export class ChatbotCompanyEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'billing_plan', type: 'text' }) billingPlan!: string;
}

/** An invitation of a registered account to a company (CB-3). */
@Entity({ name: 'chatbot_invitations' })
export class ChatbotInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @Column({ type: 'text' }) email!: string;
  @Column({ type: 'text' }) role!: string;
  @Column({ type: 'text' }) status!: 'PENDING' | 'ACCEPTED' | 'REVOKED';
  @Column({ name: 'invited_by', type: 'uuid' }) invitedBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** An e-mail to send, written in the transaction of the change that causes it. */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) recipient!: string;
  @Column({ type: 'text' }) subject!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}
