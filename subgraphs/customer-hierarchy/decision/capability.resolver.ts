import 'reflect-metadata';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { customerTarget } from '../access/access-facts';
import type { PortalAction } from '../access/portal.matrix';
import { decide } from '../access/reach';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { Customer } from '../customer/customer.type';
import {
  BroadcastGroup,
  CustomerDepartment,
  CustomerGroup,
  CustomerNote,
  EndUser,
  ManualActivationCode,
} from '../workspace/workspace.type';

/**
 * X-7 for the reseller hierarchy: one ES-3 cell within the caller's ES-2 reach, by `decide` (the rule behind every
 * `portal:<matrix>:<row>` field policy and the services' re-checks), over the caller's assignments (one loader read
 * per request) and the customer (one batched read per page).
 */
export async function viewerCanOnCustomer(
  ctx: CustomerHierarchyContext,
  customerId: string,
  action: PortalAction,
): Promise<boolean> {
  if (!ctx.viewer) return false;
  const [customer, mine] = await Promise.all([
    ctx.loaders.customerById.load(customerId),
    ctx.loaders.viewerAssignments(),
  ]);
  return customer ? decide(mine, action, [customerTarget(customer)]).allowed : false;
}

type Fields = Readonly<Record<string, readonly [action: PortalAction, what: string]>>;

/**
 * A resolver class adding one `viewerCan…: Boolean` field per row of `fields` to `type`: the fields are data (the
 * matrix rows a screen offers), so they are declared from a table rather than written out one method each.
 */
function capabilityResolver(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  type: Function,
  permission: string,
  customerIdOf: (source: Record<string, unknown>) => string,
  fields: Fields,
) {
  @Resolver(() => type)
  class CapabilityResolver {}
  const proto = CapabilityResolver.prototype as unknown as Record<string, unknown>;
  for (const [name, [action, what]] of Object.entries(fields)) {
    proto[name] = (source: Record<string, unknown>, ctx: CustomerHierarchyContext) =>
      viewerCanOnCustomer(ctx, customerIdOf(source), action);
    Reflect.defineMetadata('design:paramtypes', [Object, Object], proto, name);
    Reflect.defineMetadata('design:returntype', Promise, proto, name);
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
    RequiresPermission(permission)(proto, name, descriptor);
    FieldResolver(() => Boolean, {
      nullable: true,
      description: `X-7: ${what} would be allowed (ES-3 ${action}, within the caller's reach).`,
    })(proto, name, descriptor);
  }
  return CapabilityResolver;
}

const ownId = (s: Record<string, unknown>) => s.id as string;
const parentId = (s: Record<string, unknown>) => s.customerId as string;

/** Every action the portal's customer screen offers, by matrix row (seed 004's Create and Edit matrices). */
export const CustomerCapabilityResolver = capabilityResolver(Customer, 'portal:hierarchy:read', ownId, {
  viewerCanEdit: ['edit:customer', 'updateCustomer'],
  viewerCanSetNonBillable: ['edit:billing_non_billable', 'setCustomerNonBillable'],
  viewerCanActivateDemo: ['edit:billing_activate_demo', 'activateCustomerDemo'],
  viewerCanExtendDemo: ['edit:billing_extend_demo', 'extendCustomerDemo'],
  viewerCanActivate: ['edit:billing_activate', 'activateCustomer'],
  viewerCanDeactivate: ['edit:billing_deactivate', 'deactivateCustomer'],
  viewerCanArchive: ['edit:billing_archive', 'archiveCustomer'],
  viewerCanEditClientSideRecording: ['edit:client_side_recording', 'setClientSideRecording'],
  viewerCanEditExternalContacts: ['edit:external_contacts', 'setExternalContacts'],
  viewerCanEditRtpGateway: ['edit:rtp_gateway', 'setRtpGatewayConfig'],
  viewerCanCreateDepartment: ['create:department', 'createCustomerDepartment'],
  viewerCanCreateGroup: ['create:group', 'createCustomerGroup'],
  viewerCanCreateBroadcastGroup: ['create:broadcast_group', 'createBroadcastGroup'],
  viewerCanCreateActivationCode: ['create:activation_code', 'createManualActivationCode'],
  viewerCanCreateUser: ['create:user', 'createEndUser'],
  viewerCanCreateNote: ['create:note', 'createCustomerNote'],
  viewerCanCreateAssociation: ['create:association_intra', 'createDepartmentAssociation within the customer'],
});

export const CustomerDepartmentCapabilityResolver = capabilityResolver(
  CustomerDepartment,
  'portal:hierarchy:read',
  parentId,
  {
    viewerCanEdit: ['edit:department', 'renameCustomerDepartment'],
    viewerCanDelete: ['delete:department', 'deleteCustomerDepartment'],
  },
);

export const CustomerGroupCapabilityResolver = capabilityResolver(CustomerGroup, 'portal:hierarchy:read', parentId, {
  viewerCanEdit: ['edit:group', 'renameCustomerGroup'],
  viewerCanDelete: ['delete:group', 'deleteCustomerGroup'],
});

export const BroadcastGroupCapabilityResolver = capabilityResolver(BroadcastGroup, 'portal:hierarchy:read', parentId, {
  viewerCanEdit: ['edit:broadcast_group', 'renameBroadcastGroup'],
});

export const EndUserCapabilityResolver = capabilityResolver(EndUser, 'portal:hierarchy:read', parentId, {
  viewerCanEdit: ['edit:user', 'updateEndUser'],
  viewerCanDelete: ['delete:user', 'deleteEndUser'],
  viewerCanEditFeatureKeys: ['edit:feature_keys', 'setEndUserFeatureKeys'],
});

export const CustomerNoteCapabilityResolver = capabilityResolver(CustomerNote, 'portal:view:notes', parentId, {
  viewerCanEdit: ['edit:note', 'updateCustomerNote'],
  viewerCanDelete: ['delete:note', 'deleteCustomerNote'],
});

export const ManualActivationCodeCapabilityResolver = capabilityResolver(
  ManualActivationCode,
  'portal:hierarchy:read',
  parentId,
  { viewerCanEdit: ['edit:activation_code', 'updateManualActivationCode'] },
);

/** All of them, for the subgraph's resolver list. */
export const CUSTOMER_HIERARCHY_CAPABILITY_RESOLVERS = [
  CustomerCapabilityResolver,
  CustomerDepartmentCapabilityResolver,
  CustomerGroupCapabilityResolver,
  BroadcastGroupCapabilityResolver,
  EndUserCapabilityResolver,
  CustomerNoteCapabilityResolver,
  ManualActivationCodeCapabilityResolver,
];
