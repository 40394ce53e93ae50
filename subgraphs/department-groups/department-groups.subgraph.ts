import { DECISION_ID_NAMES } from '../common/access/decision.type';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { createOrganizationAccessLoaders } from '../common/organization-access';
import type { SubgraphModule } from '../common/subgraph';
import { DECISION_TYPE_NAMES } from '../common/access/capability';
import { ChatCapabilityResolver } from './chat/chat-capability.resolver';
import { DepartmentGroupCapabilityResolver } from './department/department-group-capability.resolver';
import { OrganizationCapabilityResolver } from './organization/organization-capability.resolver';
import { OperatorRoleCapabilityResolver } from './role/operator-role-capability.resolver';
import { UserGroupCapabilityResolver } from './user-group/user-group-capability.resolver';
import { LiveChatDecisionTypes } from './decision/decision.resolver';
import { ChatEntity, ChatMessageEntity } from './chat/chat.entity';
import { ChatService } from './chat/chat.service';
import type { DepartmentGroupsContext } from './department-groups.context';
import { createDepartmentGroupsLoaders } from './department-groups.loaders';
import { departmentGroupsNodes } from './department-groups.nodes';
import { departmentGroupsPolicies } from './department-groups.policy';
import { DepartmentEntity, DepartmentGroupEntity, DepartmentGroupMemberEntity } from './department/department.entity';
import { DepartmentService } from './department/department.service';
import { DepartmentGroupsInitial1732400000000 } from './migrations/1732400000000-department-groups-initial';
import { DepartmentGroupsAuditLog1732400000029 } from './migrations/1732400000029-department-groups-audit-log';
import { DepartmentGroupsChatPages1732400000060 } from './migrations/1732400000060-department-groups-chat-pages';
import { DepartmentGroupsOffboarding1732400000020 } from './migrations/1732400000020-department-groups-offboarding';
import { OperatorService } from './operator/operator.service';
import { OrganizationRef } from './organization/organization.ref';
import { ChatConnectionResolver } from './chat/chat-connection.resolver';
import { RoleEntity, RoleGrantEntity } from './role/role.entity';
import { RoleService } from './role/role.service';
import { seedDepartmentGroupsDemo } from './seed/demo';
import {
  OperatorDepartmentGroupEntity,
  UserGroupEntity,
  UserGroupMemberEntity,
  UserGroupRoleEntity,
  UserGroupWorkWithEntity,
} from './user-group/user-group.entity';
import { UserGroupService } from './user-group/user-group.service';
import { AccountResolver } from './account/account.resolver';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { ChatMessageResolver } from './chat/chat-message.resolver';
import { ChatResolver } from './chat/chat.resolver';
import { DepartmentGroupResolver } from './department/department-group.resolver';
import { DepartmentResolver } from './department/department.resolver';
import { OperatorResolver } from './operator/operator.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { OperatorPermissionResolver } from './permission/operator-permission.resolver';
import { PermissionDecisionResolver } from './decision/permission-decision.resolver';
import { RoleResolver } from './role/role.resolver';
import { UserGroupResolver } from './user-group/user-group.resolver';

type Ref = { id: string };

/** The department-groups subgraph: departments, department groups, user groups, module/function roles (LHC-1…LHC-8). */
export const departmentGroupsSubgraph: SubgraphModule<DepartmentGroupsContext> = {
  name: 'department-groups',
  dbSchema: 'department_groups',
  entities: [
    DepartmentEntity,
    DepartmentGroupEntity,
    DepartmentGroupMemberEntity,
    UserGroupEntity,
    UserGroupWorkWithEntity,
    UserGroupRoleEntity,
    UserGroupMemberEntity,
    OperatorDepartmentGroupEntity,
    RoleEntity,
    RoleGrantEntity,
    ChatEntity,
    ChatMessageEntity,
    AuditEventEntity,
  ],
  migrations: [
    DepartmentGroupsInitial1732400000000,
    DepartmentGroupsOffboarding1732400000020,
    DepartmentGroupsAuditLog1732400000029,
    DepartmentGroupsChatPages1732400000060,
  ],
  definition: {
    name: 'department-groups',
    resolvers: [
      OrganizationResolver,
      ChatConnectionResolver,
      AccountResolver,
      DepartmentResolver,
      DepartmentGroupResolver,
      UserGroupResolver,
      RoleResolver,
      OperatorResolver,
      CatalogueResolver,
      OperatorPermissionResolver,
      PermissionDecisionResolver,
      ChatResolver,
      ChatMessageResolver,
      OrganizationCapabilityResolver,
      ChatCapabilityResolver,
      DepartmentGroupCapabilityResolver,
      UserGroupCapabilityResolver,
      OperatorRoleCapabilityResolver,
    ],
    // Organization is reached only through `_entities`; type-graphql emits only what resolvers reach.
    orphanedTypes: [OrganizationRef, LiveChatDecisionTypes.DomainDecision],
    policies: departmentGroupsPolicies,
    nodes: departmentGroupsNodes,
    idNames: {
      ...DECISION_ID_NAMES,
      role: 'OperatorRole',
      reassignChatsToDepartment: 'Department',
    },
    referenceResolvers: {
      [DECISION_TYPE_NAMES['department-groups']]: {
        __resolveReference: (ref: { key: string }, ctx: DepartmentGroupsContext) =>
          ctx.loaders.liveChatDecision.load(ref.key),
      },
      Account: { __resolveReference: (ref: Ref, ctx: DepartmentGroupsContext) => ctx.loaders.accountById.load(ref.id) },
      Organization: {
        __resolveReference: (ref: Ref, ctx: DepartmentGroupsContext) => ctx.loaders.organizationById.load(ref.id),
      },
    },
  },
  createContextFactory({ db }) {
    const services = {
      departments: new DepartmentService(db),
      userGroups: new UserGroupService(db),
      roles: new RoleService(db),
      operators: new OperatorService(db),
      chats: new ChatService(db),
    };
    return (viewer, req) => {
      const ctx = { viewer, requestId: req.requestId, services } as DepartmentGroupsContext;
      ctx.loaders = createDepartmentGroupsLoaders(db, () => ctx.viewer);
      ctx.orgAccess = createOrganizationAccessLoaders(db, () => ctx.viewer);
      return ctx;
    };
  },
  seedDemo: seedDepartmentGroupsDemo,
};
