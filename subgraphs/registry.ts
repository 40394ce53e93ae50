import type { AccessContext } from './common/access/policy';
import type { SubgraphModule } from './common/subgraph';
import { accountsSubgraph } from './accounts/accounts.subgraph';
import { productRolesSubgraph } from './product-roles/product-roles.subgraph';
import { departmentGroupsSubgraph } from './department-groups/department-groups.subgraph';
import { customerHierarchySubgraph } from './customer-hierarchy/customer-hierarchy.subgraph';

const MODULES: ReadonlyArray<SubgraphModule<AccessContext>> = [
  accountsSubgraph as unknown as SubgraphModule<AccessContext>,
  productRolesSubgraph as unknown as SubgraphModule<AccessContext>,
  departmentGroupsSubgraph as unknown as SubgraphModule<AccessContext>,
  customerHierarchySubgraph as unknown as SubgraphModule<AccessContext>,
];

/** The subgraph that declares the Node entity interface and serves `node`/`nodes` (issue 13). */
export const NODE_HOST = 'accounts';

/** Every Node type of the API and the subgraph that loads it, from each subgraph's `nodes`. */
export function nodeOwners(modules: ReadonlyArray<SubgraphModule<AccessContext>> = MODULES): Record<string, string> {
  const owners: Record<string, string> = {};
  for (const module of modules) {
    for (const type of Object.keys(module.definition.nodes ?? {})) {
      if (owners[type]) throw new Error(`Node type ${type} is owned by both ${owners[type]} and ${module.name}`);
      owners[type] = module.name;
    }
  }
  return owners;
}

/** Every subgraph, in dependency order (a subgraph's migrations may read views of those before it). */
export const SUBGRAPHS: ReadonlyArray<SubgraphModule<AccessContext>> = MODULES.map((module) =>
  module.name === NODE_HOST
    ? { ...module, definition: { ...module.definition, nodeHost: { owners: nodeOwners(), self: NODE_HOST } } }
    : module,
);

/** Looks a subgraph up by name. */
export function subgraphByName(name: string): SubgraphModule<AccessContext> {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`unknown subgraph "${name}"; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}
