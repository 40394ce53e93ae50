import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import { decide } from '../access/decide';
import { viewerCan } from '../access/capability';
import type { DepartmentGroupsContext } from '../department-groups.context';
import { OrganizationRef as Organization } from './organization.ref';

const CAN = { nullable: true } as const;

@Resolver(() => Organization)
export class OrganizationCapabilityResolver {
  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: createDepartment would be allowed (lhdepartment/create).',
  })
  @RequiresPermission('organization:read')
  viewerCanCreateDepartment(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'department.create');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: createOperator would be allowed (lhuser/createuser).' })
  @RequiresPermission('organization:read')
  viewerCanCreateOperator(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'operator.create');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: 'X-7: configuring live chat (department groups, user groups, operator roles) would be allowed.',
  })
  @RequiresPermission('organization:read')
  viewerCanConfigureLiveChat(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'organization.configure');
  }

  @FieldResolver(() => Boolean, { ...CAN, description: 'X-7: startChat would be allowed (in a department it sees).' })
  @RequiresPermission('organization:read')
  viewerCanStartChat(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    return viewerCan(ctx, o.id, 'chat.start');
  }

  @FieldResolver(() => Boolean, {
    ...CAN,
    description: "X-7: reading other members' effective permissions would be allowed (LHC-7; one's own always is).",
  })
  @RequiresPermission('organization:read')
  async viewerCanSeePermissions(@Root() o: { id: string }, @Ctx() ctx: DepartmentGroupsContext): Promise<boolean> {
    const facts = await ctx.loaders.viewerFacts(o.id);
    return !!facts?.administers && decide(facts, 'permissions.see').allowed;
  }
}
