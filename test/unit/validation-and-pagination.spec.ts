import { DomainError } from '../../subgraphs/common/errors';
import { decodeCursor, encodeCursor, pageOfList, pageSize, toPage } from '../../subgraphs/common/pagination';
import { requireEmail, requireId, requireName, validateInput } from '../../subgraphs/common/validation';

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

describe('pageOfList: a bounded list paged by key (issue 13)', () => {
  const rows = ['d', 'b', 'a', 'c'].map((n) => ({ name: n, id: `id-${n}` }));
  const key = (r: { name: string; id: string }) => [r.name, r.id] as const;
  it('pages in key order, each row once, and a removed row does not shift the next page', () => {
    const one = pageOfList(rows, 2, null, key);
    expect(one.edges.map((e) => e.node.name)).toEqual(['a', 'b']);
    expect(one).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const withoutB = rows.filter((r) => r.name !== 'b');
    const two = pageOfList(withoutB, 2, one.pageInfo.endCursor, key);
    expect(two.edges.map((e) => e.node.name)).toEqual(['c', 'd']);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });
  it('refuses a bad page size or cursor as BAD_USER_INPUT naming the argument', () => {
    expect(code(() => pageOfList(rows, 0, null, key))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(code(() => pageOfList(rows, 2, encodeCursor([1]), key))).toEqual(['BAD_USER_INPUT', 'after']);
  });
});

describe('validateInput: every bad field at once (issue 13)', () => {
  it('answers one BAD_USER_INPUT listing each bad field in order, the first as field', () => {
    let caught: DomainError | undefined;
    try {
      validateInput({
        email: () => requireEmail('email', 'nope'),
        name: () => requireName('name', 'fine'),
        id: () => requireId('accountId', 'x'),
      });
    } catch (err) {
      caught = err as DomainError;
    }
    expect(caught?.code).toBe('BAD_USER_INPUT');
    expect(caught?.details.field).toBe('email');
    expect((caught?.details.fieldErrors as Array<{ field: string }>).map((e) => e.field)).toEqual([
      'email',
      'accountId',
    ]);
  });
  it('returns the checked values when all pass, and lets other errors through', () => {
    expect(validateInput({ e: () => requireEmail('e', 'A@B.CD'), n: () => requireName('n', ' x ') })).toEqual({
      e: 'a@b.cd',
      n: 'x',
    });
    expect(() =>
      validateInput({
        boom: () => {
          throw new DomainError('FORBIDDEN', 'no');
        },
      }),
    ).toThrow('no');
  });
});
