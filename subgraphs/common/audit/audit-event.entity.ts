import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One access change. Every subgraph has this table in its own Postgres schema (the entity takes the
 * schema of the data source it is registered in) and writes it in the transaction of the change.
 */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Monotonic, for stable newest-first paging. */
  @Column({ type: 'bigint', insert: false, update: false }) seq!: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true }) actorAccountId!: string | null;
  @Column({ type: 'text' }) action!: string;
  @Column({ name: 'target_type', type: 'text' }) targetType!: string;
  @Column({ name: 'target_id', type: 'text' }) targetId!: string;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt!: Date;
}

/** DDL of the audit table for a subgraph's first migration. */
export function auditTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".audit_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      organization_id uuid,
      actor_account_id uuid,
      action text NOT NULL,
      target_type text NOT NULL,
      target_id text NOT NULL,
      before jsonb,
      after jsonb,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`,
    `CREATE INDEX audit_events_organization_seq ON "${schema}".audit_events (organization_id, seq DESC)`,
  ];
}
