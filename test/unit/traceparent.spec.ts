import { formatTraceparent, parseTraceparent } from '../../subgraphs/common/telemetry/traceparent';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('W3C traceparent', () => {
  it('reads a sampled and an unsampled parent, and writes them back unchanged', () => {
    for (const flags of ['01', '00']) {
      const header = `00-${TRACE}-${SPAN}-${flags}`;
      const context = parseTraceparent(header);
      expect(context).toEqual({ traceId: TRACE, spanId: SPAN, traceFlags: Number(flags), isRemote: true });
      expect(formatTraceparent(context!)).toBe(header);
    }
  });

  it("accepts a later version's extra fields, as the specification asks", () => {
    expect(parseTraceparent(`01-${TRACE}-${SPAN}-01-whatever`)?.traceId).toBe(TRACE);
  });

  it.each([
    ['absent', undefined],
    ['several headers', [`00-${TRACE}-${SPAN}-01`, `00-${TRACE}-${SPAN}-01`]],
    ['garbage', 'hello'],
    ['upper case', `00-${TRACE.toUpperCase()}-${SPAN}-01`],
    ['version ff', `ff-${TRACE}-${SPAN}-01`],
    ['version 00 with extra fields', `00-${TRACE}-${SPAN}-01-extra`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${SPAN}-01`],
    ['an all-zero span id', `00-${TRACE}-${'0'.repeat(16)}-01`],
    ['a short trace id', `00-${TRACE.slice(1)}-${SPAN}-01`],
  ])('starts a new trace for %s', (_name, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });
});
