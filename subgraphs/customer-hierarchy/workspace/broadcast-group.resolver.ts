import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { pageOfList, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { viewerCanManageMembers } from './group-members';
import type { BroadcastGroupEntity, EndUserEntity } from './workspace.entity';
import {
  AddBroadcastGroupMembersPayload,
  BroadcastGroup,
  EndUserConnection,
  RemoveBroadcastGroupMembersPayload,
} from './workspace.type';
import { CreateNamedInput, BroadcastGroupMembersInput, RenameInput } from './workspace.input';
import { changed, type Changed } from '../../common/payload';
import { CreateBroadcastGroupPayload, RenameBroadcastGroupPayload } from './broadcast-group.payload';

type C = CustomerHierarchyContext;

@Resolver(() => BroadcastGroup)
export class BroadcastGroupResolver {
  @Mutation(() => CreateBroadcastGroupPayload, { nullable: true })
  @RequiresPermission('portal:create:broadcast_group')
  createBroadcastGroup(
    @Arg('input') input: CreateNamedInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'broadcastGroup', BroadcastGroupEntity>> {
    return changed(
      'broadcastGroup',
      ctx.services.workspace.createNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>,
    );
  }

  @Mutation(() => RenameBroadcastGroupPayload, {
    nullable: true,
    description: 'The seed has no Delete row for broadcast groups.',
  })
  @RequiresPermission('portal:edit:broadcast_group')
  renameBroadcastGroup(
    @Arg('input') input: RenameInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'broadcastGroup', BroadcastGroupEntity>> {
    return changed(
      'broadcastGroup',
      ctx.services.workspace.renameNamed(ctx.viewer!, 'broadcast_group', input) as Promise<BroadcastGroupEntity>,
    );
  }

  @FieldResolver(() => EndUserConnection, {
    nullable: true,
    description: 'Its members: end users of the same customer, by e-mail (issue 13: a page).',
  })
  @RequiresPermission('portal:hierarchy:read')
  async members(
    @Root() group: BroadcastGroupEntity,
    @Ctx() ctx: C,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<EndUserEntity> & { totalCount: number }> {
    const members = await ctx.loaders.membersByBroadcastGroupId.load(group.id);
    return pageOfList(members, first, after, (u) => [u.email, u.id]);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Whether the caller may add or remove this broadcast group's members (X-7; Edit Broadcast Groups: SUPPORT).",
  })
  @RequiresPermission('portal:hierarchy:read')
  viewerCanManageMembers(@Root() group: BroadcastGroupEntity, @Ctx() ctx: C): Promise<boolean> {
    return viewerCanManageMembers(ctx, 'broadcast_group', group.customerId);
  }

  @Mutation(() => AddBroadcastGroupMembersPayload, {
    nullable: true,
    description: 'Adds end users of the customer to one of its broadcast groups (ES-3 Edit Broadcast Groups: SUPPORT).',
  })
  @RequiresPermission('portal:edit:broadcast_group')
  async addBroadcastGroupMembers(
    @Arg('input') input: BroadcastGroupMembersInput,
    @Ctx() ctx: C,
  ): Promise<AddBroadcastGroupMembersPayload> {
    const { group, addedEndUserIds } = await ctx.services.workspace.addGroupMembers(ctx.viewer!, 'broadcast_group', {
      customerId: input.customerId,
      groupId: input.broadcastGroupId,
      endUserIds: input.endUserIds,
    });
    return { broadcastGroup: group, addedEndUserIds };
  }

  @Mutation(() => RemoveBroadcastGroupMembersPayload, {
    nullable: true,
    description: 'Removes end users from a broadcast group (ES-3 Edit Broadcast Groups: SUPPORT).',
  })
  @RequiresPermission('portal:edit:broadcast_group')
  async removeBroadcastGroupMembers(
    @Arg('input') input: BroadcastGroupMembersInput,
    @Ctx() ctx: C,
  ): Promise<RemoveBroadcastGroupMembersPayload> {
    const { group, removedEndUserIds } = await ctx.services.workspace.removeGroupMembers(
      ctx.viewer!,
      'broadcast_group',
      {
        customerId: input.customerId,
        groupId: input.broadcastGroupId,
        endUserIds: input.endUserIds,
      },
    );
    return { broadcastGroup: group, removedEndUserIds };
  }
}
