import type { NodeSpec } from '../common/federation/node';
import type { CustomerHierarchyContext } from './customer-hierarchy.context';
import { rtpGatewayConfigOf } from './customer/customer.resolver';

/** The Node types customer-hierarchy owns (issue 13) and how each loads by raw id. */
export const customerHierarchyNodes: Record<string, NodeSpec<CustomerHierarchyContext>> = {
  Server: { load: (ctx) => ctx.loaders.serverById },
  SalesConduit: { load: (ctx) => ctx.loaders.conduitById },
  Customer: { load: (ctx) => ctx.loaders.customerById },
  CustomerDepartment: { load: (ctx) => ctx.loaders.departmentById },
  CustomerGroup: { load: (ctx) => ctx.loaders.groupById },
  BroadcastGroup: { load: (ctx) => ctx.loaders.broadcastGroupById },
  EndUser: { load: (ctx) => ctx.loaders.endUserById },
  CustomerNote: { load: (ctx) => ctx.loaders.noteById },
  ManualActivationCode: { load: (ctx) => ctx.loaders.activationCodeById },
  ExternalContact: { load: (ctx) => ctx.loaders.externalContactById },
  DepartmentAssociation: { load: (ctx) => ctx.loaders.associationById },
  PortalRoleAssignment: { load: (ctx) => ctx.loaders.assignmentById },
  CustomerHierarchyAuditEvent: { load: (ctx) => ctx.loaders.auditEventById },
  /** One per customer: its raw id is the customer's. */
  RtpGatewayConfig: {
    load: (ctx) => ({
      load: async (customerId) => {
        const customer = await ctx.loaders.customerById.load(customerId);
        return customer ? rtpGatewayConfigOf(customer) : null;
      },
    }),
    rawId: (s) => String(s.customerId),
  },
};
