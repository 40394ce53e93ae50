import { isDemoExpired } from './billing.machine';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { customerReachSets, type AssignmentFacts } from '../access/reach';
import { DepartmentAssociationConnection } from '../association/association.type';
import type { DepartmentAssociationEntity } from '../association/association.entity';
import { AssociationKind } from '../association/association.kind';
import { AuditDomain, AuditEventConnection, type AuditEvent } from '../../common/audit/audit-event.type';
import { AuditLogFilter } from '../../common/audit/audit-event.input';
import { auditLogRequest } from '../../common/audit/audit-log';
import { byCreated, byName, PageArgs, type Page } from '../../common/pagination';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { OrganizationRef } from '../organization/organization.ref';
import type { SalesConduitEntity } from '../hierarchy/hierarchy.entity';
import { SalesConduit } from '../hierarchy/hierarchy.type';
import { portalUserPage } from '../portal-role/portal-role.resolver';
import { PortalUsersArgs } from '../portal-role/portal-role.input';
import { PortalRoleAssignmentConnection } from '../portal-role/portal-role.type';
import type {
  ActivationCodeEntity,
  BroadcastGroupEntity,
  CustomerDepartmentEntity,
  CustomerGroupEntity,
  CustomerNoteEntity,
  EndUserEntity,
  ExternalContactEntity,
} from '../workspace/workspace.entity';
import {
  BroadcastGroupConnection,
  CustomerDepartmentConnection,
  CustomerGroupConnection,
  CustomerNoteConnection,
  EndUserConnection,
  ExternalContactConnection,
  ManualActivationCodeConnection,
} from '../workspace/workspace.type';
import type { CustomerEntity, RtpGatewayConfig } from './customer.entity';
import { customerListRequest } from './customer-list';
import { pageOfList } from '../../common/pagination';
import { visiblePage, type CustomerPage } from './customer-connection.resolver';
import { CustomerConnection, CustomerOrder } from './customer-list.type';
import { CustomerFilter } from './customer-list.input';
import {
  BillingDaysInput,
  CreateCustomerInput,
  CustomerRefInput,
  SetClientSideRecordingInput,
  SetExternalContactsInput,
  SetNonBillableInput,
  SetRtpGatewayConfigInput,
  UpdateCustomerInput,
} from './customer.input';
import { Customer, RtpGatewayConfigType } from './customer.type';
import { changed, type Changed } from '../../common/payload';
import {
  ActivateCustomerDemoPayload,
  ActivateCustomerPayload,
  ArchiveCustomerPayload,
  CreateCustomerPayload,
  DeactivateCustomerPayload,
  ExtendCustomerDemoPayload,
  SetClientSideRecordingPayload,
  SetCustomerNonBillablePayload,
  SetExternalContactsPayload,
  SetRtpGatewayConfigPayload,
  UpdateCustomerPayload,
} from './customer.payload';

type C = CustomerHierarchyContext;

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, {
    nullable: true,
    description: "A customer within the caller's reach (any portal role but the contacts).",
  })
  @RequiresPermission('portal:hierarchy:read')
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: C): Promise<CustomerEntity | null> {
    return ctx.loaders.customerById.load(id);
  }

  @Query(() => CustomerConnection, {
    nullable: true,
    description: 'The customers the caller may view (View Customers within reach), filtered and ordered.',
  })
  @RequiresPermission('portal:view:customers')
  async customers(
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('orderBy', () => CustomerOrder, { nullable: true, description: 'CREATED when omitted.' })
    orderBy?: CustomerOrder,
  ): Promise<CustomerPage> {
    const mine = await ctx.loaders.viewerAssignments();
    const request = customerListRequest(first, filter, orderBy, customerReachSets(mine, 'view:customers'));
    const page = await ctx.loaders.customersPage.load({ ...request, after: after ?? null });
    return visiblePage(ctx, mine, page, { conduitId: '', filter: request.filter });
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when the customer is a DEMO whose demoEndsOn has passed (computed at read time, UTC). Seed 004 gives expiry no consequence: an expired demo keeps its state and rights until SUPPORT extends it (counted from today) or SUPPORT / CONDUIT_ADMIN activate or deactivate it (ES-4).',
  })
  @RequiresPermission('portal:view:customers')
  demoExpired(@Root() c: CustomerEntity): boolean {
    return isDemoExpired(c);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The organization's name, from the accounts' published directory (not a copy).",
  })
  @RequiresPermission('portal:hierarchy:read')
  async name(@Root() c: CustomerEntity, @Ctx() ctx: C): Promise<string | null> {
    return (await ctx.loaders.organizationById.load(c.organizationId))?.name ?? null;
  }

  @FieldResolver(() => OrganizationRef, {
    nullable: true,
    description: 'The accounts organization this customer is (ES-1).',
  })
  @RequiresPermission('portal:hierarchy:read')
  organization(@Root() c: CustomerEntity): OrganizationRef {
    return { id: c.organizationId };
  }

  @FieldResolver(() => SalesConduit, { nullable: true })
  @RequiresPermission('portal:view:customers')
  conduit(@Root() c: CustomerEntity, @Ctx() ctx: C): Promise<SalesConduitEntity | null> {
    return ctx.loaders.conduitById.load(c.conduitId);
  }

  @FieldResolver(() => RtpGatewayConfigType, { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  rtpGatewayConfig(@Root() c: CustomerEntity): (RtpGatewayConfig & { customerId: string }) | null {
    return rtpGatewayConfigOf(c);
  }

  @FieldResolver(() => CustomerDepartmentConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async departments(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<CustomerDepartmentEntity>> {
    return pageOfList(await ctx.loaders.departmentsByCustomerId.load(c.id), first, after, byName);
  }

  @FieldResolver(() => CustomerGroupConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async groups(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<CustomerGroupEntity>> {
    return pageOfList(await ctx.loaders.groupsByCustomerId.load(c.id), first, after, byName);
  }

  @FieldResolver(() => BroadcastGroupConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async broadcastGroups(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<BroadcastGroupEntity>> {
    return pageOfList(await ctx.loaders.broadcastGroupsByCustomerId.load(c.id), first, after, byName);
  }

  @FieldResolver(() => EndUserConnection, { nullable: true, description: 'By e-mail (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async endUsers(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EndUserEntity> & { totalCount: number }> {
    const users = await ctx.loaders.endUsersByCustomerId.load(c.id);
    return pageOfList(users, first, after, (u) => [u.email, u.id]);
  }

  @FieldResolver(() => ManualActivationCodeConnection, { nullable: true, description: 'By label (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async activationCodes(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ActivationCodeEntity>> {
    return pageOfList(await ctx.loaders.activationCodesByCustomerId.load(c.id), first, after, (a) => [a.label, a.id]);
  }

  @FieldResolver(() => ExternalContactConnection, { nullable: true, description: 'By name (issue 13: a page).' })
  @RequiresPermission('portal:hierarchy:read')
  async externalContacts(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<ExternalContactEntity>> {
    return pageOfList(await ctx.loaders.externalContactsByCustomerId.load(c.id), first, after, byName);
  }

  @FieldResolver(() => CustomerNoteConnection, { nullable: true, description: 'View Notes, oldest first.' })
  @RequiresPermission('portal:view:notes')
  async notes(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<CustomerNoteEntity> & { totalCount: number }> {
    const notes = await ctx.loaders.notesByCustomerId.load(c.id);
    return pageOfList(notes, first, after, byCreated);
  }

  @FieldResolver(() => PortalRoleAssignmentConnection, {
    nullable: true,
    description:
      'Portal users assigned to the customer, its sales reps and customer managers included: only those the caller may read, each whole (ES-3).',
  })
  @RequiresPermission('portal:view:portal_users_customer')
  async portalUsers(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PortalUsersArgs) args: PortalUsersArgs,
  ): Promise<Page<AssignmentFacts>> {
    return portalUserPage(ctx, await ctx.loaders.assignmentsByCustomerId.load(c.id), args);
  }

  @FieldResolver(() => DepartmentAssociationConnection, {
    nullable: true,
    description: 'Associations between departments of this customer (View Department Associations Intra customer).',
  })
  @RequiresPermission('portal:view:association_intra')
  async departmentAssociations(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<DepartmentAssociationEntity>> {
    const all = await ctx.loaders.associationsByCustomerId.load(c.id);
    return pageOfList(
      all.filter((a) => a.kind === AssociationKind.INTRA_CUSTOMER),
      first,
      after,
      byCreated,
    );
  }

  @FieldResolver(() => DepartmentAssociationConnection, {
    nullable: true,
    description: "Associations with other customers' departments (they reveal another customer: View Customers).",
  })
  @RequiresPermission('portal:view:customers')
  async interCustomerAssociations(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<Page<DepartmentAssociationEntity>> {
    const all = await ctx.loaders.associationsByCustomerId.load(c.id);
    return pageOfList(
      all.filter((a) => a.kind !== AssociationKind.INTRA_CUSTOMER),
      first,
      after,
      byCreated,
    );
  }

  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description:
      "Changes of this customer in the reseller hierarchy, newest first (X-3): the organization's audit log of this domain, for portal staff who view the customer.",
  })
  @RequiresPermission('portal:view:customers')
  auditEvents(
    @Root() c: CustomerEntity,
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'domains is ignored: always this domain.' })
    filter?: AuditLogFilter,
  ): Promise<Page<AuditEvent>> {
    const request = auditLogRequest(c.organizationId, first, after, filter);
    return ctx.loaders.auditLog.load({
      ...request,
      filter: { ...request.filter, domains: [AuditDomain.CUSTOMER_HIERARCHY] },
    });
  }

  @Mutation(() => CreateCustomerPayload, {
    nullable: true,
    description: 'Creates a customer (a new organization owned by a registered account) as a demo.',
  })
  @RequiresPermission('portal:create:customer')
  createCustomer(
    @Arg('input') input: CreateCustomerInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.customers.create(ctx.viewer!, input));
  }

  @Mutation(() => UpdateCustomerPayload, {
    nullable: true,
    description: 'Edit Customer. Customers are never deleted: archive them.',
  })
  @RequiresPermission('portal:edit:customer')
  updateCustomer(
    @Arg('input') input: UpdateCustomerInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.customers.update(ctx.viewer!, input));
  }

  @Mutation(() => SetCustomerNonBillablePayload, { nullable: true, description: 'Customer Billing: Non-Billable.' })
  @RequiresPermission('portal:edit:billing_non_billable')
  setCustomerNonBillable(
    @Arg('input') input: SetNonBillableInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.setNonBillable(ctx.viewer!, input));
  }

  @Mutation(() => ActivateCustomerDemoPayload, {
    nullable: true,
    description: 'Customer Billing: Activate Demo (DEACTIVATED → DEMO).',
  })
  @RequiresPermission('portal:edit:billing_activate_demo')
  activateCustomerDemo(
    @Arg('input') input: BillingDaysInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.transition(ctx.viewer!, 'activate_demo', input));
  }

  @Mutation(() => ExtendCustomerDemoPayload, {
    nullable: true,
    description: "Customer Billing: Extend Demo (moves a DEMO's end date).",
  })
  @RequiresPermission('portal:edit:billing_extend_demo')
  extendCustomerDemo(
    @Arg('input') input: BillingDaysInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.transition(ctx.viewer!, 'extend_demo', input));
  }

  @Mutation(() => ActivateCustomerPayload, {
    nullable: true,
    description: 'Customer Billing: Activate Customer (DEMO or DEACTIVATED → ACTIVE).',
  })
  @RequiresPermission('portal:edit:billing_activate')
  activateCustomer(@Arg('input') input: CustomerRefInput, @Ctx() ctx: C): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.transition(ctx.viewer!, 'activate', input));
  }

  @Mutation(() => DeactivateCustomerPayload, {
    nullable: true,
    description: 'Customer Billing: Deactivate Customer (DEMO or ACTIVE → DEACTIVATED).',
  })
  @RequiresPermission('portal:edit:billing_deactivate')
  deactivateCustomer(
    @Arg('input') input: CustomerRefInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.transition(ctx.viewer!, 'deactivate', input));
  }

  @Mutation(() => ArchiveCustomerPayload, {
    nullable: true,
    description: 'Customer Billing: Archive Customer (DEMO or DEACTIVATED → ARCHIVED, final).',
  })
  @RequiresPermission('portal:edit:billing_archive')
  archiveCustomer(@Arg('input') input: CustomerRefInput, @Ctx() ctx: C): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.billing.transition(ctx.viewer!, 'archive', input));
  }

  @Mutation(() => SetClientSideRecordingPayload, { nullable: true, description: 'Enable Client Side Recording.' })
  @RequiresPermission('portal:edit:client_side_recording')
  setClientSideRecording(
    @Arg('input') input: SetClientSideRecordingInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.customers.setClientSideRecording(ctx.viewer!, input));
  }

  @Mutation(() => SetRtpGatewayConfigPayload, { nullable: true, description: 'RTP Gateway Config.' })
  @RequiresPermission('portal:edit:rtp_gateway')
  setRtpGatewayConfig(
    @Arg('input') input: SetRtpGatewayConfigInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customer', CustomerEntity>> {
    return changed('customer', ctx.services.customers.setRtpGatewayConfig(ctx.viewer!, input));
  }

  @Mutation(() => SetExternalContactsPayload, {
    nullable: true,
    description: 'Modify External Contacts: replaces the list.',
  })
  @RequiresPermission('portal:edit:external_contacts')
  setExternalContacts(
    @Arg('input') input: SetExternalContactsInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'externalContacts', ExternalContactEntity[]>> {
    return changed('externalContacts', ctx.services.customers.setExternalContacts(ctx.viewer!, input));
  }
}

/** A customer's RTP gateway configuration as its own object: identified by (and read under) its customer. */
export function rtpGatewayConfigOf(c: CustomerEntity): (RtpGatewayConfig & { customerId: string }) | null {
  return c.rtpGatewayConfig ? { ...c.rtpGatewayConfig, customerId: c.id } : null;
}
