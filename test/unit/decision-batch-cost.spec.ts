import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { costOf } from '../../subgraphs/common/http/limits';

/** X-10 for X-2: a batch of decision requests is priced by how many it asks (at most 100), not as a short list. */
const schema = buildSchema(`
  input R { action: String! }
  type D { allowed: Boolean reason: String }
  type Query { decisions(requests: [R!]!): [D!]! }
`);
const cost = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return costOf(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('cost of a decisions batch', () => {
  it('prices a literal batch by its length', () => {
    expect(
      cost('{ decisions(requests: [{ action: "a" }, { action: "b" }, { action: "c" }]) { allowed reason } }'),
    ).toBe(1 + 3 * 2);
  });
  it('prices a variable batch by the length it is given', () => {
    const q = 'query($r: [R!]!) { decisions(requests: $r) { allowed reason } }';
    expect(cost(q, { r: Array.from({ length: 50 }, () => ({ action: 'a' })) })).toBe(1 + 50 * 2);
  });
  it('prices an unknown or oversized batch at the cap of 100', () => {
    const q = 'query($r: [R!]!) { decisions(requests: $r) { allowed reason } }';
    expect(cost(q)).toBe(1 + 100 * 2);
    expect(cost(q, { r: Array.from({ length: 500 }, () => ({ action: 'a' })) })).toBe(1 + 100 * 2);
  });
});
