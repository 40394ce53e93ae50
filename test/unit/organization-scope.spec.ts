import { GraphQLObjectType, GraphQLString, type GraphQLResolveInfo } from 'graphql';
import { organizationIdOf } from '../../subgraphs/common/access/policy';

const Organization = new GraphQLObjectType({ name: 'Organization', fields: { id: { type: GraphQLString } } });
const info = (parent: string, returns = 'String') =>
  ({
    parentType: { name: parent },
    returnType: returns === 'Organization' ? Organization : GraphQLString,
  }) as unknown as GraphQLResolveInfo;

describe('organizationIdOf: where an organization-scoped permission finds its organization', () => {
  const cases: Array<[string, Parameters<typeof organizationIdOf>[0], string | undefined]> = [
    [
      'root field: organizationId argument',
      { ctx: null, source: undefined, args: { organizationId: 'o1' }, info: info('Mutation') },
      'o1',
    ],
    [
      'root field: input.organizationId',
      { ctx: null, source: undefined, args: { input: { organizationId: 'o2' } }, info: info('Mutation') },
      'o2',
    ],
    [
      'root field returning Organization: id',
      { ctx: null, source: undefined, args: { id: 'o3' }, info: info('Query', 'Organization') },
      'o3',
    ],
    [
      'root field not returning Organization: id ignored',
      { ctx: null, source: undefined, args: { id: 'x' }, info: info('Query') },
      undefined,
    ],
    [
      'Organization field: the parent id',
      { ctx: null, source: { id: 'o4' }, args: { organizationId: 'ignored' }, info: info('Organization') },
      'o4',
    ],
    [
      'other object field: parent organizationId',
      { ctx: null, source: { organizationId: 'o5' }, args: {}, info: info('Membership') },
      'o5',
    ],
    [
      'other object field without one: none',
      { ctx: null, source: { id: 'm1' }, args: {}, info: info('Membership') },
      undefined,
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(organizationIdOf(input)).toBe(expected);
  });
});
