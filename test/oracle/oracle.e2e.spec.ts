import { startTestSystem, type TestSystem } from '../support/system';
import type { Divergence } from './driver';
import { classOf, report, run, shrink, timing } from './oracle';

/**
 * random histories of access changes, each step through the gateway as a real signed-in actor, and
 * after every step what each person sees, compared with the independent model of `model.ts`.
 *
 * ORACLE_SEED (default 8) and ORACLE_STEPS (default 70) make longer or other runs; ORACLE_SHRINK_KNOWN=1 also
 * shrinks the excluded divergences (to refresh DIVERGENCES.md).
 */
const SEED = Number(process.env.ORACLE_SEED ?? 8);
const STEPS = Number(process.env.ORACLE_STEPS ?? 70);
const HISTORIES = Number(process.env.ORACLE_HISTORIES ?? 1);

/**
 * Divergences the integrator knows are open (issue 9), by rule and check: each one goes when its fix lands.
 * Every entry names the rule id and the issue-9 item; DIVERGENCES.md has the shortest history of each.
 */
export const KNOWN_OPEN_SEAMS: Array<{ rule: string; issue9: string; matches(d: Divergence): boolean }> = [
  {
    rule: 'X-grant-ceiling (GA-6, LC-1)',
    issue9: 'grant ceiling: nobody edits their own grants',
    matches: (d) => d.rule === 'X-grant-ceiling' && d.expected.includes('own grants'),
  },
];

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

describe('X-8: the consistency oracle', () => {
  it(
    `agrees with the model over ${HISTORIES} random histories of ${STEPS} steps (seed ${SEED})`,
    async () => {
      let checks = 0;
      const open: string[] = [];
      const known = new Map<string, Divergence>();
      for (let h = 0; h < HISTORIES; h++) {
        const seed = SEED + h;
        const res = await run(sys.gatewayUrl, { seed, steps: STEPS });
        checks += res.checks;
        const byClass = new Map<string, Divergence>();
        for (const d of res.divergences) if (!byClass.has(classOf(d))) byClass.set(classOf(d), d);
        for (const [cls, d] of byClass) {
          const seam = KNOWN_OPEN_SEAMS.find((k) => k.matches(d));
          if (seam && process.env.ORACLE_SHRINK_KNOWN !== '1') {
            known.set(cls, d);
            continue;
          }
          const small =
            process.env.ORACLE_NO_SHRINK === '1'
              ? { history: res.history.slice(0, d.at + 1), divergence: d }
              : await shrink(sys.gatewayUrl, res.history, d);
          const text = report(seed, small.divergence, small.history);
          if (seam) known.set(cls, d);
          else open.push(text);
          console.log((seam ? `[known: ${seam.rule}, ${seam.issue9}]\n` : '') + text);
        }
      }
      console.log(
        `X-8 oracle: ${checks} checks, ${open.length} open divergence classes, ${known.size} known-open; ms in steps ${timing.step}, reads ${timing.read}`,
      );
      expect(open).toEqual([]);
      expect(checks).toBeGreaterThanOrEqual(2000);
    },
    Math.max(110_000, HISTORIES * STEPS * 3_000),
  );
});
