import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentGroupEntity } from '../department/department.entity';
import { DepartmentGroup } from '../department/department.type';
import { AccountRef } from '../account/account.ref';
import { pairKey } from '../permission/access-facts';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroup } from '../user-group/user-group.type';
import { CreateOperatorInput, SetOperatorDepartmentGroupsInput, SetOperatorUserGroupsInput } from './operator.input';
import type { OperatorRef } from './operator.model';
import { Operator } from './operator.type';

@Resolver(() => Operator)
export class OperatorResolver {
  @FieldResolver(() => AccountRef, { nullable: true })
  @RequiresPermission('organization:read')
  account(@Root() op: OperatorRef): AccountRef {
    return { id: op.accountId };
  }

  @FieldResolver(() => [UserGroup], { nullable: true })
  @RequiresPermission('organization:read')
  userGroups(@Root() op: OperatorRef, @Ctx() ctx: DepartmentGroupsContext): Promise<UserGroupEntity[]> {
    return ctx.loaders.userGroupsByOperator.load(pairKey(op.organizationId, op.accountId));
  }

  @FieldResolver(() => [DepartmentGroup], { nullable: true })
  @RequiresPermission('organization:read')
  departmentGroups(@Root() op: OperatorRef, @Ctx() ctx: DepartmentGroupsContext): Promise<DepartmentGroupEntity[]> {
    return ctx.loaders.departmentGroupsByOperator.load(pairKey(op.organizationId, op.accountId));
  }

  @Mutation(() => Operator, {
    nullable: true,
    description: 'Makes a member an operator (lhuser/createuser; team leaders only in groups they work with, LHC-6).',
  })
  @RequiresPermission('lhuser:createuser')
  createOperator(@Arg('input') input: CreateOperatorInput, @Ctx() ctx: DepartmentGroupsContext): Promise<OperatorRef> {
    return ctx.services.operators.createOperator(ctx.viewer!, input);
  }

  @Mutation(() => Operator, {
    nullable: true,
    description: "Replaces an operator's user groups (lhuser/edituser; LHC-4, LHC-6).",
  })
  @RequiresPermission('lhuser:edituser')
  setOperatorUserGroups(
    @Arg('input') input: SetOperatorUserGroupsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<OperatorRef> {
    return ctx.services.operators.setOperatorUserGroups(ctx.viewer!, input);
  }

  @Mutation(() => Operator, {
    nullable: true,
    description: "Replaces an operator's department groups (LHC-6: own ones, or all with lhdepartment/managegroups).",
  })
  @RequiresPermission('lhuser:edituser')
  setOperatorDepartmentGroups(
    @Arg('input') input: SetOperatorDepartmentGroupsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<OperatorRef> {
    return ctx.services.operators.setOperatorDepartmentGroups(ctx.viewer!, input);
  }
}
