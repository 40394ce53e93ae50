import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { BroadcastGroupEntity } from './workspace.entity';
import { BroadcastGroup } from './workspace.type';
import { CreateNamedInput, RenameInput } from './workspace.input';

type C = CustomerHierarchyContext;

@Resolver(() => BroadcastGroup)
export class BroadcastGroupResolver {
  @Mutation(() => BroadcastGroup, { nullable: true })
  @RequiresPermission('portal:create:broadcast_group')
  createBroadcastGroup(@Arg('input') input: CreateNamedInput, @Ctx() ctx: C): Promise<BroadcastGroupEntity> {
    return ctx.services.workspace.createNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>;
  }

  @Mutation(() => BroadcastGroup, { nullable: true, description: 'The seed has no Delete row for broadcast groups.' })
  @RequiresPermission('portal:edit:broadcast_group')
  renameBroadcastGroup(@Arg('input') input: RenameInput, @Ctx() ctx: C): Promise<BroadcastGroupEntity> {
    return ctx.services.workspace.renameNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>;
  }
}
