import { GraphQLError } from 'graphql';
import { formatError } from '../../subgraphs/common/errors';
import { requestScope, type RequestStats } from '../../subgraphs/common/db/data-source';
import { chargeResolved } from '../../subgraphs/common/http/budget';

const codeOf = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('the per-request budget of resolved objects', () => {
  it('allows up to the budget, then fails once with REQUEST_BUDGET_EXCEEDED and resolves nothing more', () => {
    const stats: RequestStats = { sqlStatements: 0, resolved: 0, maxResolved: 10 };
    requestScope.run(stats, () => {
      expect(chargeResolved(6)).toBe(true);
      expect(chargeResolved(4)).toBe(true);
      expect(codeOf(() => chargeResolved(1))).toBe('REQUEST_BUDGET_EXCEEDED');
      expect(chargeResolved(1)).toBe(false);
      expect(chargeResolved(1)).toBe(false);
    });
  });

  it('stops a request whose caller has gone (the gateway aborted): REQUEST_ABORTED once, then nothing', () => {
    const aborted = new AbortController();
    const stats: RequestStats = { sqlStatements: 0, resolved: 0, maxResolved: 1_000, signal: aborted.signal };
    requestScope.run(stats, () => {
      expect(chargeResolved(1)).toBe(true);
      aborted.abort();
      expect(codeOf(() => chargeResolved(1))).toBe('REQUEST_ABORTED');
      expect(chargeResolved(1)).toBe(false);
    });
  });
});

describe('a statement Postgres stopped', () => {
  it('is a clear QUERY_TIMEOUT, not a masked internal error', () => {
    const logged: unknown[] = [];
    const original = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    const formatted = formatError((e) => logged.push(e))(
      { message: original.message, path: ['organization'] },
      new GraphQLError(original.message, { originalError: original }),
    );
    expect(formatted.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(formatted.message).not.toMatch(/canceling/);
    expect(logged).toEqual([]);
  });
});
