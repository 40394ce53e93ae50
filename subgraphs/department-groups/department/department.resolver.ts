import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { decideDepartment } from '../access/decide';
import type { DepartmentGroupsContext } from '../department-groups.context';
import type { DepartmentEntity } from './department.entity';
import { CreateDepartmentInput, DeleteDepartmentInput, RenameDepartmentInput } from './department.input';
import { DeleteDepartmentPayload, Department, RenameDepartmentPayload } from './department.type';
import { changed, type Changed } from '../../common/payload';
import { CreateDepartmentPayload } from './department.payload';

/** X-7 on a department: the same `decideDepartment` the mutation re-checks, over the request's loaders. */
async function viewerCan(
  ctx: DepartmentGroupsContext,
  department: DepartmentEntity,
  operation: 'department.edit' | 'department.delete',
): Promise<boolean> {
  const [facts, layout] = await Promise.all([
    ctx.loaders.viewerFacts(department.organizationId),
    ctx.loaders.layoutByOrganizationId.load(department.organizationId),
  ]);
  return facts ? decideDepartment(facts, layout, operation, department.id).allowed : false;
}

@Resolver(() => Department)
export class DepartmentResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may rename this department (X-7; renameDepartment).',
  })
  @RequiresPermission('organization:read')
  viewerCanRename(@Root() department: DepartmentEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, department, 'department.edit');
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may delete this department (X-7; deleteDepartment).',
  })
  @RequiresPermission('organization:read')
  viewerCanDelete(@Root() department: DepartmentEntity, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, department, 'department.delete');
  }

  @Mutation(() => CreateDepartmentPayload, {
    nullable: true,
    description: 'Creates a department (owners, administrators, lhdepartment/create).',
  })
  @RequiresPermission('lhdepartment:create')
  createDepartment(
    @Arg('input') input: CreateDepartmentInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Changed<'department', DepartmentEntity>> {
    return changed('department', ctx.services.departments.createDepartment(ctx.viewer!, input));
  }

  @Mutation(() => RenameDepartmentPayload, {
    nullable: true,
    description: 'Renames a department (owners, administrators, lhdepartment/edit on a department the caller sees).',
  })
  @RequiresPermission('lhdepartment:edit')
  async renameDepartment(
    @Arg('input') input: RenameDepartmentInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<RenameDepartmentPayload> {
    return { department: await ctx.services.departments.renameDepartment(ctx.viewer!, input) };
  }

  @Mutation(() => DeleteDepartmentPayload, {
    nullable: true,
    description:
      'Deletes a department (owners, administrators, lhdepartment/delete on a department the caller sees). Its chats are kept: CONFLICT while it has chats, unless reassignChatsToDepartmentId moves them.',
  })
  @RequiresPermission('lhdepartment:delete')
  deleteDepartment(
    @Arg('input') input: DeleteDepartmentInput,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<DeleteDepartmentPayload> {
    return ctx.services.departments.deleteDepartment(ctx.viewer!, input);
  }
}
