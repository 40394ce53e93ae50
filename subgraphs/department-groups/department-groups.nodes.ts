import { compositeRawId, splitCompositeRawId } from '../common/federation/global-id';
import type { NodeSpec } from '../common/federation/node';
import { isUuid, memberOf } from '../common/loaders';
import type { DepartmentGroupsContext } from './department-groups.context';

type Source = Record<string, unknown>;

/** The Node types department-groups owns (issue 13) and how each loads by raw id. */
export const departmentGroupsNodes: Record<string, NodeSpec<DepartmentGroupsContext>> = {
  Department: { load: (ctx) => ctx.loaders.departmentById },
  DepartmentGroup: { load: (ctx) => ctx.loaders.departmentGroupById },
  UserGroup: { load: (ctx) => ctx.loaders.userGroupById },
  OperatorRole: { load: (ctx) => ctx.loaders.roleById },
  OperatorRoleGrant: {
    // A grant is read in its role's organization (as OperatorRole.grants hands it out).
    load: (ctx) => ({
      load: async (id) => {
        const grant = await ctx.loaders.grantById.load(id);
        const role = grant && (await ctx.loaders.roleById.load(grant.roleId));
        return grant && role ? Object.assign(grant, { organizationId: role.organizationId }) : null;
      },
    }),
  },
  /** An operator is an organization + account. */
  Operator: {
    load: (ctx) => ({
      load: (raw) => {
        const p = splitCompositeRawId(raw, 2);
        const valid = p && isUuid(p[0]) && isUuid(p[1]) ? p : null;
        return memberOf(ctx.loaders.operatorsByOrganizationId, valid && valid[0]!, (o) => o.accountId === valid![1]);
      },
    }),
    rawId: (s: Source) => compositeRawId([String(s.organizationId), String(s.accountId)]),
    uuid: false,
  },
  Chat: { load: (ctx) => ctx.loaders.chatById },
  ChatMessage: { load: (ctx) => ctx.loaders.messageById },
};
