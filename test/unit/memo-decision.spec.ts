import { memoDecision, primeDecision } from '../../subgraphs/common/access/policy';

describe('memoDecision: one lookup per decision per request', () => {
  it('decides once, then answers synchronously with the settled boolean', async () => {
    const ctx = {};
    let lookups = 0;
    const decide = () => {
      lookups += 1;
      return Promise.resolve(true);
    };
    const first = memoDecision(ctx, 'k', decide);
    const concurrent = memoDecision(ctx, 'k', decide);
    expect(first).toBeInstanceOf(Promise);
    expect(concurrent).toBe(first);
    await first;
    expect(memoDecision(ctx, 'k', decide)).toBe(true);
    expect(lookups).toBe(1);
  });

  it('keeps requests apart and keys apart', async () => {
    const a = {};
    const b = {};
    await memoDecision(a, 'k', () => Promise.resolve(true));
    expect(await memoDecision(b, 'k', () => Promise.resolve(false))).toBe(false);
    expect(memoDecision(a, 'other', () => false)).toBe(false);
    expect(memoDecision(a, 'k', () => false)).toBe(true);
  });
});

describe('primeDecision', () => {
  it('answers a proven decision synchronously without deciding, and never overrides a settled one', async () => {
    const ctx = {};
    primeDecision(ctx, 'p', true);
    expect(memoDecision(ctx, 'p', () => false)).toBe(true);
    await memoDecision(ctx, 'q', () => Promise.resolve(false));
    primeDecision(ctx, 'q', true);
    expect(memoDecision(ctx, 'q', () => true)).toBe(false);
  });
});
