import { IsNull, type DataSource } from 'typeorm';
import { recordAudit } from '../../common/audit/audit.service';
import type { Viewer } from '../../common/auth/tokens';
import { accountByEmail, joinOrganization, membershipOf } from '../../common/contracts/accounts';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireEmail, requireId, requireOneOf } from '../../common/validation';
import { conduitTarget, customerTarget, loadAssignmentFacts, serverTarget } from '../access/access-facts';
import { inHierarchy, locks, type HierarchyTx } from '../access/hierarchy.tx';
import { PORTAL_ROLE_SCOPE, PortalRole } from '../access/portal.matrix';
import { scopeOfAssignment, type AssignmentFacts, type Target } from '../access/reach';
import { CustomerEntity } from '../customer/customer.entity';
import { SalesConduitEntity, ServerEntity } from '../hierarchy/hierarchy.entity';
import { PortalAssignmentCustomerEntity, PortalRoleAssignmentEntity } from './portal-role.entity';
import { CustomerHierarchyError, CustomerHierarchyErrorCode } from '../customer-hierarchy.errors';

const ROLES = Object.values(PortalRole);

/** Accounts' advisory lock key of an organization (the one its membership changes take). */
const accountsOrganizationLock = (organizationId: string) => `accounts:org:${organizationId}`;
const SCOPE_FIELD = { server: 'serverId', conduit: 'conduitId', customer: 'customerId' } as const;

/** Where an assignment's reach is anchored, as the audit and the API show it. */
const describe = (a: AssignmentFacts) => ({
  accountId: a.accountId,
  role: a.role,
  serverId: a.serverId,
  conduitId: a.conduitId,
  customerId: a.customerId,
  customerIds: a.customerIds,
});

async function factsOf(tx: HierarchyTx, id: string): Promise<AssignmentFacts> {
  const [a] = await loadAssignmentFacts(tx.manager, { ids: [id] });
  if (!a) throw new DomainError(ErrorCode.NOT_FOUND, 'No such portal role assignment', { field: 'assignmentId' });
  return a;
}

/** The organization an assignment's audit event belongs to (its customer's), or null above the customer level. */
async function organizationOf(tx: HierarchyTx, customerId: string | null): Promise<string | null> {
  if (!customerId) return null;
  return (await tx.manager.findOneBy(CustomerEntity, { id: customerId }))?.organizationId ?? null;
}

/**
 * Portal role assignments (ES-2). Every change runs under one advisory lock of the portal-roles namespace, so
 * concurrent grants and revocations serialize and the unique index never surfaces as a raw error; the caller's
 * right to manage the role is re-checked inside the transaction.
 */
export class PortalRoleService {
  constructor(private readonly db: DataSource) {}

  /** Gives a registered account a portal role in a scope (ROOT manages all but ROOT; others strictly lower roles within reach). */
  async assign(
    viewer: Viewer,
    input: {
      email: string;
      role: string;
      serverId?: string | null;
      conduitId?: string | null;
      customerId?: string | null;
    },
  ): Promise<AssignmentFacts> {
    const email = requireEmail('email', input.email);
    const role = requireOneOf('role', input.role, ROLES);
    const scope = PORTAL_ROLE_SCOPE[role];
    // A scope the role does not take is named first (the likelier mistake), then a missing one.
    for (const [kind, field] of Object.entries(SCOPE_FIELD)) {
      const given = input[field] !== undefined && input[field] !== null;
      if (given && kind !== scope)
        throw new ValidationError(
          field,
          `${role} is not anchored on a ${kind}; give only ${scope === 'global' ? 'no scope' : SCOPE_FIELD[scope as keyof typeof SCOPE_FIELD]}`,
        );
    }
    if (scope !== 'global' && (input[SCOPE_FIELD[scope]] === undefined || input[SCOPE_FIELD[scope]] === null)) {
      throw new ValidationError(SCOPE_FIELD[scope], `${role} needs ${SCOPE_FIELD[scope]}`);
    }
    const scopeId = scope === 'global' ? null : requireId(SCOPE_FIELD[scope], input[SCOPE_FIELD[scope]]);
    // A customer-scoped role requires membership of the customer's organization (X-6 sees only members): take
    // accounts' lock of that organization too, so a concurrent removal of the account waits for this grant (and
    // then ends it) instead of missing it. A customer never changes organization, so reading it here is safe.
    const organizationId =
      scope === 'customer'
        ? ((await this.db.getRepository(CustomerEntity).findOneBy({ id: scopeId! }))?.organizationId ?? null)
        : null;
    const lockKeys = organizationId ? [locks.portal, accountsOrganizationLock(organizationId)] : [locks.portal];
    return inHierarchy(this.db, viewer, lockKeys, async (tx) => {
      const target = await this.targetOf(tx, scope, scopeId);
      const decision = tx.requireManage({ role, target });
      const account = await accountByEmail(tx.manager, email);
      if (!account)
        throw new DomainError(
          ErrorCode.NOT_REGISTERED,
          'Portal roles are given to registered accounts: no account has that e-mail',
          { field: 'email' },
        );
      const values = {
        accountId: account.accountId,
        role,
        serverId: scope === 'server' ? scopeId : null,
        conduitId: scope === 'conduit' ? scopeId : null,
        customerId: scope === 'customer' ? scopeId : null,
      };
      const where = Object.fromEntries(Object.entries(values).map(([key, v]) => [key, v === null ? IsNull() : v]));
      if (await tx.manager.findOneBy(PortalRoleAssignmentEntity, where as never)) {
        throw new CustomerHierarchyError(
          CustomerHierarchyErrorCode.ALREADY_ASSIGNED,
          `The account already holds ${role} there`,
          { field: 'email' },
        );
      }
      let joinedOrganization = false;
      if (organizationId && !(await membershipOf(tx.manager, organizationId, account.accountId))) {
        // A person of the customer: a plain MEMBER of its organization, through accounts' own function (its audit).
        await joinOrganization(tx.manager, {
          organizationId,
          accountId: account.accountId,
          actorAccountId: viewer.accountId,
          reason: `customer-hierarchy: portal role ${role} on the customer`,
        });
        joinedOrganization = true;
      }
      const { identifiers } = await tx.manager.insert(PortalRoleAssignmentEntity, values);
      const created = await factsOf(tx, identifiers[0]!.id as string);
      await tx.auditIn(organizationId, 'portal_role.assigned', 'PortalRoleAssignment', created.id, null, {
        ...describe(created),
        grantedBy: decision.decidedBy!.id,
        joinedOrganization,
      });
      return created;
    });
  }

  /** Takes a portal role away (same rule as giving it). */
  revoke(viewer: Viewer, input: { assignmentId: string }): Promise<string> {
    const id = requireId('assignmentId', input.assignmentId);
    return inHierarchy(this.db, viewer, [locks.portal], async (tx) => {
      const a = await factsOf(tx, id);
      tx.requireManage(scopeOfAssignment(a));
      await tx.manager.delete(PortalRoleAssignmentEntity, { id });
      await tx.auditIn(
        await organizationOf(tx, a.customerId),
        'portal_role.revoked',
        'PortalRoleAssignment',
        id,
        describe(a),
        null,
      );
      return id;
    });
  }

  /** Assigns a customer of its conduit to a sales rep or customer manager (their customer-level reach). */
  assignCustomer(viewer: Viewer, input: { assignmentId: string; customerId: string }): Promise<AssignmentFacts> {
    return this.changeCustomers(viewer, input, true);
  }

  /** Takes a customer away from a sales rep or customer manager. */
  unassignCustomer(viewer: Viewer, input: { assignmentId: string; customerId: string }): Promise<AssignmentFacts> {
    return this.changeCustomers(viewer, input, false);
  }

  private changeCustomers(
    viewer: Viewer,
    input: { assignmentId: string; customerId: string },
    add: boolean,
  ): Promise<AssignmentFacts> {
    const assignmentId = requireId('assignmentId', input.assignmentId);
    const customerId = requireId('customerId', input.customerId);
    return inHierarchy(this.db, viewer, [locks.portal, locks.customer(customerId)], async (tx) => {
      const a = await factsOf(tx, assignmentId);
      if (a.role !== PortalRole.SALES_REP && a.role !== PortalRole.CUSTOMER_MANAGER) {
        throw new ValidationError('assignmentId', 'Only sales reps and customer managers are assigned customers');
      }
      const customer = await tx.manager.findOneBy(CustomerEntity, { id: customerId });
      if (!customer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such customer', { field: 'customerId' });
      if (customer.conduitId !== a.conduitId)
        throw new CustomerHierarchyError(
          CustomerHierarchyErrorCode.OUTSIDE_CONDUIT,
          "The customer is not in the assignment's conduit",
          {
            field: 'customerId',
          },
        );
      tx.requireManage(scopeOfAssignment(a));
      tx.requireManage({ role: a.role, target: customerTarget(customer) });
      const has = a.customerIds.includes(customerId);
      if (has === add) return a;
      if (add) await tx.manager.insert(PortalAssignmentCustomerEntity, { assignmentId, customerId });
      else await tx.manager.delete(PortalAssignmentCustomerEntity, { assignmentId, customerId });
      const after = await factsOf(tx, assignmentId);
      await tx.auditIn(
        customer.organizationId,
        add ? 'portal_role.customer_assigned' : 'portal_role.customer_unassigned',
        'PortalRoleAssignment',
        assignmentId,
        describe(a),
        describe(after),
      );
      return after;
    });
  }

  private async targetOf(tx: HierarchyTx, scope: string, id: string | null): Promise<Target | null> {
    if (scope === 'global' || id === null) return null;
    if (scope === 'server') {
      if (!(await tx.manager.findOneBy(ServerEntity, { id })))
        throw new DomainError(ErrorCode.NOT_FOUND, 'No such server', { field: 'serverId' });
      return serverTarget({ id });
    }
    if (scope === 'conduit') {
      const conduit = await tx.manager.findOneBy(SalesConduitEntity, { id });
      if (!conduit) throw new DomainError(ErrorCode.NOT_FOUND, 'No such sales conduit', { field: 'conduitId' });
      return conduitTarget(conduit);
    }
    const customer = await tx.manager.findOneBy(CustomerEntity, { id });
    if (!customer) throw new DomainError(ErrorCode.NOT_FOUND, 'No such customer', { field: 'customerId' });
    return customerTarget(customer);
  }
}

/**
 * The first ROOT of a fresh system: ROOT is never granted through the API, so the demo seed (and, in production,
 * an operator running `node dist/subgraphs/customer-hierarchy/bootstrap-root.js <email>` once) assigns it to a
 * registered account. Idempotent; audited with no actor.
 */
export async function bootstrapRoot(db: DataSource, emailRaw: string): Promise<string> {
  const email = requireEmail('email', emailRaw);
  return db.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [locks.portal]);
    const account = await accountByEmail(manager, email);
    if (!account)
      throw new DomainError(ErrorCode.NOT_REGISTERED, `No registered account has the e-mail ${email}`, {
        field: 'email',
      });
    const existing = await manager.findOneBy(PortalRoleAssignmentEntity, {
      accountId: account.accountId,
      role: PortalRole.ROOT,
    });
    if (existing) return existing.id;
    const { identifiers } = await manager.insert(PortalRoleAssignmentEntity, {
      accountId: account.accountId,
      role: PortalRole.ROOT,
    });
    const id = identifiers[0]!.id as string;
    await recordAudit(manager, {
      organizationId: null,
      actorAccountId: null,
      action: 'portal_role.bootstrapped',
      targetType: 'PortalRoleAssignment',
      targetId: id,
      after: { accountId: account.accountId, role: PortalRole.ROOT },
    });
    return id;
  });
}
