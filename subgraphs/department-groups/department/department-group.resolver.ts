import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity, DepartmentGroupEntity } from './department.entity';
import { CreateDepartmentGroupInput, SetDepartmentGroupDepartmentsInput } from './department.input';
import { Department, DepartmentGroup } from './department.type';

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

  @Mutation(() => DepartmentGroup, {
    nullable: true,
    description: 'Creates a department group of departments (LHC-1).',
  })
  @RequiresPermission('livechat:configure')
  createDepartmentGroup(
    @Arg('input') input: CreateDepartmentGroupInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DepartmentGroupEntity> {
    return ctx.services.departments.createDepartmentGroup(ctx.viewer!, input);
  }

  @Mutation(() => DepartmentGroup, { nullable: true, description: 'Replaces the departments of a department group.' })
  @RequiresPermission('livechat:configure')
  setDepartmentGroupDepartments(
    @Arg('input') input: SetDepartmentGroupDepartmentsInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DepartmentGroupEntity> {
    return ctx.services.departments.setDepartmentGroupDepartments(ctx.viewer!, input);
  }
}
