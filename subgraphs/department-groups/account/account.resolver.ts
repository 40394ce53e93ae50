import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { requireId } from '../../common/validation';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { AccountRef } from './account.ref';
import { pairKey } from '../access/access-facts';
import type { SourcedGrant } from '../access/grants';
import { OperatorPermission } from '../permission/permission.type';

type Sourced = SourcedGrant & { organizationId: string };

@Resolver(() => AccountRef)
export class AccountResolver {
  @FieldResolver(() => [OperatorPermission], {
    nullable: true,
    description:
      "LHC-7: the account's effective permissions in an organization, each with the group → role → grant giving it.",
  })
  @RequiresPermission('lhpermission:see_permissions')
  async effectivePermissions(
    @Root() account: AccountRef,
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: DepartmentGroupsContext,
  ): Promise<Sourced[]> {
    const facts = await ctx.loaders.accessFacts.load(pairKey(requireId('organizationId', organizationId), account.id));
    return (facts?.grants ?? []).map((g) => ({ ...g, organizationId }));
  }
}
