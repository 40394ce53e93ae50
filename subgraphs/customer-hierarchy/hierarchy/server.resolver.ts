import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { PortalRoleAssignment } from '../portal-role/portal-role.type';
import { readableOf } from '../portal-role/portal-role.resolver';
import type { AssignmentFacts } from '../access/reach';
import type { SalesConduitEntity, ServerEntity } from './hierarchy.entity';
import { CreateServerInput, RenameServerInput } from './hierarchy.input';
import { rootDecision } from '../access/reach';
import { RenameServerPayload, SalesConduit, Server } from './hierarchy.type';

@Resolver(() => Server)
export class ServerResolver {
  @Query(() => [Server], { nullable: true, description: 'Every server (ROOT).' })
  @RequiresPermission('portal:root')
  servers(@Ctx() ctx: CustomerHierarchyContext): Promise<ServerEntity[]> {
    return ctx.services.hierarchy.listServers();
  }

  @Query(() => Server, { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  server(@Arg('id', () => ID) id: string, @Ctx() ctx: CustomerHierarchyContext): Promise<ServerEntity | null> {
    return ctx.loaders.serverById.load(id);
  }

  @FieldResolver(() => [SalesConduit], { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  conduits(@Root() server: ServerEntity, @Ctx() ctx: CustomerHierarchyContext): Promise<SalesConduitEntity[]> {
    return ctx.loaders.conduitsByServerId.load(server.id);
  }

  @FieldResolver(() => [PortalRoleAssignment], {
    nullable: true,
    description: 'Every portal user of the server (View Portal Users); each shown whole or left out (ES-3).',
  })
  @RequiresPermission('portal:view:portal_users')
  async portalUsers(@Root() server: ServerEntity, @Ctx() ctx: CustomerHierarchyContext): Promise<AssignmentFacts[]> {
    return readableOf(ctx, await ctx.loaders.assignmentsByServerId.load(server.id));
  }

  @Mutation(() => Server, { nullable: true, description: 'Creates a server (ROOT).' })
  @RequiresPermission('portal:root')
  createServer(@Arg('input') input: CreateServerInput, @Ctx() ctx: CustomerHierarchyContext): Promise<ServerEntity> {
    return ctx.services.hierarchy.createServer(ctx.viewer!, input);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the caller may rename this server (X-7; ROOT, by the same rule as renameServer).',
  })
  @RequiresPermission('portal:hierarchy:read')
  async viewerCanRename(@Ctx() ctx: CustomerHierarchyContext): Promise<boolean> {
    return rootDecision(await ctx.loaders.viewerAssignments()).allowed;
  }

  @Mutation(() => RenameServerPayload, { nullable: true, description: 'Renames a server (ROOT).' })
  @RequiresPermission('portal:root')
  async renameServer(
    @Arg('input') input: RenameServerInput,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<RenameServerPayload> {
    return { server: await ctx.services.hierarchy.renameServer(ctx.viewer!, input) };
  }
}
