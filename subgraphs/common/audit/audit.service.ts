import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** An access change to record: who did what to which target, with the state before and after. */
export interface AuditInput {
  organizationId: string | null;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: object | null;
  after?: object | null;
}

/** Writes one audit event of a change: what a service's transaction helper hands its work. */
export type Auditor = (
  action: string,
  targetType: string,
  targetId: string,
  before: object | null,
  after: object | null,
) => Promise<void>;

/** An auditor bound to a transaction, an organization and the actor, so each change only says what happened. */
export function auditorFor(
  manager: EntityManager,
  organizationId: string | null,
  actorAccountId: string | null,
): Auditor {
  return (action, targetType, targetId, before, after) =>
    recordAudit(manager, { organizationId, actorAccountId, action, targetType, targetId, before, after });
}

/** Writes an audit event with the caller's transaction manager, so the event commits or rolls back with the change. */
export async function recordAudit(manager: EntityManager, event: AuditInput): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('audit events must be written inside the transaction of the change they describe');
  }
  await manager.insert(AuditEventEntity, {
    organizationId: event.organizationId,
    actorAccountId: event.actorAccountId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    before: (event.before ?? null) as never,
    after: (event.after ?? null) as never,
  });
}
