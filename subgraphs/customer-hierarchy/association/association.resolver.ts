import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { CustomerDepartmentEntity } from '../workspace/workspace.entity';
import { CustomerDepartment } from '../workspace/workspace.type';
import type { DepartmentAssociationEntity } from './association.entity';
import { CreateDepartmentAssociationInput, DeleteDepartmentAssociationInput } from './association.input';
import { DepartmentAssociation } from './association.type';
import { changed, type Changed } from '../../common/payload';
import { CreateDepartmentAssociationPayload } from './association.payload';

const DeleteDepartmentAssociationPayload = RemovalPayload(
  'DeleteDepartmentAssociationPayload',
  'deletedDepartmentAssociationId',
  'The id of the deleted association.',
);

type C = CustomerHierarchyContext;

@Resolver(() => DepartmentAssociation)
export class DepartmentAssociationResolver {
  @FieldResolver(() => CustomerDepartment, { nullable: true })
  @RequiresPermission('portal:association:read')
  department(@Root() a: DepartmentAssociationEntity, @Ctx() ctx: C): Promise<CustomerDepartmentEntity | null> {
    return ctx.loaders.departmentById.load(a.departmentAId);
  }

  @FieldResolver(() => CustomerDepartment, { nullable: true })
  @RequiresPermission('portal:association:read')
  otherDepartment(@Root() a: DepartmentAssociationEntity, @Ctx() ctx: C): Promise<CustomerDepartmentEntity | null> {
    return ctx.loaders.departmentById.load(a.departmentBId);
  }

  @Mutation(() => CreateDepartmentAssociationPayload, {
    nullable: true,
    description: "ES-5: links two departments of one server; the kind's Create row decides who may.",
  })
  @RequiresPermission('portal:association:create')
  createDepartmentAssociation(
    @Arg('input') input: CreateDepartmentAssociationInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'departmentAssociation', DepartmentAssociationEntity>> {
    return changed('departmentAssociation', ctx.services.associations.create(ctx.viewer!, input));
  }

  @Mutation(() => DeleteDepartmentAssociationPayload, {
    nullable: true,
    description: "The kind's Delete row decides who may.",
  })
  @RequiresPermission('portal:association:delete')
  async deleteDepartmentAssociation(
    @Arg('input') input: DeleteDepartmentAssociationInput,
    @Ctx() ctx: C,
  ): Promise<{ deletedDepartmentAssociationId: string }> {
    return { deletedDepartmentAssociationId: await ctx.services.associations.delete(ctx.viewer!, input) };
  }
}
