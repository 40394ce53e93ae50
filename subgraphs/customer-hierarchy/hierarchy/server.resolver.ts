import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { byName, pageOfList, type Page } from '../../common/pagination';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { PortalRoleAssignmentConnection } from '../portal-role/portal-role.type';
import { portalUserPage } from '../portal-role/portal-role.resolver';
import { PortalUsersArgs } from '../portal-role/portal-role.input';
import type { AssignmentFacts } from '../access/reach';
import type { SalesConduitEntity, ServerEntity } from './hierarchy.entity';
import { CreateServerInput, RenameServerInput } from './hierarchy.input';
import { rootDecision } from '../access/reach';
import { RenameServerPayload, SalesConduitConnection, Server, ServerConnection } from './hierarchy.type';
import { changed, type Changed } from '../../common/payload';
import { CreateServerPayload } from './server.payload';

@Resolver(() => Server)
export class ServerResolver {
  @Query(() => ServerConnection, { nullable: true, description: 'Every server (ROOT), by name.' })
  @RequiresPermission('portal:root')
  async servers(
    @Ctx() ctx: CustomerHierarchyContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<ServerEntity> & { totalCount: number }> {
    return pageOfList(await ctx.services.hierarchy.listServers(), first, after, byName);
  }

  @Query(() => Server, { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  server(@Arg('id', () => ID) id: string, @Ctx() ctx: CustomerHierarchyContext): Promise<ServerEntity | null> {
    return ctx.loaders.serverById.load(id);
  }

  @FieldResolver(() => SalesConduitConnection, { nullable: true, description: 'By name.' })
  @RequiresPermission('portal:hierarchy:read')
  async conduits(
    @Root() server: ServerEntity,
    @Ctx() ctx: CustomerHierarchyContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<Page<SalesConduitEntity> & { totalCount: number }> {
    const conduits = await ctx.loaders.conduitsByServerId.load(server.id);
    return pageOfList(conduits, first, after, byName);
  }

  @FieldResolver(() => PortalRoleAssignmentConnection, {
    nullable: true,
    description: 'Every portal user of the server (View Portal Users); each shown whole or left out (ES-3).',
  })
  @RequiresPermission('portal:view:portal_users')
  async portalUsers(
    @Root() server: ServerEntity,
    @Ctx() ctx: CustomerHierarchyContext,
    @Args(() => PortalUsersArgs) args: PortalUsersArgs,
  ): Promise<Page<AssignmentFacts>> {
    return portalUserPage(ctx, await ctx.loaders.assignmentsByServerId.load(server.id), args);
  }

  @Mutation(() => CreateServerPayload, { nullable: true, description: 'Creates a server (ROOT).' })
  @RequiresPermission('portal:root')
  createServer(
    @Arg('input') input: CreateServerInput,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<Changed<'server', ServerEntity>> {
    return changed('server', ctx.services.hierarchy.createServer(ctx.viewer!, input));
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
