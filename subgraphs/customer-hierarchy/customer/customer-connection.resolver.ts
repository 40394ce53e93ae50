import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Page } from '../../common/pagination';
import type { AssignmentFacts } from '../access/reach';
import type { CustomerHierarchyContext } from '../customer-hierarchy.context';
import type { CustomerPageRow } from '../customer-hierarchy.loaders';
import type { CustomerEntity } from './customer.entity';
import type { CustomerListFilter } from './customer-list';
import { CustomerConnection } from './customer-list.type';

type C = CustomerHierarchyContext;

/** A page of customers as CustomerConnection carries it. */
export type CustomerPage = Page<CustomerEntity> & { countKey: { conduitId: string; filter: CustomerListFilter } };

/**
 * A page as the caller may see it: each row passed through the same `decide` as every customer field (the SQL
 * reach can only narrow it). Not primed into customerById: a sibling field (a conduit's portal users' customers)
 * may load them in the same tick, and priming would make the statement count depend on which ran first.
 */
export function visiblePage(
  ctx: C,
  mine: readonly AssignmentFacts[],
  page: Page<CustomerPageRow>,
  countKey: CustomerPage['countKey'],
): CustomerPage {
  const visible = new Set(
    ctx.services.customers.visibleAmong(
      mine,
      page.edges.map((e) => e.node),
    ),
  );
  return { ...page, edges: page.edges.filter((e) => visible.has(e.node)), countKey };
}

@Resolver(() => CustomerConnection)
export class CustomerConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: CustomerPage, @Ctx() ctx: C): Promise<number> {
    return ctx.loaders.customerCount.load(page.countKey);
  }
}
