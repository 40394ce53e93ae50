import type { DataSource, EntityManager } from 'typeorm';
import { auditorFor } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { DomainError, ErrorCode } from '../../common/errors';
import { requireId } from '../../common/validation';
import { CustomerEntity } from '../customer/customer.entity';
import { BillingState } from '../customer/billing.machine';
import { customerTarget, loadAssignmentFacts } from './access-facts';
import type { PortalAction } from './portal.matrix';
import {
  decide,
  manageDecision,
  type AssignmentFacts,
  type AssignmentScope,
  type PortalDecision,
  type Target,
} from './reach';

/** What one access change works with, inside its transaction. */
export interface HierarchyTx {
  manager: EntityManager;
  viewer: Viewer;
  /** The caller's assignments, read after the locks (fresh: a role revoked a moment ago no longer counts). */
  actor: AssignmentFacts[];
  /** Re-checks a matrix cell within reach (ES-3); FORBIDDEN when denied. */
  require(action: PortalAction, targets: readonly Target[], mode?: 'all' | 'any'): PortalDecision;
  /** Re-checks that the caller manages a portal role in a scope (ES-2); FORBIDDEN when denied. */
  requireManage(scope: AssignmentScope): PortalDecision;
  /** Writes the audit event with this transaction's manager. */
  audit(
    organizationId: string | null,
    action: string,
    targetType: string,
    targetId: string,
    before: object | null,
    after: object | null,
  ): Promise<void>;
}

const forbidden = (decision: PortalDecision) =>
  new DomainError(ErrorCode.FORBIDDEN, `Not allowed: ${decision.reason.replace(/^Denied: /, '')}`);

/**
 * Runs an access change of the hierarchy in one transaction: takes this schema's advisory locks (sorted, so two
 * changes never wait on each other in opposite orders), re-reads the caller's assignments, and gives the work a
 * re-check of the permission the directive checked before (closing the race between them) and an audit writer.
 */
export function inHierarchy<T>(
  db: DataSource,
  viewer: Viewer,
  lockKeys: readonly string[],
  work: (tx: HierarchyTx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (manager) => {
    for (const key of [...new Set(lockKeys)].sort()) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`customer_hierarchy:${key}`]);
    }
    const actor = await loadAssignmentFacts(manager, { accountIds: [viewer.accountId] });
    const tx: HierarchyTx = {
      manager,
      viewer,
      actor,
      require(action, targets, mode = 'all') {
        const decision = decide(actor, action, targets, mode);
        if (!decision.allowed) throw forbidden(decision);
        return decision;
      },
      requireManage(scope) {
        const decision = manageDecision(actor, scope);
        if (!decision.allowed) throw forbidden(decision);
        return decision;
      },
      audit: (organizationId, action, targetType, targetId, before, after) =>
        auditorFor(manager, organizationId, viewer.accountId)(action, targetType, targetId, before, after),
    };
    return work(tx);
  });
}

/** Lock keys. */
export const locks = {
  customer: (id: string) => `customer:${id}`,
  conduit: (id: string) => `conduit:${id}`,
  /** Portal role assignments: rare changes, one namespace, so grant/revoke races serialize. */
  portal: 'portal',
};

/** A customer-scoped change: the customer locked and re-checked, its organization for the audit. */
export interface CustomerTx extends HierarchyTx {
  customer: CustomerEntity;
  decision: PortalDecision;
  /** Audit in the customer's organization (X-3: audit events are queryable by organization). */
  auditCustomer(
    action: string,
    targetType: string,
    targetId: string,
    before: object | null,
    after: object | null,
  ): Promise<void>;
}

/**
 * Runs a change of one customer: locks it, loads it (NOT_FOUND), re-checks the matrix cell within reach and
 * refuses changes to an archived customer (ES-4: archived is final) unless `allowArchived`.
 */
export function inCustomer<T>(
  db: DataSource,
  viewer: Viewer,
  customerIdRaw: unknown,
  action: PortalAction,
  work: (tx: CustomerTx) => Promise<T>,
  options: { allowArchived?: boolean } = {},
): Promise<T> {
  const customerId = requireId('customerId', customerIdRaw);
  return inHierarchy(db, viewer, [locks.customer(customerId)], async (tx) => {
    const customer = await tx.manager.findOneBy(CustomerEntity, { id: customerId });
    if (!customer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such customer', { field: 'customerId' });
    const decision = tx.require(action, [customerTarget(customer)]);
    if (customer.billingState === BillingState.ARCHIVED && !options.allowArchived) {
      throw new DomainError('CUSTOMER_ARCHIVED', 'The customer is archived; archived customers are read-only', {
        field: 'customerId',
      });
    }
    const auditCustomer: CustomerTx['auditCustomer'] = (a, type, id, before, after) =>
      tx.audit(customer.organizationId, a, type, id, before, after);
    return work({ ...tx, customer, decision, auditCustomer });
  });
}
