import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { organizationsById } from '../../common/contracts/accounts';
import type { Queryable } from '../../common/db/queryable';

/**
 * The chatbot product's view of an organization: its billing plan (CB-2). Its name is the organization's name
 * (issue 13), not stored here: `name` is filled from accounts' `organization_directory` by {@link withNames}.
 */
@Entity({ name: 'chatbot_companies' })
export class ChatbotCompanyEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'billing_plan', type: 'text' }) billingPlan!: string;
  /** The organization's name (not a column). */
  name!: string;
}

/** Gives each company its organization's name, read through the accounts contract in one statement. */
export async function withNames(q: Queryable, companies: ChatbotCompanyEntity[]): Promise<ChatbotCompanyEntity[]> {
  if (!companies.length) return companies;
  const names = new Map(
    (await organizationsById(q, [...new Set(companies.map((c) => c.organizationId))])).map((o) => [
      o.organizationId,
      o.name,
    ]),
  );
  for (const c of companies) c.name = names.get(c.organizationId) ?? '';
  return companies;
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
