import { compare, weight, makeWorld, signUpPeople, readChecks, runStep, type Divergence, type World } from './driver';
import { nextStep, rng } from './generator';
import { describe as describeStep, initialState, type State, type Step } from './model';

/** People per history: enough for owner, administrators, members, company ranks and outsiders. */
export const PEOPLE = 6;

/** The accounts of the first world, reused by every later one (sign-up hashes a password: slow). */
let people: Promise<World['people']> | undefined;

/** Milliseconds spent in steps and in read rounds (printed by the spec). */
export const timing = { step: 0, read: 0 };

/** What one run found. */
export interface RunResult {
  history: Step[];
  checks: number;
  divergences: Divergence[];
}

/**
 * Runs a history against a fresh organization: either generated from `seed` (`steps` long) or the given list.
 * After every step each person's view is checked against the model. `stopWhen` ends the run at the first
 * divergence it accepts (shrinking uses it).
 */
export async function run(
  url: string,
  source: { seed: number; steps: number } | { history: Step[] },
  stopWhen?: (d: Divergence) => boolean,
  /** Shrinking: read only after the last step (a candidate ends where its divergence showed). */
  readsOnlyAtEnd = false,
): Promise<RunResult> {
  people ??= signUpPeople(url, PEOPLE);
  const w = await makeWorld(url, PEOPLE, await people);
  const r = 'seed' in source ? rng(source.seed) : undefined;
  const total = 'seed' in source ? source.steps : source.history.length;
  let s: State = initialState(PEOPLE);
  const history: Step[] = [];
  const divergences: Divergence[] = [];
  let checks = 0;
  const found = (d: Divergence | undefined): boolean => {
    if (!d) return false;
    divergences.push(d);
    return stopWhen?.(d) === true;
  };
  for (let at = 0; at < total; at++) {
    const step = r ? nextStep(r, s) : (source as { history: Step[] }).history[at];
    history.push(step);
    const t0 = Date.now();
    const out = await runStep(w, s, step, at);
    timing.step += Date.now() - t0;
    s = out.next;
    if (out.checked) checks++;
    if (found(out.divergence)) return { history, checks, divergences };
    if (readsOnlyAtEnd && at < total - 1) continue;
    const t1 = Date.now();
    // Who looks after this step: the actor, the target, and a rotating bystander (every person in turn).
    const lookers = new Set([step.actor, 'target' in step ? step.target : step.actor, at % PEOPLE, (at + 3) % PEOPLE]);
    const views = await Promise.all([...lookers].map((p) => readChecks(w, s, p)));
    timing.read += Date.now() - t1;
    for (const c of views.flat()) {
      checks += weight(c);
      if (found(compare(c, at))) return { history, checks, divergences };
    }
  }
  return { history, checks, divergences };
}

/** A divergence's class: its rule and check with the people taken out (`#3 canLaunch chatbot` → `canLaunch chatbot`). */
export const classOf = (d: Divergence): string =>
  `${d.rule} | ${d.check.replace(/#\d+/g, '#').replace(/ (as|in) \S+/g, ' $1 _')}`;

/**
 * Delta debugging: the shortest history (1-minimal: removing any single step loses it) that still shows a
 * divergence of the same class, each candidate replayed against a fresh organization.
 */
export async function shrink(
  url: string,
  history: Step[],
  target: Divergence,
  budget = 60,
): Promise<{ history: Step[]; divergence: Divergence }> {
  const cls = classOf(target);
  const same = (d: Divergence) => classOf(d) === cls;
  let best = history.slice(0, target.at + 1);
  let bestD = target;
  let tries = 0;
  const reproduces = async (h: Step[]): Promise<Divergence | undefined> => {
    tries++;
    const res = await run(url, { history: h }, same, true);
    return res.divergences.find(same);
  };
  let chunk = Math.max(1, Math.floor(best.length / 2));
  while (chunk >= 1 && tries < budget) {
    let removed = false;
    for (let i = 0; i + chunk <= best.length && tries < budget;) {
      const candidate = [...best.slice(0, i), ...best.slice(i + chunk)];
      const d = candidate.length ? await reproduces(candidate) : undefined;
      if (d) {
        best = candidate.slice(0, d.at + 1);
        bestD = d;
        removed = true;
      } else i += chunk;
    }
    if (!removed) chunk = Math.floor(chunk / 2);
  }
  return { history: best, divergence: bestD };
}

/** A divergence as the report prints it: seed, class, and the numbered shortest history. */
export function report(seed: number, d: Divergence, history: Step[]): string {
  return [
    `X-8 divergence (${seed ? `ORACLE_SEED=${seed}` : 'a seam probe'}) rule ${d.rule}: ${d.check}`,
    `  model:  ${d.expected}`,
    `  system: ${d.actual}`,
    `  shortest history (${history.length} steps, people #0..#${PEOPLE - 1}, #0 created the organization):`,
    ...history.map((s, i) => `    ${i + 1}. ${describeStep(s)}`),
  ].join('\n');
}
