import { DECISION_ID_NAMES } from '../common/access/decision.type';
import { DECISION_TYPE_NAMES } from '../common/access/capability';
import { CUSTOMER_HIERARCHY_CAPABILITY_RESOLVERS } from './decision/capability.resolver';
import { PortalAccessDecisionTypes } from './decision/decision.resolver';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import type { SubgraphModule } from '../common/subgraph';
import { customerHierarchyNodes } from './customer-hierarchy.nodes';
import { DecisionService } from './decision/portal-decision.service';
import { DepartmentAssociationEntity } from './association/association.entity';
import { AssociationService } from './association/association.service';
import { BillingService } from './customer/billing.service';
import { CustomerEntity } from './customer/customer.entity';
import { CustomerConnectionResolver } from './customer/customer-connection.resolver';
import { CustomerService } from './customer/customer.service';
import type { CustomerHierarchyContext } from './customer-hierarchy.context';
import { createCustomerHierarchyLoaders } from './customer-hierarchy.loaders';
import { customerHierarchyPolicies } from './customer-hierarchy.policy';
import { AccountRef } from './account/account.ref';
import { OrganizationRef } from './organization/organization.ref';
import { SalesConduitEntity, ServerEntity } from './hierarchy/hierarchy.entity';
import { HierarchyService } from './hierarchy/hierarchy.service';
import { CustomerHierarchyInitial1732500000000 } from './migrations/1732500000000-customer-hierarchy-initial';
import { CustomerHierarchyOffboarding1732500000010 } from './migrations/1732500000010-customer-hierarchy-offboarding';
import { CustomerHierarchyAuditLog1732500000019 } from './migrations/1732500000019-customer-hierarchy-audit-log';
import { CustomerHierarchyGroupMembers1732500000050 } from './migrations/1732500000050-customer-hierarchy-group-members';
import { CustomerHierarchyAccountDeleted1732500000060 } from './migrations/1732500000060-customer-hierarchy-account-deleted';
import { PortalAssignmentCustomerEntity, PortalRoleAssignmentEntity } from './portal-role/portal-role.entity';
import { PortalRoleService } from './portal-role/portal-role.service';
import { seedCustomerHierarchyDemo } from './seed/demo';
import {
  ActivationCodeEntity,
  BroadcastGroupEntity,
  BroadcastGroupMemberEntity,
  CustomerGroupMemberEntity,
  CustomerDepartmentEntity,
  CustomerGroupEntity,
  CustomerNoteEntity,
  EndUserEntity,
  EndUserFeatureKeyEntity,
  ExternalContactEntity,
} from './workspace/workspace.entity';
import { WorkspaceService } from './workspace/workspace.service';
import { PortalDecisionResolver } from './decision/portal-decision.resolver';
import { AccountResolver } from './account/account.resolver';
import { DepartmentAssociationResolver } from './association/association.resolver';
import { CustomerResolver } from './customer/customer.resolver';
import { SalesConduitResolver } from './hierarchy/sales-conduit.resolver';
import { ServerResolver } from './hierarchy/server.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PortalRoleAssignmentResolver } from './portal-role/portal-role.resolver';
import { BroadcastGroupResolver } from './workspace/broadcast-group.resolver';
import { CustomerDepartmentResolver } from './workspace/customer-department.resolver';
import { CustomerGroupResolver } from './workspace/customer-group.resolver';
import { CustomerNoteResolver } from './workspace/customer-note.resolver';
import { EndUserResolver } from './workspace/end-user.resolver';
import { ManualActivationCodeResolver } from './workspace/manual-activation-code.resolver';

type Ref = { id: string };

/**
 * The customer-hierarchy subgraph: servers > sales conduits > customers (each an accounts organization), portal
 * roles with their reach, seed 004's matrices, billing and department associations (ES-1…ES-5, X-2, X-3).
 */
export const customerHierarchySubgraph: SubgraphModule<CustomerHierarchyContext> = {
  name: 'customer-hierarchy',
  dbSchema: 'customer_hierarchy',
  entities: [
    ServerEntity,
    SalesConduitEntity,
    CustomerEntity,
    PortalRoleAssignmentEntity,
    PortalAssignmentCustomerEntity,
    CustomerDepartmentEntity,
    CustomerGroupEntity,
    BroadcastGroupEntity,
    EndUserEntity,
    EndUserFeatureKeyEntity,
    CustomerNoteEntity,
    ActivationCodeEntity,
    ExternalContactEntity,
    CustomerGroupMemberEntity,
    BroadcastGroupMemberEntity,
    DepartmentAssociationEntity,
    AuditEventEntity,
  ],
  migrations: [
    CustomerHierarchyInitial1732500000000,
    CustomerHierarchyOffboarding1732500000010,
    CustomerHierarchyAuditLog1732500000019,
    CustomerHierarchyGroupMembers1732500000050,
    CustomerHierarchyAccountDeleted1732500000060,
  ],
  definition: {
    name: 'customer-hierarchy',
    resolvers: [
      ServerResolver,
      SalesConduitResolver,
      CustomerResolver,
      CustomerConnectionResolver,
      OrganizationResolver,
      PortalRoleAssignmentResolver,
      AccountResolver,
      CustomerDepartmentResolver,
      CustomerGroupResolver,
      BroadcastGroupResolver,
      EndUserResolver,
      CustomerNoteResolver,
      ManualActivationCodeResolver,
      DepartmentAssociationResolver,
      PortalDecisionResolver,
      ...CUSTOMER_HIERARCHY_CAPABILITY_RESOLVERS,
    ],
    // Entities of accounts this subgraph links to and extends: listed so type-graphql never drops them.
    orphanedTypes: [AccountRef, OrganizationRef, PortalAccessDecisionTypes.DomainDecision],
    policies: customerHierarchyPolicies,
    nodes: customerHierarchyNodes,
    // AuditEvent: the one shareable audit type (issue 13); its id is global, node(id:) does not load it (as in accounts).
    idNames: {
      ...DECISION_ID_NAMES,
      department: 'CustomerDepartment',
      otherDepartment: 'CustomerDepartment',
      'CustomerGroupMembersInput.groupId': 'CustomerGroup',
      addedEndUser: 'EndUser',
      'AuditEvent.id': 'AuditEvent',
    },
    // Entities of accounts: only the key is needed here; their fields here load what they need per request.
    referenceResolvers: {
      [DECISION_TYPE_NAMES['customer-hierarchy']]: {
        __resolveReference: (ref: { key: string }, ctx: CustomerHierarchyContext) =>
          ctx.loaders.portalAccessDecision.load(ref.key),
      },
      Account: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
      Organization: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
    },
  },
  createContextFactory({ db }) {
    const services = {
      hierarchy: new HierarchyService(db),
      customers: new CustomerService(db),
      billing: new BillingService(db),
      portalRoles: new PortalRoleService(db),
      workspace: new WorkspaceService(db),
      associations: new AssociationService(db),
      decisions: new DecisionService(db),
    };
    return (viewer, req) => {
      const ctx = { viewer, requestId: req.requestId, services } as CustomerHierarchyContext;
      ctx.loaders = createCustomerHierarchyLoaders(db, () => ctx.viewer);
      return ctx;
    };
  },
  seedDemo: seedCustomerHierarchyDemo,
};
