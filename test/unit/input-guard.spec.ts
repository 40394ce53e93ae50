import { parse } from 'graphql';
import { badString, checkDocument, checkVariables, MAX_INPUT_DEPTH } from '../../subgraphs/common/http/input-guard';

describe('the input guard', () => {
  it('accepts ordinary text, emoji (surrogate pairs) and control characters other than NUL', () => {
    for (const ok of ['', 'Ünïcödé', '😀👍🏽', 'tab\there', '日本語']) expect(badString(ok)).toBeNull();
    expect(checkVariables({ a: ['😀', { b: 1, c: null, d: true }] })).toBeNull();
  });

  it.each([
    ['a NUL', { i: { email: 'a\u0000b' } }, 'variables.i.email'],
    ['a lone high surrogate', { name: 'x\ud800' }, 'variables.name'],
    ['a lone low surrogate', { list: ['\udc00y'] }, 'variables.list.0'],
    ['a NUL in a key', { json: { 'k\u0000': 1 } }, 'variables.json'],
  ])('refuses %s and says where', (_name, variables, field) => {
    expect(checkVariables(variables)?.field).toBe(field);
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} without recursing (5,000 levels)`, () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(checkVariables({ deep })?.reason).toMatch(/nested more than/);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH - 2; i++) ok = [ok];
    expect(checkVariables({ ok })).toBeNull();
  });

  it('checks literals written into the operation', () => {
    expect(checkDocument(parse('{ a(x: "fine 😀") }'))).toBeNull();
    expect(checkDocument(parse(`{ a(x: ${'['.repeat(100)}1${']'.repeat(100)}) }`))?.reason).toMatch(/nested/);
  });
});
