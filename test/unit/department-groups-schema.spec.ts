import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { listFieldPolicies } from '../../subgraphs/common/access/enforcer';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { customerHierarchySubgraph } from '../../subgraphs/customer-hierarchy/customer-hierarchy.subgraph';
import { productRolesSubgraph } from '../../subgraphs/product-roles/product-roles.subgraph';
import { departmentGroupsSubgraph } from '../../subgraphs/department-groups/department-groups.subgraph';

describe('department-groups schema (X-4)', () => {
  it('declares a permission or @public on every field, and composes with the other subgraphs', async () => {
    const schema = await buildFederatedSubgraph(departmentGroupsSubgraph.definition);
    expect(listFieldPolicies(schema).filter((f) => f.policy.kind === 'missing')).toEqual([]);
    const sdl = printSubgraphSchema(schema);
    const accountsSdl = printSubgraphSchema(await buildFederatedSubgraph(accountsSubgraph.definition));
    // accounts returns every domain's AccessDecision stubs, whose fields their owners declare: compose all four.
    const others = await Promise.all(
      [productRolesSubgraph, customerHierarchySubgraph].map(async (m) => ({
        name: m.name,
        url: `http://${m.name}`,
        typeDefs: parse(printSubgraphSchema(await buildFederatedSubgraph(m.definition as never))),
      })),
    );
    const result = composeServices([
      { name: 'accounts', url: 'http://accounts', typeDefs: parse(accountsSdl) },
      { name: 'department-groups', url: 'http://department-groups', typeDefs: parse(sdl) },
      ...others,
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(sdl).toMatch(/type Organization implements Node\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(
      /effectivePermissions\(organizationId: ID!\): \[OperatorPermission!\] @requiresPermission\(permission: "lhpermission:see_permissions"\)/,
    );
  });

  it('makes every protected field nullable, so a denial keeps the rest of the response', async () => {
    const schema = await buildFederatedSubgraph(departmentGroupsSubgraph.definition);
    const nonNullProtected = listFieldPolicies(schema)
      .filter((f) => f.policy.kind === 'permission')
      .filter((f) => {
        const [type, field] = f.coordinate.split('.') as [string, string];
        const t = schema.getType(type) as { getFields(): Record<string, { type: { toString(): string } }> };
        return t.getFields()[field]!.type.toString().endsWith('!');
      });
    expect(nonNullProtected).toEqual([]);
  });
});
