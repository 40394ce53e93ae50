import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { EndUserEntity } from './workspace.entity';
import { CreateEndUserInput, EndUserRefInput, SetFeatureKeysInput, UpdateEndUserInput } from './workspace.input';
import { EndUser } from './workspace.type';
import { changed, type Changed } from '../../common/payload';
import { CreateEndUserPayload, SetEndUserFeatureKeysPayload, UpdateEndUserPayload } from './end-user.payload';

const DeleteEndUserPayload = RemovalPayload(
  'DeleteEndUserPayload',
  'deletedEndUserId',
  'The id of the deleted end user.',
);

type C = CustomerHierarchyContext;

@Resolver(() => EndUser)
export class EndUserResolver {
  @FieldResolver(() => [String], { nullable: true, description: 'User support feature keys.' })
  @RequiresPermission('portal:hierarchy:read')
  async featureKeys(@Root() u: EndUserEntity, @Ctx() ctx: C): Promise<string[]> {
    return (await ctx.loaders.featureKeysByEndUserId.load(u.id)).map((k) => k.featureKey);
  }

  @Mutation(() => CreateEndUserPayload, { nullable: true })
  @RequiresPermission('portal:create:user')
  createEndUser(@Arg('input') input: CreateEndUserInput, @Ctx() ctx: C): Promise<Changed<'endUser', EndUserEntity>> {
    return changed('endUser', ctx.services.workspace.createEndUser(ctx.viewer!, input));
  }

  @Mutation(() => UpdateEndUserPayload, { nullable: true })
  @RequiresPermission('portal:edit:user')
  updateEndUser(@Arg('input') input: UpdateEndUserInput, @Ctx() ctx: C): Promise<Changed<'endUser', EndUserEntity>> {
    return changed('endUser', ctx.services.workspace.updateEndUser(ctx.viewer!, input));
  }

  @Mutation(() => DeleteEndUserPayload, { nullable: true })
  @RequiresPermission('portal:delete:user')
  async deleteEndUser(@Arg('input') input: EndUserRefInput, @Ctx() ctx: C): Promise<{ deletedEndUserId: string }> {
    return { deletedEndUserId: await ctx.services.workspace.deleteEndUser(ctx.viewer!, input) };
  }

  @Mutation(() => SetEndUserFeatureKeysPayload, {
    nullable: true,
    description: "Replaces an end user's support feature keys.",
  })
  @RequiresPermission('portal:edit:feature_keys')
  setEndUserFeatureKeys(
    @Arg('input') input: SetFeatureKeysInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'endUser', EndUserEntity>> {
    return changed('endUser', ctx.services.workspace.setFeatureKeys(ctx.viewer!, input));
  }
}
