import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { requireId } from '../../common/validation';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { Account } from '../organization/organization.type';
import type { RoleEntity } from '../role/role.entity';
import { OperatorRole } from '../role/role.type';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroup } from '../user-group/user-group.type';
import { pairKey } from './access-facts';
import { decidePermission, type PermissionDecisionResult } from './decision';
import type { SourcedGrant } from './grants';
import { OperatorPermission, OperatorPermissionDecision, OperatorPermissionDecisionInput } from './permission.type';

type Sourced = SourcedGrant & { organizationId: string };

@Resolver(() => Account)
export class AccountPermissionsResolver {
  @FieldResolver(() => [OperatorPermission], {
    nullable: true,
    description:
      "LHC-7: the account's effective permissions in an organization, each with the group → role → grant giving it.",
  })
  @RequiresPermission('lhpermission:see_permissions')
  async effectivePermissions(
    @Root() account: Account,
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Sourced[]> {
    const facts = await ctx.loaders.accessFacts.load(pairKey(requireId('organizationId', organizationId), account.id));
    return (facts?.grants ?? []).map((g) => ({ ...g, organizationId }));
  }
}

@Resolver(() => OperatorPermission)
export class OperatorPermissionResolver {
  @FieldResolver(() => UserGroup, { nullable: true })
  @RequiresPermission('organization:read')
  userGroup(@Root() p: Sourced, @Ctx() ctx: DepartmentGroupsContext): Promise<UserGroupEntity | null> {
    return ctx.loaders.userGroupById.load(p.userGroupId);
  }

  @FieldResolver(() => OperatorRole, { nullable: true })
  @RequiresPermission('organization:read')
  role(@Root() p: Sourced, @Ctx() ctx: DepartmentGroupsContext): Promise<RoleEntity | null> {
    return ctx.loaders.roleById.load(p.roleId);
  }
}

@Resolver(() => OperatorPermissionDecision)
export class PermissionDecisionResolver {
  @Query(() => OperatorPermissionDecision, {
    nullable: true,
    description: 'X-2: may this account use module/function (on this department)?',
  })
  @RequiresPermission('lhpermission:see_permissions')
  async operatorPermissionDecision(
    @Arg('input') input: OperatorPermissionDecisionInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<PermissionDecisionResult & { organizationId: string; decidedBy: Sourced[] }> {
    const organizationId = requireId('organizationId', input.organizationId);
    const accountId = requireId('accountId', input.accountId);
    const departmentId = input.departmentId ? requireId('departmentId', input.departmentId) : null;
    const [facts, layout] = await Promise.all([
      ctx.loaders.accessFacts.load(pairKey(organizationId, accountId)),
      ctx.loaders.layoutByOrganizationId.load(organizationId),
    ]);
    const result = decidePermission(facts!, layout, { module: input.module, function: input.function, departmentId });
    return { ...result, organizationId, decidedBy: result.decidedBy.map((g) => ({ ...g, organizationId })) };
  }
}
