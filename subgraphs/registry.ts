import type { AccessContext } from './common/access/policy';
import type { SubgraphModule } from './common/subgraph';
import { accountsSubgraph } from './accounts/accounts.subgraph';
import { productRolesSubgraph } from './product-roles/product-roles.subgraph';
import { departmentGroupsSubgraph } from './department-groups/department-groups.subgraph';
import { customerHierarchySubgraph } from './customer-hierarchy/customer-hierarchy.subgraph';

/** Every subgraph, in dependency order (a subgraph's migrations may read views of those before it). */
export const SUBGRAPHS: ReadonlyArray<SubgraphModule<AccessContext>> = [
  accountsSubgraph as unknown as SubgraphModule<AccessContext>,
  productRolesSubgraph as unknown as SubgraphModule<AccessContext>,
  departmentGroupsSubgraph as unknown as SubgraphModule<AccessContext>,
  customerHierarchySubgraph as unknown as SubgraphModule<AccessContext>,
];

/** Looks a subgraph up by name. */
export function subgraphByName(name: string): SubgraphModule<AccessContext> {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
