import { compositeRawId } from '../../common/federation/global-id';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentGroupEntity } from '../department/department.entity';
import { DepartmentGroup } from '../department/department.type';
import { AccountRef } from '../account/account.ref';
import { pairKey } from '../access/access-facts';
import type { UserGroupEntity } from '../user-group/user-group.entity';
import { UserGroup } from '../user-group/user-group.type';
import { viewerCanRemoveOperator } from '../access/viewer-can';
import {
  AddOperatorMemberInput,
  CreateOperatorInput,
  RemoveOperatorInput,
  SetOperatorDepartmentGroupsInput,
  SetOperatorUserGroupsInput,
} from './operator.input';
import { AddOperatorMemberPayload, RemoveOperatorPayload } from './operator.type';
import type { OperatorRef } from './operator.model';
import { Operator } from './operator.type';
import { changed, type Changed } from '../../common/payload';
import {
  CreateOperatorPayload,
  SetOperatorDepartmentGroupsPayload,
  SetOperatorUserGroupsPayload,
} from './operator.payload';

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

  @Mutation(() => CreateOperatorPayload, {
    nullable: true,
    description: 'Makes a member an operator (lhuser/createuser; team leaders only in groups they work with, LHC-6).',
  })
  @RequiresPermission('lhuser:createuser')
  createOperator(
    @Arg('input') input: CreateOperatorInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'operator', OperatorRef>> {
    return changed('operator', ctx.services.operators.createOperator(ctx.viewer!, input));
  }

  @Mutation(() => SetOperatorUserGroupsPayload, {
    nullable: true,
    description: "Replaces an operator's user groups (lhuser/edituser; LHC-4, LHC-6).",
  })
  @RequiresPermission('lhuser:edituser')
  setOperatorUserGroups(
    @Arg('input') input: SetOperatorUserGroupsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'operator', OperatorRef>> {
    return changed('operator', ctx.services.operators.setOperatorUserGroups(ctx.viewer!, input));
  }

  @Mutation(() => SetOperatorDepartmentGroupsPayload, {
    nullable: true,
    description: "Replaces an operator's department groups (LHC-6: own ones, or all with lhdepartment/managegroups).",
  })
  @RequiresPermission('lhuser:edituser')
  setOperatorDepartmentGroups(
    @Arg('input') input: SetOperatorDepartmentGroupsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'operator', OperatorRef>> {
    return changed('operator', ctx.services.operators.setOperatorDepartmentGroups(ctx.viewer!, input));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may remove this operator (X-7; removeOperator: lhuser/edituser within LHC-6).',
  })
  @RequiresPermission('organization:read')
  viewerCanRemove(@Root() op: OperatorRef, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanRemoveOperator(ctx, op.organizationId, op.accountId);
  }

  @Mutation(() => RemoveOperatorPayload, {
    nullable: true,
    description:
      "Ends an operator's live-chat grants here (user groups, department groups), audited; the account stays a member and keeps its LiveChat product user (lhuser/edituser; team leaders within LHC-6).",
  })
  @RequiresPermission('lhuser:edituser')
  async removeOperator(
    @Arg('input') input: RemoveOperatorInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RemoveOperatorPayload> {
    const { removedOperatorAccountId } = await ctx.services.operators.removeOperator(ctx.viewer!, input);
    // The Operator's raw id (organization + account); the global-id layer encodes it as an Operator id.
    return { removedOperatorId: compositeRawId([input.organizationId, removedOperatorAccountId]) };
  }

  @Mutation(() => AddOperatorMemberPayload, {
    nullable: true,
    description:
      'Brings a new person into the organization as a live-chat operator (seed 001: team leaders create users; lhuser/createuser within LHC-6 and the grant ceiling): a registered account that is not yet a member becomes a plain MEMBER, through accounts, and is placed in the given groups, in one transaction. Already a member: CONFLICT (use createOperator).',
  })
  @RequiresPermission('lhuser:createuser')
  async addOperatorMember(
    @Arg('input') input: AddOperatorMemberInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<AddOperatorMemberPayload> {
    return { operator: await ctx.services.operators.addOperatorMember(ctx.viewer!, input) };
  }
}
