import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { decide, decideChat, type Operation } from '../access/decide';
import type { ChatEntity } from '../chat/chat.entity';
import { Chat } from '../chat/chat.type';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { DepartmentGroup } from '../department/department.type';
import { OrganizationRef as Organization } from '../organization/organization.ref';
import { OperatorRole } from '../role/role.type';
import { UserGroup } from '../user-group/user-group.type';

const CAN = { nullable: true } as const;

/**
 * X-7 for live chat: the caller's facts in the organization (one loader read per organization and request)
 * given to the operation's own `decide()`, the rule its field policy and in-transaction re-check use.
 */
async function viewerCan(ctx: DepartmentGroupsContext, organizationId: string, op: Operation): Promise<boolean> {
  const facts = await ctx.loaders.viewerFacts(organizationId);
  return facts ? decide(facts, op).allowed : false;
}

@Resolver(() => Organization)
export class OrganizationCapabilityResolver {
  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: createDepartment would be allowed (lhdepartment/create).',
  })
  @RequiresPermission('organization:read')
  viewerCanCreateDepartment(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'department.create');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: createOperator would be allowed (lhuser/createuser).' })
  @RequiresPermission('organization:read')
  viewerCanCreateOperator(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'operator.create');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: configuring live chat (department groups, user groups, operator roles) would be allowed.',
  })
  @RequiresPermission('organization:read')
  viewerCanConfigureLiveChat(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'organization.configure');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: startChat would be allowed (in a department it sees).' })
  @RequiresPermission('organization:read')
  viewerCanStartChat(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'chat.start');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: "X-7: reading other members' effective permissions would be allowed (LHC-7; one's own always is).",
  })
  @RequiresPermission('organization:read')
  async viewerCanSeePermissions(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    const facts = await ctx.loaders.viewerFacts(o.id);
    return !!facts?.administers && decide(facts, 'permissions.see').allowed;
  }
}

@Resolver(() => Chat)
export class ChatCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: postChatMessage would be allowed (LHC-5).' })
  @RequiresPermission('chat:read')
  async viewerCanPostMessage(@Root() chat: ChatEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    const [facts, layout] = await Promise.all([
      ctx.loaders.viewerFacts(chat.organizationId),
      ctx.loaders.layoutByOrganizationId.load(chat.organizationId),
    ]);
    return facts ? decideChat(facts, layout, 'chat.post', chat.departmentId).allowed : false;
  }
}

/** Editing a department group, user group or operator role is configuring live chat (`livechat:configure`). */
const editDescription = (what: string) => `X-7: changing this ${what} would be allowed (owners and administrators).`;

@Resolver(() => DepartmentGroup)
export class DepartmentGroupCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('department group') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() g: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, g.organizationId, 'organization.configure');
  }
}

@Resolver(() => UserGroup)
export class UserGroupCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('user group') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() g: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, g.organizationId, 'organization.configure');
  }
}

@Resolver(() => OperatorRole)
export class OperatorRoleCapabilityResolver {
  @FieldResolver(() => Boolean, { ...CAN, description: editDescription('operator role') })
  @RequiresPermission('organization:read')
  viewerCanEdit(@Root() r: { organizationId: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, r.organizationId, 'organization.configure');
  }
}
