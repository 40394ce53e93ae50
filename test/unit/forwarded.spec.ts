import { FORWARDED, forwardedHeaders, trustedClientAddress } from '../../subgraphs/common/http/forwarded';

const SECRET = 'a'.repeat(64);
const SOCKET = '10.0.0.7';
const facts = { requestId: 'req-1', clientAddress: '203.0.113.9' };

describe('forwarded facts: only the gateway is believed', () => {
  it("believes the gateway's signed client address", () => {
    expect(trustedClientAddress(SECRET, forwardedHeaders(SECRET, facts), SOCKET)).toBe('203.0.113.9');
  });

  it.each<[string, (h: Record<string, string>) => Record<string, string>, string | undefined]>([
    ['no signature (any direct caller)', (h) => ({ ...h, [FORWARDED.signature]: '' }), SECRET],
    ['another secret', (h) => h, 'b'.repeat(64)],
    ['a changed address', (h) => ({ ...h, [FORWARDED.clientAddress]: '198.51.100.1' }), SECRET],
    ['a changed request id', (h) => ({ ...h, [FORWARDED.requestId]: 'req-2' }), SECRET],
    ['a malformed signature', (h) => ({ ...h, [FORWARDED.signature]: 'v1=nope' }), SECRET],
    ['no secret configured', (h) => h, undefined],
  ])('falls back to the socket address for %s', (_name, tamper, secret) => {
    expect(trustedClientAddress(secret, tamper(forwardedHeaders(SECRET, facts)), SOCKET)).toBe(SOCKET);
  });

  it('refuses a signature older than five minutes (a replayed header)', () => {
    const old = forwardedHeaders(SECRET, facts, Date.now() - 301_000);
    expect(trustedClientAddress(SECRET, old, SOCKET)).toBe(SOCKET);
    const recent = forwardedHeaders(SECRET, facts, Date.now() - 60_000);
    expect(trustedClientAddress(SECRET, recent, SOCKET)).toBe('203.0.113.9');
  });
});
