import type { AccessContext } from '../common/access/policy';
import type { Viewer } from '../common/auth/tokens';
import type { DecisionService } from './decision/portal-decision.service';
import type { AssociationService } from './association/association.service';
import type { BillingService } from './customer/billing.service';
import type { CustomerService } from './customer/customer.service';
import type { CustomerHierarchyLoaders } from './customer-hierarchy.loaders';
import type { HierarchyService } from './hierarchy/hierarchy.service';
import type { PortalRoleService } from './portal-role/portal-role.service';
import type { WorkspaceService } from './workspace/workspace.service';

/** Stateless services, created once per process. */
export interface CustomerHierarchyServices {
  hierarchy: HierarchyService;
  customers: CustomerService;
  billing: BillingService;
  portalRoles: PortalRoleService;
  workspace: WorkspaceService;
  associations: AssociationService;
  decisions: DecisionService;
}

/** Per-request context of the customer-hierarchy subgraph. */
export interface CustomerHierarchyContext extends AccessContext {
  viewer: Viewer | null;
  requestId: string;
  loaders: CustomerHierarchyLoaders;
  services: CustomerHierarchyServices;
}
