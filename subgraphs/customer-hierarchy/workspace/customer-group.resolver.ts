import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { CustomerGroupEntity } from './workspace.entity';
import { CreateNamedInput, DeleteInput, RenameInput } from './workspace.input';
import { CustomerGroup } from './workspace.type';

type C = CustomerHierarchyContext;

@Resolver(() => CustomerGroup)
export class CustomerGroupResolver {
  @Mutation(() => CustomerGroup, { nullable: true })
  @RequiresPermission('portal:create:group')
  createCustomerGroup(@Arg('input') input: CreateNamedInput, @Ctx() ctx: C): Promise<CustomerGroupEntity> {
    return ctx.services.workspace.createNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>;
  }

  @Mutation(() => CustomerGroup, { nullable: true })
  @RequiresPermission('portal:edit:group')
  renameCustomerGroup(@Arg('input') input: RenameInput, @Ctx() ctx: C): Promise<CustomerGroupEntity> {
    return ctx.services.workspace.renameNamed(ctx.viewer!, 'group', input) as Promise<CustomerGroupEntity>;
  }

  @Mutation(() => ID, { nullable: true })
  @RequiresPermission('portal:delete:group')
  deleteCustomerGroup(@Arg('input') input: DeleteInput, @Ctx() ctx: C): Promise<string> {
    return ctx.services.workspace.deleteNamed(ctx.viewer!, 'group', input);
  }
}
