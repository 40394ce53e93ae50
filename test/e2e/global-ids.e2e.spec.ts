import { fromGlobalId, toGlobalId } from '../../subgraphs/common/federation/global-id';
import { codes, gql, startTestSystem, uniqueEmail, type TestSystem } from '../support/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

const PASSWORD = 'correct horse battery';
const q = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
  gql(sys.gatewayUrl, query, variables, token);

async function signUp(name: string) {
  const res = await q(`mutation($input: SignUpInput!) { signUp(input: $input) { token account { id } } }`, {
    input: { email: uniqueEmail(name), name, password: PASSWORD },
  });
  expect(res.errors).toBeUndefined();
  return { token: res.data!.signUp.token as string, id: res.data!.signUp.account.id as string };
}

describe('smoke', () => {
  it('node of an organization and an account', async () => {
    const owner = await signUp('Olga');
    const created = await q('mutation { createOrganization(input: { name: "Node Co" }) { id name } }', {}, owner.token);
    expect(created.errors).toBeUndefined();
    const orgId = created.data!.createOrganization.id as string;
    expect(fromGlobalId(orgId)?.typeName).toBe('Organization');
    const res = await q(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Organization { name } ... on Account { name } } }`,
      { ids: [orgId, owner.id, toGlobalId('Organization', '00000000-0000-4000-8000-000000000000')] },
      owner.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([
      { __typename: 'Organization', id: orgId, name: 'Node Co' },
      { __typename: 'Account', id: owner.id, name: 'Olga' },
      null,
    ]);
    const bad = await q(`query { node(id: "nope!") { id } }`, {}, owner.token);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
