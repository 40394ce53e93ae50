import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { visiblePage, type CustomerPage } from '../customer/customer-connection.resolver';
import { CustomerConnection, CustomerOrder } from '../customer/customer-list.type';
import { CustomerFilter } from '../customer/customer-list.input';
import { customerListRequest } from '../customer/customer-list';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { PortalRoleAssignmentConnection } from '../portal-role/portal-role.type';
import { portalUserPage } from '../portal-role/portal-role.resolver';
import { PortalUsersArgs } from '../portal-role/portal-role.input';
import type { Page } from '../../common/pagination';
import { customerReachSets, type AssignmentFacts } from '../access/reach';
import type { SalesConduitEntity, ServerEntity } from './hierarchy.entity';
import { CreateSalesConduitInput, RenameSalesConduitInput } from './hierarchy.input';
import { conduitTarget } from '../access/access-facts';
import { conduitManageDecision } from '../access/reach';
import { RenameSalesConduitPayload, SalesConduit, Server } from './hierarchy.type';
import { changed, type Changed } from '../../common/payload';
import { CreateSalesConduitPayload } from './sales-conduit.payload';

@Resolver(() => SalesConduit)
export class SalesConduitResolver {
  @Query(() => SalesConduit, { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  salesConduit(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<SalesConduitEntity | null> {
    return ctx.loaders.conduitById.load(id);
  }

  @FieldResolver(() => Server, { nullable: true })
  @RequiresPermission('portal:hierarchy:read')
  server(@Root() conduit: SalesConduitEntity, @Ctx() ctx: CustomerHierarchyContext): Promise<ServerEntity | null> {
    return ctx.loaders.serverById.load(conduit.serverId);
  }

  @FieldResolver(() => CustomerConnection, {
    nullable: true,
    description:
      'The customers of the conduit the caller may view (View Customers within reach), filtered and ordered.',
  })
  @RequiresPermission('portal:view:customers')
  async customers(
    @Root() conduit: SalesConduitEntity,
    @Ctx() ctx: CustomerHierarchyContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('orderBy', () => CustomerOrder, { nullable: true, description: 'CREATED when omitted.' })
    orderBy?: CustomerOrder,
  ): Promise<CustomerPage> {
    const mine = await ctx.loaders.viewerAssignments();
    const request = customerListRequest(first, filter, orderBy, customerReachSets(mine, 'view:customers'));
    const page = await ctx.loaders.customersOfConduitPage.load({
      parentId: conduit.id,
      first: request.first,
      after: after ?? null,
      filter: request.filter,
    });
    return visiblePage(ctx, mine, page, { conduitId: conduit.id, filter: request.filter });
  }

  @FieldResolver(() => PortalRoleAssignmentConnection, {
    nullable: true,
    description:
      'Portal users within the conduit, its customers included (View Portal Users within assigned conduit): only those the caller may read, each whole (ES-3).',
  })
  @RequiresPermission('portal:view:portal_users_conduit')
  async portalUsers(
    @Root() conduit: SalesConduitEntity,
    @Ctx() ctx: CustomerHierarchyContext,
    @Args(() => PortalUsersArgs) args: PortalUsersArgs,
  ): Promise<Page<AssignmentFacts>> {
    return portalUserPage(ctx, await ctx.loaders.assignmentsByConduitId.load(conduit.id), args);
  }

  @Mutation(() => CreateSalesConduitPayload, {
    nullable: true,
    description: 'Creates a sales conduit (ROOT, or SUPPORT of the server).',
  })
  @RequiresPermission('portal:conduits:manage')
  createSalesConduit(
    @Arg('input') input: CreateSalesConduitInput,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<Changed<'salesConduit', SalesConduitEntity>> {
    return changed('salesConduit', ctx.services.hierarchy.createSalesConduit(ctx.viewer!, input));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the caller may rename this conduit (X-7; ROOT or SUPPORT of its server, the rule of renameSalesConduit).',
  })
  @RequiresPermission('portal:hierarchy:read')
  async viewerCanRename(@Root() conduit: SalesConduitEntity, @Ctx() ctx: CustomerHierarchyContext): Promise<boolean> {
    return conduitManageDecision(await ctx.loaders.viewerAssignments(), conduitTarget(conduit)).allowed;
  }

  @Mutation(() => RenameSalesConduitPayload, {
    nullable: true,
    description: 'Renames a sales conduit (ROOT, or SUPPORT of its server).',
  })
  @RequiresPermission('portal:conduits:manage')
  async renameSalesConduit(
    @Arg('input') input: RenameSalesConduitInput,
    @Ctx() ctx: CustomerHierarchyContext,
  ): Promise<RenameSalesConduitPayload> {
    return { salesConduit: await ctx.services.hierarchy.renameSalesConduit(ctx.viewer!, input) };
  }
}
