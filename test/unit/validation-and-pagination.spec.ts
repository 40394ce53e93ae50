import { DomainError } from '../../subgraphs/common/errors';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../subgraphs/common/pagination';
import { requireEmail, requireId, requireName } from '../../subgraphs/common/validation';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return [(err as DomainError).code, (err as DomainError).details.field];
  }
  return null;
};

describe('input validation', () => {
  it('normalizes e-mails to lower case (GA-1 case-insensitive)', () => {
    expect(requireEmail('email', '  Ada@Example.COM ')).toBe('ada@example.com');
  });
  it.each(['', 'no-at-sign', 'a@b', 'a b@c.d', '@c.de', `${'x'.repeat(250)}@c.de`, 42, null])(
    'rejects e-mail %p',
    (value) => {
      expect(code(() => requireEmail('email', value))).toEqual(['BAD_USER_INPUT', 'email']);
    },
  );
  it.each(['', '   ', 'x'.repeat(101), 'bad\u0000name', undefined])('rejects name %p', (value) => {
    expect(code(() => requireName('name', value))).toEqual(['BAD_USER_INPUT', 'name']);
  });
  it.each(['1', "1' OR '1'='1", '00000000-0000-0000-0000-00000000000g'])(
    'rejects id %p before it reaches SQL',
    (value) => {
      expect(code(() => requireId('accountId', value))).toEqual(['BAD_USER_INPUT', 'accountId']);
    },
  );
});

describe('cursor pagination', () => {
  it('round-trips a cursor and rejects foreign ones', () => {
    expect(decodeCursor(encodeCursor([42]), ['int'])).toEqual([42]);
    expect(decodeCursor(encodeCursor(['42']), ['int'])).toEqual(['42']);
    expect(decodeCursor(null, ['int'])).toBeNull();
    expect(code(() => decodeCursor('garbage', ['int']))).toEqual(['BAD_USER_INPUT', 'after']);
    expect(code(() => decodeCursor(encodeCursor([1, 2]), ['int']))).toEqual(['BAD_USER_INPUT', 'after']);
    for (const notInt of [['abc'], [1.5], ['1 OR 1=1'], ['9'.repeat(40)], [Number.MAX_SAFE_INTEGER + 2]])
      expect(code(() => decodeCursor(encodeCursor(notInt), ['int']))).toEqual(['BAD_USER_INPUT', 'after']);
    expect(decodeCursor(encodeCursor(['abc', 1]), ['string', 'int'])).toEqual(['abc', 1]);
  });
  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(code(() => pageSize(0))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(code(() => pageSize(101))).toEqual(['BAD_USER_INPUT', 'first']);
  });
  it('turns limit + 1 rows into a page with hasNextPage', () => {
    const page = toPage([{ k: 1 }, { k: 2 }, { k: 3 }], 2, (r) => [r.k]);
    expect(page.edges.map((e) => e.node.k)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
  });
});
