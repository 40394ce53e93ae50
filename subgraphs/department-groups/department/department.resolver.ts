import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity } from './department.entity';
import { CreateDepartmentInput } from './department.input';
import { Department } from './department.type';

@Resolver(() => Department)
export class DepartmentResolver {
  @Mutation(() => Department, {
    nullable: true,
    description: 'Creates a department (owners, administrators, lhdepartment/create).',
  })
  @RequiresPermission('lhdepartment:create')
  createDepartment(
    @Arg('input') input: CreateDepartmentInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DepartmentEntity> {
    return ctx.services.departments.createDepartment(ctx.viewer!, input);
  }
}
