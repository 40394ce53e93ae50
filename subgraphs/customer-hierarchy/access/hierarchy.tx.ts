import type { DataSource, EntityManager } from 'typeorm';
import { runAccessChange, type AccessTx } from '../../common/access/kernel';
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
import { CustomerHierarchyError, CustomerHierarchyErrorCode } from '../customer-hierarchy.errors';

/**
 * What one access change of the hierarchy works with: the kernel's transaction (locks taken, the caller's
 * assignments re-read after them as `facts`, `require`, `audit`) plus the hierarchy's two re-checks, each the same
 * pure function the field policy calls (`decide`, `manageDecision` in reach.ts).
 */
export interface HierarchyTx extends AccessTx<AssignmentFacts[]> {
  /** The caller's assignments, read after the locks (fresh: a role revoked a moment ago no longer counts). */
  actor: AssignmentFacts[];
  /** Re-checks a matrix cell within reach (ES-3); FORBIDDEN when denied. */
  requireCell(action: PortalAction, targets: readonly Target[], mode?: 'all' | 'any'): PortalDecision;
  /** Re-checks that the caller manages a portal role in a scope (ES-2); FORBIDDEN when denied. */
  requireManage(scope: AssignmentScope): PortalDecision;
  /** Writes an audit event in an organization (a customer's, or null above the customer level). */
  auditIn(
    organizationId: string | null,
    action: string,
    targetType: string,
    targetId: string,
    before: object | null,
    after: object | null,
  ): Promise<void>;
}

/** Lock keys, namespaced for the kernel (`customer_hierarchy:…`). */
export const locks = {
  customer: (id: string) => `customer_hierarchy:customer:${id}`,
  conduit: (id: string) => `customer_hierarchy:conduit:${id}`,
  server: (id: string) => `customer_hierarchy:server:${id}`,
  servers: 'customer_hierarchy:servers',
  /** Portal role assignments: rare changes, one namespace, so grant/revoke races serialize. */
  portal: 'customer_hierarchy:portal',
};

/** The caller's assignments: the same reader the per-request loader uses, here on the transaction's manager. */
const actorFacts = (viewer: Viewer) => (manager: EntityManager) =>
  loadAssignmentFacts(manager, { accountIds: [viewer.accountId] });

function hierarchyTx(tx: AccessTx<AssignmentFacts[]>): HierarchyTx {
  return {
    ...tx,
    actor: tx.facts,
    requireCell: (action, targets, mode = 'all') => tx.require(decide(tx.facts, action, targets, mode)),
    requireManage: (scope) => tx.require(manageDecision(tx.facts, scope)),
    auditIn: (organizationId, action, targetType, targetId, before, after) =>
      auditorFor(tx.manager, organizationId, tx.viewer.accountId)(action, targetType, targetId, before, after),
  };
}

/**
 * Runs an access change of the hierarchy through the common kernel (STYLE 5): its advisory locks (sorted), the
 * caller's assignments re-read inside the transaction, an optional up-front re-check over them (`check`, the same
 * pure decision the field policy uses), then the work with the hierarchy's re-checks and audit writer.
 */
export function inHierarchy<T>(
  db: DataSource,
  viewer: Viewer,
  lockKeys: readonly string[],
  work: (tx: HierarchyTx) => Promise<T>,
  check?: (actor: AssignmentFacts[]) => PortalDecision,
): Promise<T> {
  return runAccessChange(
    db,
    { viewer, organizationId: null, locks: lockKeys, facts: actorFacts(viewer), check },
    (tx) => work(hierarchyTx(tx)),
  );
}

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
 * Runs a change of one customer through the kernel: locks it, loads it with the caller's assignments (NOT_FOUND),
 * re-checks the matrix cell within reach (ES-3, the policy's `decide`) and refuses changes to an archived customer
 * (ES-4: archived is final) unless `allowArchived`. Audit goes to the customer's organization.
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
  return runAccessChange(
    db,
    {
      viewer,
      organizationId: null,
      locks: [locks.customer(customerId)],
      facts: async (manager) => {
        const customer = await manager.findOneBy(CustomerEntity, { id: customerId });
        if (!customer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such customer', { field: 'customerId' });
        return { actor: await actorFacts(viewer)(manager), customer };
      },
      check: (f) => decide(f.actor, action, [customerTarget(f.customer)]),
    },
    async (tx) => {
      const { customer, actor } = tx.facts;
      if (customer.billingState === BillingState.ARCHIVED && !options.allowArchived) {
        throw new CustomerHierarchyError(
          CustomerHierarchyErrorCode.CUSTOMER_ARCHIVED,
          'The customer is archived; archived customers are read-only',
          {
            field: 'customerId',
          },
        );
      }
      const base = hierarchyTx({
        ...tx,
        organizationId: customer.organizationId,
        facts: actor,
        audit: auditorFor(tx.manager, customer.organizationId, viewer.accountId),
      });
      return work({
        ...base,
        customer,
        decision: decide(actor, action, [customerTarget(customer)]),
        auditCustomer: (a, type, id, before, after) =>
          base.auditIn(customer.organizationId, a, type, id, before, after),
      });
    },
  );
}
