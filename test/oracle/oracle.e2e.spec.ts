import { startTestSystem, type TestSystem } from '../support/system';
import type { Divergence } from './driver';
import type { Step } from './model';
import { classOf, report, run, shrink, timing, type RunResult } from './oracle';
import { SEAM_PROBES } from './probes';

/**
 * random histories of access changes, each step through the gateway as a real signed-in actor, and
 * after every step what several people see, compared with the independent model of `model.ts`. The seam
 * probes (`probes.ts`) walk each issue-9 seam on purpose first.
 *
 * ORACLE_SEED (default 8), ORACLE_STEPS (default 45) and ORACLE_HISTORIES (default 1) make longer or other
 * runs; ORACLE_SHRINK_KNOWN=1 also shrinks the known-open divergences (to refresh DIVERGENCES.md).
 */
const SEED = Number(process.env.ORACLE_SEED ?? 8);
const STEPS = Number(process.env.ORACLE_STEPS ?? 45);
const HISTORIES = Number(process.env.ORACLE_HISTORIES ?? 1);

/**
 * Divergences still open on main (issue 9), each naming its rule and the issue-9 item: the integrator deletes
 * an entry when its fix lands. DIVERGENCES.md has the shortest history of each.
 */
export const KNOWN_OPEN_SEAMS: Array<{ rule: string; issue9: string; matches(d: Divergence): boolean }> = [];

let sys: TestSystem;
beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(() => sys.close());

describe('X-8: the consistency oracle', () => {
  it(
    `agrees with the model over the seam probes and ${HISTORIES} random histories of ${STEPS} steps (seed ${SEED})`,
    async () => {
      // The probes are short and independent: side by side; then the random histories one after another.
      const results: Array<{ seed: number; res: RunResult }> = await Promise.all(
        Object.values(SEAM_PROBES).map(async (history: Step[]) => ({
          seed: 0,
          res: await run(sys.gatewayUrl, { history }),
        })),
      );
      for (let h = 0; h < HISTORIES; h++)
        results.push({ seed: SEED + h, res: await run(sys.gatewayUrl, { seed: SEED + h, steps: STEPS }) });

      let checks = 0;
      const open: string[] = [];
      const known = new Set<string>();
      for (const { seed, res } of results) {
        checks += res.checks;
        const byClass = new Map<string, Divergence>();
        for (const d of res.divergences) if (!byClass.has(classOf(d))) byClass.set(classOf(d), d);
        for (const [cls, d] of byClass) {
          const seam = KNOWN_OPEN_SEAMS.find((k) => k.matches(d));
          if (seam) known.add(cls);
          if (seam && process.env.ORACLE_SHRINK_KNOWN !== '1') continue;
          const small =
            process.env.ORACLE_NO_SHRINK === '1'
              ? { history: res.history.slice(0, d.at + 1), divergence: d }
              : await shrink(sys.gatewayUrl, res.history, d);
          const text = report(seed, small.divergence, small.history);
          if (!seam) open.push(text);
          console.log((seam ? `[known: ${seam.rule}, issue 9: ${seam.issue9}]\n` : '') + text);
        }
      }
      console.log(
        `X-8 oracle: ${checks} checks, ${open.length} open divergence classes, ${known.size} known-open ` +
          `(ms in steps ${timing.step}, in reads ${timing.read})`,
      );
      expect(open).toEqual([]);
      expect(checks).toBeGreaterThanOrEqual(2000);
    },
    Math.max(110_000, HISTORIES * STEPS * 3_000),
  );
});
