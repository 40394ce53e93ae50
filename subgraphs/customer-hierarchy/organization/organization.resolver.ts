import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import { OrganizationRef } from './organization.ref';
import type { CustomerEntity } from '../customer/customer.entity';
import { Customer } from '../customer/customer.type';

type C = CustomerHierarchyContext;

@Resolver(() => OrganizationRef)
export class OrganizationResolver {
  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The organization as a customer of the reseller hierarchy (ES-1), for portal users who reach it.',
  })
  @RequiresPermission('portal:hierarchy:read')
  customer(@Root() org: OrganizationRef, @Ctx() ctx: C): Promise<CustomerEntity | null> {
    return ctx.loaders.customerByOrganizationId.load(org.id);
  }
}
