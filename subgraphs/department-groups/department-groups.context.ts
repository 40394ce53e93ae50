import type { OrganizationAccessContext, OrganizationAccessLoaders } from '../common/organization-access';
import type { Viewer } from '../common/auth/tokens';
import type { ChatService } from './chat/chat.service';
import type { DepartmentGroupsLoaders } from './department-groups.loaders';
import type { DepartmentService } from './department/department.service';
import type { OperatorService } from './operator/operator.service';
import type { RoleService } from './role/role.service';
import type { UserGroupService } from './user-group/user-group.service';

/** Stateless services, created once per process. */
export interface DepartmentGroupsServices {
  departments: DepartmentService;
  userGroups: UserGroupService;
  roles: RoleService;
  operators: OperatorService;
  chats: ChatService;
}

/** Per-request context of the department-groups subgraph. */
export interface DepartmentGroupsContext extends OrganizationAccessContext {
  viewer: Viewer | null;
  requestId: string;
  loaders: DepartmentGroupsLoaders;
  orgAccess: OrganizationAccessLoaders;
  services: DepartmentGroupsServices;
}
