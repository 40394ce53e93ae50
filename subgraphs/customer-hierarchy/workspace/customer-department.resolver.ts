import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import { linkedDepartmentIds } from '../association/association.service';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { CustomerDepartmentEntity } from './workspace.entity';
import { CreateNamedInput, DeleteInput, RenameInput } from './workspace.input';
import { CustomerDepartment } from './workspace.type';
import { changed, type Changed } from '../../common/payload';
import { CreateCustomerDepartmentPayload, RenameCustomerDepartmentPayload } from './customer-department.payload';

const DeleteCustomerDepartmentPayload = RemovalPayload(
  'DeleteCustomerDepartmentPayload',
  'deletedCustomerDepartmentId',
  'The id of the deleted department (its associations went with it).',
);

type C = CustomerHierarchyContext;

@Resolver(() => CustomerDepartment)
export class CustomerDepartmentResolver {
  @FieldResolver(() => [CustomerDepartment], {
    nullable: true,
    description:
      "ES-5: departments this one is linked with: explicit associations, plus its own customer's departments when self discovery is on.",
  })
  @RequiresPermission('portal:hierarchy:read')
  async linkedDepartments(@Root() d: CustomerDepartmentEntity, @Ctx() ctx: C): Promise<CustomerDepartmentEntity[]> {
    const [customer, associations, siblings] = await Promise.all([
      ctx.loaders.customerById.load(d.customerId),
      ctx.loaders.associationsByCustomerId.load(d.customerId),
      ctx.loaders.departmentsByCustomerId.load(d.customerId),
    ]);
    const ids = linkedDepartmentIds(
      d,
      customer?.selfDiscovery ?? false,
      associations,
      siblings.map((s) => s.id),
    );
    return (await ctx.loaders.departmentById.loadMany(ids)).filter(
      (x): x is CustomerDepartmentEntity => !!x && !(x instanceof Error),
    );
  }

  @Mutation(() => CreateCustomerDepartmentPayload, { nullable: true })
  @RequiresPermission('portal:create:department')
  createCustomerDepartment(
    @Arg('input') input: CreateNamedInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerDepartment', CustomerDepartmentEntity>> {
    return changed(
      'customerDepartment',
      ctx.services.workspace.createNamed(ctx.viewer!, 'department', input) as Promise<CustomerDepartmentEntity>,
    );
  }

  @Mutation(() => RenameCustomerDepartmentPayload, { nullable: true })
  @RequiresPermission('portal:edit:department')
  renameCustomerDepartment(
    @Arg('input') input: RenameInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'customerDepartment', CustomerDepartmentEntity>> {
    return changed(
      'customerDepartment',
      ctx.services.workspace.renameNamed(ctx.viewer!, 'department', input) as Promise<CustomerDepartmentEntity>,
    );
  }

  @Mutation(() => DeleteCustomerDepartmentPayload, {
    nullable: true,
    description: 'Deletes a department and its associations.',
  })
  @RequiresPermission('portal:delete:department')
  async deleteCustomerDepartment(
    @Arg('input') input: DeleteInput,
    @Ctx() ctx: C,
  ): Promise<{ deletedCustomerDepartmentId: string }> {
    return { deletedCustomerDepartmentId: await ctx.services.workspace.deleteNamed(ctx.viewer!, 'department', input) };
  }
}
