import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { ACCESS_DIRECTIVES_SDL, SUBGRAPH_LINK_HEADER } from '../../subgraphs/common/access/directive';
import { enforceAccess, listFieldPolicies } from '../../subgraphs/common/access/enforcer';
import type { AccessContext, PolicyTable } from '../../subgraphs/common/access/policy';

const SDL = `${SUBGRAPH_LINK_HEADER}\n${ACCESS_DIRECTIVES_SDL}
type Query {
  open: String @public
  secret: String @requiresPermission(permission: "secret:read")
  later: String @requiresPermission(permission: "async:allow")
}
type Thing @key(fields: "id") {
  id: ID! @public
  hidden: String @requiresPermission(permission: "secret:read")
}`;

const things = new Map([['t1', { id: 't1', hidden: 'the hidden value' }]]);
const resolvers = {
  Query: { open: () => 'open', secret: () => 'the secret', later: () => 'later' },
  Thing: { __resolveReference: (ref: { id: string }) => things.get(ref.id) ?? null },
};

type Ctx = AccessContext & { allowed: boolean };
const policies: PolicyTable<Ctx> = {
  'secret:read': ({ ctx }) => ctx.allowed,
  'async:allow': ({ ctx }) => Promise.resolve(ctx.allowed),
};

function schema(sdl = SDL, table: PolicyTable<Ctx> = policies) {
  return enforceAccess(buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never }), table);
}

const run = (source: string, ctx: Ctx) => graphql({ schema: schema(), source, contextValue: ctx });
const signedIn = (allowed: boolean): Ctx => ({ viewer: { accountId: 'a' }, allowed });

describe('access enforcer (X-4: deny by default, field level)', () => {
  it('lets an allowed caller read a protected field', async () => {
    const res = await run('{ open secret later }', signedIn(true));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ open: 'open', secret: 'the secret', later: 'later' });
  });

  it('nulls a denied field with FORBIDDEN and keeps the rest of the response', async () => {
    const res = await run('{ open secret later }', signedIn(false));
    expect(res.data).toEqual({ open: 'open', secret: null, later: null });
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([
      ['secret', 'FORBIDDEN'],
      ['later', 'FORBIDDEN'],
    ]);
  });

  it('says UNAUTHENTICATED, not FORBIDDEN, to an anonymous caller', async () => {
    const res = await run('{ secret }', { viewer: null, allowed: false });
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('enforces entity fields reached through the public _entities root field', async () => {
    const query = '{ _entities(representations: [{ __typename: "Thing", id: "t1" }]) { ... on Thing { id hidden } } }';
    const denied = await run(query, signedIn(false));
    expect(denied.data).toEqual({ _entities: [{ id: 't1', hidden: null }] });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const allowed = await run(query, signedIn(true));
    expect(allowed.data).toEqual({ _entities: [{ id: 't1', hidden: 'the hidden value' }] });
  });

  it('refuses to build a schema with a field that declares nothing', () => {
    expect(() => schema(SDL.replace('open: String @public', 'open: String'))).toThrow(/Query.open has neither/);
  });

  it('refuses to build a schema naming an unknown permission', () => {
    expect(() => schema(SDL, { 'async:allow': policies['async:allow']! })).toThrow(/unknown permission "secret:read"/);
  });

  it('lists every field with its declaration, federation fields as public', () => {
    const listed = new Map(listFieldPolicies(schema()).map((f) => [f.coordinate, f.policy]));
    expect(listed.get('Query.secret')).toEqual({ kind: 'permission', permission: 'secret:read' });
    expect(listed.get('Thing.id')).toEqual({ kind: 'public' });
    expect(listed.get('Query._entities')).toEqual({ kind: 'public' });
  });

  it('can be switched off for the authorization benchmark only', async () => {
    const open = enforceAccess(buildSubgraphSchema({ typeDefs: parse(SDL), resolvers: resolvers as never }), policies, {
      enabled: false,
    });
    const res = await graphql({ schema: open, source: '{ secret }', contextValue: signedIn(false) });
    expect(res.data).toEqual({ secret: 'the secret' });
  });
});
