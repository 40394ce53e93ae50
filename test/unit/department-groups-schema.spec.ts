import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { listFieldPolicies } from '../../subgraphs/common/access/enforcer';
import { buildFederatedSubgraph } from '../../subgraphs/common/federation/build-subgraph';
import { accountsSubgraph } from '../../subgraphs/accounts/accounts.subgraph';
import { departmentGroupsSubgraph } from '../../subgraphs/department-groups/department-groups.subgraph';

describe('department-groups schema (X-4)', () => {
  it('declares a permission or @public on every field, and composes with accounts', async () => {
    const schema = await buildFederatedSubgraph(departmentGroupsSubgraph.definition);
    expect(listFieldPolicies(schema).filter((f) => f.policy.kind === 'missing')).toEqual([]);
    const sdl = printSubgraphSchema(schema);
    const accountsSdl = printSubgraphSchema(await buildFederatedSubgraph(accountsSubgraph.definition));
    const result = composeServices([
      { name: 'accounts', url: 'http://accounts', typeDefs: parse(accountsSdl) },
      { name: 'department-groups', url: 'http://department-groups', typeDefs: parse(sdl) },
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
