import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { AssignmentFacts } from '../access/reach';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { AccountRef } from './account.ref';
import { PortalRoleAssignment } from '../portal-role/portal-role.type';

type C = CustomerHierarchyContext;

@Resolver(() => AccountRef)
export class AccountResolver {
  @FieldResolver(() => [PortalRoleAssignment], {
    nullable: true,
    description: "The account's portal roles (X-1), for the account itself.",
  })
  @RequiresPermission('portal:self')
  portalRoles(@Root() account: AccountRef, @Ctx() ctx: C): Promise<AssignmentFacts[]> {
    return ctx.loaders.assignmentsByAccountId.load(account.id);
  }
}
