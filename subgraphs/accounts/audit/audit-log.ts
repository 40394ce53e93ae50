import {
  isAuditLogPosition,
  type AuditLogFilter,
  type AuditLogPosition,
  type AuditLogRow,
} from '../../common/contracts/audit';
import { ValidationError } from '../../common/errors';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { requireId } from '../../common/validation';
import type { AuditEvent } from './audit-event.type';
import type { AuditLogFilter as AuditLogFilterInput } from './audit-event.input';

/** One validated request for a page of an organization's audit log. */
export interface AuditLogRequest {
  organizationId: string;
  first: number;
  after: AuditLogPosition | null;
  filter: AuditLogFilter;
}

const MAX_ACTIONS = 50;
const MAX_TEXT = 200;

function text(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value.length === 0 || value.length > MAX_TEXT) {
    throw new ValidationError(field, `${field} must be 1 to ${MAX_TEXT} characters`);
  }
  return value;
}

/**
 * Validates the arguments of `Organization.auditLog`: page size, an opaque cursor this list made (anything else is
 * BAD_USER_INPUT, never a server error), and the filter.
 */
export function auditLogRequest(
  organizationId: string,
  first: number | null | undefined,
  after: string | null | undefined,
  filter: AuditLogFilterInput | null | undefined,
): AuditLogRequest {
  const size = pageSize(first);
  const key = decodeCursor(after, ['string', 'string']);
  if (key && !isAuditLogPosition(key[0], key[1]))
    throw new ValidationError('after', 'after is not a cursor of this list');
  const actions = filter?.actions ?? null;
  if (actions && (actions.length > MAX_ACTIONS || actions.some((a) => a.length === 0 || a.length > MAX_TEXT))) {
    throw new ValidationError('filter.actions', `filter.actions takes up to ${MAX_ACTIONS} non-empty actions`);
  }
  return {
    organizationId,
    first: size,
    after: key ? { createdAtKey: key[0] as string, id: key[1] as string } : null,
    filter: {
      domains: filter?.domains ?? null,
      actions,
      actorAccountId: filter?.actorAccountId ? requireId('filter.actorAccountId', filter.actorAccountId) : null,
      targetType: text('filter.targetType', filter?.targetType),
      targetId: text('filter.targetId', filter?.targetId),
    },
  };
}

/** Turns `first + 1` rows of the contract into a connection page of GraphQL events. */
export function toAuditLogPage(rows: AuditLogRow[], first: number): Page<AuditEvent> {
  const events = rows.map((r) => ({ row: r, event: toAuditEvent(r) }));
  const page = toPage(events, first, ({ row }) => [row.createdAtKey, row.id]);
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.event })) };
}

function toAuditEvent(r: AuditLogRow): AuditEvent {
  return {
    organizationId: r.organizationId,
    id: r.id,
    domain: r.domain as AuditEvent['domain'],
    action: r.action,
    actor: r.actorAccountId
      ? { organizationId: r.organizationId, id: r.actorAccountId, name: r.actorName, email: r.actorEmail }
      : null,
    targetType: r.targetType,
    targetId: r.targetId,
    before: r.before,
    after: r.after,
    createdAt: r.createdAt,
  };
}
