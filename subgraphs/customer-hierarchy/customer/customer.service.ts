import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../../common/auth/tokens';
import {
  accountByEmail,
  createOrganization,
  organizationById,
  renameOrganization,
} from '../../common/contracts/accounts';
import { DomainError, ErrorCode, ValidationError } from '../../common/errors';
import { requireEmail, requireId, requireName, requireOneOf } from '../../common/validation';
import { conduitTarget, customerTarget } from '../access/access-facts';
import { inCustomer, inHierarchy, locks } from '../access/hierarchy.tx';
import { PortalRole } from '../access/portal.matrix';
import { decide, manageDecision, type AssignmentFacts } from '../access/reach';
import { SalesConduitEntity } from '../hierarchy/hierarchy.entity';
import { PortalAssignmentCustomerEntity, PortalRoleAssignmentEntity } from '../portal-role/portal-role.entity';
import { ExternalContactEntity } from '../workspace/workspace.entity';
import { addDays, BillingState, DEFAULT_DEMO_DAYS, MAX_DEMO_DAYS, today } from './billing.machine';
import { CustomerEntity, type RtpGatewayConfig } from './customer.entity';

/** Checks a number of demo days: 1 to MAX_DEMO_DAYS. */
export function requireDemoDays(field: string, value: number | null | undefined, fallback?: number): number {
  const days = value ?? fallback;
  if (days === undefined || !Number.isInteger(days) || days < 1 || days > MAX_DEMO_DAYS) {
    throw new ValidationError(field, `${field} must be a whole number of days from 1 to ${MAX_DEMO_DAYS}`);
  }
  return days;
}

const PHONE = /^\+?[0-9 ()-]{3,30}$/;
const HOST = /^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
export const RTP_TRANSPORTS = ['UDP', 'TCP', 'TLS'] as const;
const MAX_CONTACTS = 20;

const snapshot = (c: CustomerEntity) => ({
  selfDiscovery: c.selfDiscovery,
  accountCode: c.accountCode,
  clientSideRecording: c.clientSideRecording,
  rtpGatewayConfig: c.rtpGatewayConfig,
});

/**
 * Customers (ES-1): a customer IS an accounts organization. Creating one creates the organization through the
 * accounts' published `create_organization`, in this transaction, with a registered account (named by e-mail)
 * as its OWNER and the customer's first CUSTOMER_ADMIN, and starts it as a demo (ES-4). Customers are never
 * deleted; they are archived (billing).
 */
export class CustomerService {
  constructor(private readonly db: DataSource) {}

  /** Creates a customer (a demo) in a conduit: Create Customer within reach (SUPPORT, CONDUIT_ADMIN, SALES_REP). */
  create(
    viewer: Viewer,
    input: { conduitId: string; name: string; ownerEmail: string; demoDays?: number | null },
  ): Promise<CustomerEntity> {
    const conduitId = requireId('conduitId', input.conduitId);
    const name = requireName('name', input.name);
    const ownerEmail = requireEmail('ownerEmail', input.ownerEmail);
    const days = requireDemoDays('demoDays', input.demoDays, DEFAULT_DEMO_DAYS);
    return inHierarchy(this.db, viewer, [locks.conduit(conduitId), locks.portal], async (tx) => {
      const conduit = await tx.manager.findOneBy(SalesConduitEntity, { id: conduitId });
      if (!conduit) throw new DomainError(ErrorCode.NOT_FOUND, 'No such sales conduit', { field: 'conduitId' });
      const decision = tx.requireCell('create:customer', [conduitTarget(conduit)]);
      const owner = await accountByEmail(tx.manager, ownerEmail);
      if (!owner)
        throw new DomainError(
          ErrorCode.NOT_REGISTERED,
          'The owner must be a registered account: no account has that e-mail',
          {
            field: 'ownerEmail',
          },
        );
      // Who owns a customer's organization: its first CUSTOMER_ADMIN (see README "Who owns a customer's
      // organization"). GA-5: one owner from the start; ES-2: the customer's own administrator, not reseller staff.
      const organizationId = await createOrganization(tx.manager, {
        name,
        ownerAccountId: owner.accountId,
        actorAccountId: viewer.accountId,
        reason: 'customer-hierarchy: customer created',
      });
      const demoEndsOn = addDays(today(), days);
      const { identifiers } = await tx.manager.insert(CustomerEntity, {
        organizationId,
        conduitId,
        serverId: conduit.serverId,
        billingState: BillingState.DEMO,
        demoEndsOn,
      });
      const id = identifiers[0]!.id as string;
      const customer = await tx.manager.findOneByOrFail(CustomerEntity, { id });
      // A sales rep's reach is the customers assigned to it: the demo it creates is assigned to it at once.
      const by = decision.decidedBy!;
      const assignedTo = by.role === PortalRole.SALES_REP ? by.id : null;
      if (assignedTo)
        await tx.manager.insert(PortalAssignmentCustomerEntity, { assignmentId: assignedTo, customerId: id });
      // The owner is the customer's first CUSTOMER_ADMIN, given by the creator under the rule of assignPortalRole.
      const actorNow = tx.actor.map((a) => (a.id === assignedTo ? { ...a, customerIds: [...a.customerIds, id] } : a));
      const granted = tx.require(
        manageDecision(actorNow, { role: PortalRole.CUSTOMER_ADMIN, target: customerTarget(customer) }),
      );
      const admin = await tx.manager.insert(PortalRoleAssignmentEntity, {
        accountId: owner.accountId,
        role: PortalRole.CUSTOMER_ADMIN,
        customerId: id,
      });
      await tx.auditIn(organizationId, 'customer.created', 'Customer', id, null, {
        conduitId,
        ownerAccountId: owner.accountId,
        billingState: BillingState.DEMO,
        demoEndsOn,
        assignedTo,
      });
      await tx.auditIn(
        organizationId,
        'portal_role.assigned',
        'PortalRoleAssignment',
        admin.identifiers[0]!.id as string,
        null,
        {
          accountId: owner.accountId,
          role: PortalRole.CUSTOMER_ADMIN,
          customerId: id,
          grantedBy: granted.decidedBy!.id,
          reason: 'the owner of the organization is its first CUSTOMER_ADMIN',
        },
      );
      return customer;
    });
  }

  /** Edits a customer's own fields (Edit Customer). */
  update(
    viewer: Viewer,
    input: { customerId: string; selfDiscovery?: boolean | null; accountCode?: string | null; name?: string | null },
  ): Promise<CustomerEntity> {
    // Issue 13: the customer's name is its organization's name; Edit Customer renames the organization.
    const name = input.name === undefined || input.name === null ? undefined : requireName('name', input.name);
    const accountCode =
      input.accountCode === undefined
        ? undefined
        : input.accountCode === null || input.accountCode.trim() === ''
          ? null
          : requireName('accountCode', input.accountCode, 50);
    return this.change(
      viewer,
      input.customerId,
      'edit:customer',
      'customer.updated',
      {
        ...(input.selfDiscovery === undefined || input.selfDiscovery === null
          ? {}
          : { selfDiscovery: input.selfDiscovery }),
        ...(accountCode === undefined ? {} : { accountCode }),
      },
      name,
    );
  }

  /** Turns client side recording on or off (Enable Client Side Recording). */
  setClientSideRecording(viewer: Viewer, input: { customerId: string; enabled: boolean }): Promise<CustomerEntity> {
    return this.change(viewer, input.customerId, 'edit:client_side_recording', 'customer.client_side_recording_set', {
      clientSideRecording: input.enabled,
    });
  }

  /** Sets the RTP gateway configuration (RTP Gateway Config). */
  setRtpGatewayConfig(
    viewer: Viewer,
    input: { customerId: string; host: string; port: number; transport: string },
  ): Promise<CustomerEntity> {
    const host = typeof input.host === 'string' ? input.host.trim().toLowerCase() : '';
    if (!HOST.test(host)) throw new ValidationError('host', 'host must be a host name or IPv4 address');
    if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535)
      throw new ValidationError('port', 'port must be from 1 to 65535');
    const transport = requireOneOf('transport', input.transport, RTP_TRANSPORTS);
    const config: RtpGatewayConfig = { host, port: input.port, transport };
    return this.change(viewer, input.customerId, 'edit:rtp_gateway', 'customer.rtp_gateway_config_set', {
      rtpGatewayConfig: config,
    });
  }

  /** Replaces the customer's external contacts (Modify External Contacts). */
  setExternalContacts(
    viewer: Viewer,
    input: { customerId: string; contacts: Array<{ name: string; email?: string | null; phone?: string | null }> },
  ): Promise<ExternalContactEntity[]> {
    const list = input.contacts ?? [];
    if (list.length > MAX_CONTACTS)
      throw new ValidationError('contacts', `contacts must hold at most ${MAX_CONTACTS} entries`);
    const contacts = list.map((c, i) => {
      const email = c.email ? requireEmail(`contacts[${i}].email`, c.email) : null;
      const phone = c.phone ? c.phone.trim() : null;
      if (phone !== null && !PHONE.test(phone))
        throw new ValidationError(`contacts[${i}].phone`, `contacts[${i}].phone is not a phone number`);
      return { name: requireName(`contacts[${i}].name`, c.name), email, phone };
    });
    return inCustomer(this.db, viewer, input.customerId, 'edit:external_contacts', async (tx) => {
      const customerId = tx.customer.id;
      const before = await tx.manager.find(ExternalContactEntity, {
        where: { customerId },
        order: { position: 'ASC' },
      });
      await tx.manager.delete(ExternalContactEntity, { customerId });
      if (contacts.length)
        await tx.manager.insert(
          ExternalContactEntity,
          contacts.map((c, position) => ({ ...c, customerId, position })),
        );
      await tx.auditCustomer(
        'customer.external_contacts_set',
        'Customer',
        customerId,
        { contacts: before.map(({ name, email, phone }) => ({ name, email, phone })) },
        { contacts },
      );
      return tx.manager.find(ExternalContactEntity, { where: { customerId }, order: { position: 'ASC' } });
    });
  }

  /** The customers the caller may view (View Customers within reach), optionally of one conduit. */
  async listVisible(mine: readonly AssignmentFacts[], conduitId?: string | null): Promise<CustomerEntity[]> {
    const where = conduitId ? { conduitId: requireId('conduitId', conduitId) } : {};
    const root = mine.some((a) => a.role === PortalRole.ROOT);
    const serverIds = [...new Set(mine.map((a) => a.serverId).filter((x): x is string => !!x))];
    if (!root && serverIds.length === 0) return [];
    const candidates = await this.db.getRepository(CustomerEntity).find({
      where: root ? where : { ...where, serverId: In(serverIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.visibleAmong(mine, candidates);
  }

  /** Those of `customers` the caller may view (View Customers within reach). */
  visibleAmong(mine: readonly AssignmentFacts[], customers: readonly CustomerEntity[]): CustomerEntity[] {
    return customers.filter((c) => decide(mine, 'view:customers', [customerTarget(c)]).allowed);
  }

  private change(
    viewer: Viewer,
    customerId: string,
    action: Parameters<typeof inCustomer>[3],
    auditAction: string,
    patch: Partial<CustomerEntity>,
    name?: string,
  ): Promise<CustomerEntity> {
    return inCustomer(this.db, viewer, customerId, action, async (tx) => {
      const organizationId = tx.customer.organizationId;
      // The name lives in accounts (issue 13): renamed through its published function, which takes accounts'
      // organization row lock and writes accounts' organization.renamed; customer.updated below records it here.
      const oldName = name === undefined ? undefined : (await organizationById(tx.manager, organizationId))?.name;
      const renamed = name !== undefined && oldName !== name;
      const before = { ...snapshot(tx.customer), ...(renamed ? { name: oldName } : {}) };
      const after = { ...before, ...patch, ...(renamed ? { name } : {}) } as ReturnType<typeof snapshot>;
      if (JSON.stringify(before) === JSON.stringify(after)) return tx.customer;
      if (renamed) {
        await renameOrganization(tx.manager, {
          organizationId,
          name,
          actorAccountId: viewer.accountId,
          reason: 'updateCustomer',
        });
      }
      if (Object.keys(patch).length) await tx.manager.update(CustomerEntity, { id: tx.customer.id }, patch as never);
      await tx.auditCustomer(auditAction, 'Customer', tx.customer.id, before, after);
      return tx.manager.findOneByOrFail(CustomerEntity, { id: tx.customer.id });
    });
  }
}
