import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity, DepartmentGroupEntity } from './department.entity';
import { viewerCanConfigure } from '../access/viewer-can';
import {
  CreateDepartmentGroupInput,
  DeleteDepartmentGroupInput,
  RenameDepartmentGroupInput,
  SetDepartmentGroupDepartmentsInput,
} from './department.input';
import {
  DeleteDepartmentGroupPayload,
  Department,
  DepartmentGroup,
  RenameDepartmentGroupPayload,
} from './department.type';
import { changed, type Changed } from '../../common/payload';
import { CreateDepartmentGroupPayload, SetDepartmentGroupDepartmentsPayload } from './department-group.payload';

@Resolver(() => DepartmentGroup)
export class DepartmentGroupResolver {
  @FieldResolver(() => [Department], { nullable: true, description: 'Its departments that the caller sees (LHC-5).' })
  @RequiresPermission('organization:read')
  async departments(
    @Root() group: DepartmentGroupEntity,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DepartmentEntity[]> {
    const [members, visible] = await Promise.all([
      ctx.loaders.departmentsByGroupId.load(group.id),
      ctx.loaders.viewerVisibleDepartments(group.organizationId),
    ]);
    return members.filter((d) => visible.has(d.id));
  }

  @Mutation(() => CreateDepartmentGroupPayload, {
    nullable: true,
    description: 'Creates a department group of departments (LHC-1).',
  })
  @RequiresPermission('livechat:configure')
  createDepartmentGroup(
    @Arg('input') input: CreateDepartmentGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'departmentGroup', DepartmentGroupEntity>> {
    return changed('departmentGroup', ctx.services.departments.createDepartmentGroup(ctx.viewer!, input));
  }

  @Mutation(() => SetDepartmentGroupDepartmentsPayload, {
    nullable: true,
    description: 'Replaces the departments of a department group.',
  })
  @RequiresPermission('livechat:configure')
  setDepartmentGroupDepartments(
    @Arg('input') input: SetDepartmentGroupDepartmentsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'departmentGroup', DepartmentGroupEntity>> {
    return changed('departmentGroup', ctx.services.departments.setDepartmentGroupDepartments(ctx.viewer!, input));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may rename this department group (X-7; owners and administrators).',
  })
  @RequiresPermission('organization:read')
  viewerCanRename(@Root() group: DepartmentGroupEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanConfigure(ctx, group.organizationId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the caller may delete this department group (X-7); the deletion is still refused while it is in use.',
  })
  @RequiresPermission('organization:read')
  viewerCanDelete(@Root() group: DepartmentGroupEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCanConfigure(ctx, group.organizationId);
  }

  @Mutation(() => RenameDepartmentGroupPayload, {
    nullable: true,
    description: 'Renames a department group; its number (named by limitations) stays.',
  })
  @RequiresPermission('livechat:configure')
  async renameDepartmentGroup(
    @Arg('input') input: RenameDepartmentGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RenameDepartmentGroupPayload> {
    return { departmentGroup: await ctx.services.departments.renameDepartmentGroup(ctx.viewer!, input) };
  }

  @Mutation(() => DeleteDepartmentGroupPayload, {
    nullable: true,
    description:
      'Deletes a department group; CONFLICT while operators are assigned to it or a role limitation names its number.',
  })
  @RequiresPermission('livechat:configure')
  deleteDepartmentGroup(
    @Arg('input') input: DeleteDepartmentGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DeleteDepartmentGroupPayload> {
    return ctx.services.departments.deleteDepartmentGroup(ctx.viewer!, input);
  }
}
