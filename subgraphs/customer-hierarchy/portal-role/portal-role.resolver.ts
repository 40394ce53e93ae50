import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';
import { readableAssignments, type AssignmentFacts } from '../access/reach';
import type { CustomerEntity } from '../customer/customer.entity';
import { Customer } from '../customer/customer.type';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { AccountRef } from '../account/account.ref';
import type { SalesConduitEntity, ServerEntity } from '../hierarchy/hierarchy.entity';
import { SalesConduit, Server } from '../hierarchy/hierarchy.type';
import {
  AssignPortalRoleInput,
  PortalAssignmentCustomerInput,
  PortalAssignmentRefInput,
  type PortalUsersArgs,
} from './portal-role.input';
import { pageOfList, type Page } from '../../common/pagination';
import { PortalRoleAssignment } from './portal-role.type';
import { changed, type Changed } from '../../common/payload';
import {
  AssignPortalRoleCustomerPayload,
  AssignPortalRolePayload,
  UnassignPortalRoleCustomerPayload,
} from './portal-role.payload';

const RevokePortalRolePayload = RemovalPayload(
  'RevokePortalRolePayload',
  'revokedPortalRoleAssignmentId',
  'The id of the revoked portal role assignment.',
);

type C = CustomerHierarchyContext;
const READ = 'portal:assignment:read';

/**
 * ES-3 whole-or-omit: the assignments of a list the caller may read, by the same decision as each item's fields
 * (`portal:assignment:read`). One in-memory filter over the caller's assignments (already loaded once per request),
 * so a list costs no statement per item and never shows a bare id with null fields.
 */
export async function readableOf(ctx: C, list: readonly AssignmentFacts[]): Promise<AssignmentFacts[]> {
  if (!ctx.viewer) return [];
  return readableAssignments(await ctx.loaders.viewerAssignments(), ctx.viewer.accountId, list);
}

/**
 * A page of the portal users of a server, conduit or customer: only those the caller may read, each whole (ES-3),
 * of one role when asked; by role, then id. `totalCount` counts only what the caller may read.
 */
export async function portalUserPage(
  ctx: C,
  list: readonly AssignmentFacts[],
  args: PortalUsersArgs,
): Promise<Page<AssignmentFacts> & { totalCount: number }> {
  const readable = await readableOf(ctx, list);
  const rows = args.role ? readable.filter((a) => a.role === args.role) : readable;
  return pageOfList(rows, args.first, args.after, (a) => [a.role, a.id]);
}

@Resolver(() => PortalRoleAssignment)
export class PortalRoleAssignmentResolver {
  @Query(() => [PortalRoleAssignment], {
    nullable: true,
    description: "The caller's portal roles: where to start navigating.",
  })
  @RequiresPermission('authenticated')
  myPortalRoles(@Ctx() ctx: C): Promise<AssignmentFacts[]> {
    return ctx.loaders.viewerAssignments();
  }

  @FieldResolver(() => AccountRef, { nullable: true })
  @RequiresPermission(READ)
  account(@Root() a: AssignmentFacts): AccountRef {
    return { id: a.accountId };
  }

  @FieldResolver(() => String, { nullable: true, description: "From the accounts' published directory." })
  @RequiresPermission(READ)
  async email(@Root() a: AssignmentFacts, @Ctx() ctx: C): Promise<string | null> {
    return (await ctx.loaders.accountById.load(a.accountId))?.email ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "From the accounts' published directory." })
  @RequiresPermission(READ)
  async name(@Root() a: AssignmentFacts, @Ctx() ctx: C): Promise<string | null> {
    return (await ctx.loaders.accountById.load(a.accountId))?.name ?? null;
  }

  @FieldResolver(() => Server, { nullable: true, description: 'The server its reach sits in.' })
  @RequiresPermission(READ)
  server(@Root() a: AssignmentFacts, @Ctx() ctx: C): Promise<ServerEntity | null> | null {
    return a.serverId ? ctx.loaders.serverById.load(a.serverId) : null;
  }

  @FieldResolver(() => SalesConduit, { nullable: true })
  @RequiresPermission(READ)
  conduit(@Root() a: AssignmentFacts, @Ctx() ctx: C): Promise<SalesConduitEntity | null> | null {
    return a.conduitId ? ctx.loaders.conduitById.load(a.conduitId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer of a customer-level role.' })
  @RequiresPermission(READ)
  customer(@Root() a: AssignmentFacts, @Ctx() ctx: C): Promise<CustomerEntity | null> | null {
    return a.customerId ? ctx.loaders.customerById.load(a.customerId) : null;
  }

  @Mutation(() => AssignPortalRolePayload, {
    nullable: true,
    description: 'ES-2: ROOT gives every role but ROOT; others only lower roles within their reach.',
  })
  @RequiresPermission('portal:roles:manage')
  assignPortalRole(
    @Arg('input') input: AssignPortalRoleInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'portalRoleAssignment', AssignmentFacts>> {
    return changed('portalRoleAssignment', ctx.services.portalRoles.assign(ctx.viewer!, input));
  }

  @Mutation(() => RevokePortalRolePayload, { nullable: true })
  @RequiresPermission('portal:roles:manage')
  async revokePortalRole(
    @Arg('input') input: PortalAssignmentRefInput,
    @Ctx() ctx: C,
  ): Promise<{ revokedPortalRoleAssignmentId: string }> {
    return { revokedPortalRoleAssignmentId: await ctx.services.portalRoles.revoke(ctx.viewer!, input) };
  }

  @Mutation(() => AssignPortalRoleCustomerPayload, {
    nullable: true,
    description: 'Assigns a customer of its conduit to a sales rep or customer manager.',
  })
  @RequiresPermission('portal:roles:manage')
  assignPortalRoleCustomer(
    @Arg('input') input: PortalAssignmentCustomerInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'portalRoleAssignment', AssignmentFacts>> {
    return changed('portalRoleAssignment', ctx.services.portalRoles.assignCustomer(ctx.viewer!, input));
  }

  @Mutation(() => UnassignPortalRoleCustomerPayload, { nullable: true })
  @RequiresPermission('portal:roles:manage')
  unassignPortalRoleCustomer(
    @Arg('input') input: PortalAssignmentCustomerInput,
    @Ctx() ctx: C,
  ): Promise<Changed<'portalRoleAssignment', AssignmentFacts>> {
    return changed('portalRoleAssignment', ctx.services.portalRoles.unassignCustomer(ctx.viewer!, input));
  }
}
