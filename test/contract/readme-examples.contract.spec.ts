import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { projectRoot, schemaDir } from '../../subgraphs/common/paths';

// Every ```graphql block of the README that holds operations must run against the committed supergraph:
// the README is what a new user pastes into Sandbox first.
const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((b) => /^\s*(query|mutation)\b/m.test(b));
const api = Supergraph.build(readFileSync(path.join(schemaDir(), 'supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

describe('README examples', () => {
  it('has operations to try', () => {
    expect(blocks.length).toBeGreaterThan(3);
  });

  it.each(
    blocks.map((b, i) => [
      i + 1,
      b
        .split('\n')
        .find((l) => /^\s*(query|mutation)/.test(l))!
        .trim(),
      b,
    ]),
  )('example %i (%s) validates against the supergraph', (_i, _first, block) => {
    expect(validate(api, parse(block as string)).map((e) => e.message)).toEqual([]);
  });
});
