import type { PortalAction } from '../access/portal.matrix';

/** ES-4: billing states. */
export enum BillingState {
  DEMO = 'DEMO',
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
  ARCHIVED = 'ARCHIVED',
}

/** The transitions of the Edit matrix's billing rows. */
export type BillingTransition = 'activate_demo' | 'extend_demo' | 'activate' | 'deactivate' | 'archive';

/**
 * ES-4 as data: each transition, the states it leaves from, where it goes, and the Edit matrix cell that decides
 * who may take it. A new customer starts as a demo (creating a customer is creating a demo). ARCHIVED is final:
 * customers are never deleted. A paying (ACTIVE) customer is deactivated before it is archived.
 */
export const BILLING_TRANSITIONS: Readonly<
  Record<BillingTransition, { from: readonly BillingState[]; to: BillingState; action: PortalAction }>
> = {
  activate_demo: { from: [BillingState.DEACTIVATED], to: BillingState.DEMO, action: 'edit:billing_activate_demo' },
  extend_demo: { from: [BillingState.DEMO], to: BillingState.DEMO, action: 'edit:billing_extend_demo' },
  activate: {
    from: [BillingState.DEMO, BillingState.DEACTIVATED],
    to: BillingState.ACTIVE,
    action: 'edit:billing_activate',
  },
  deactivate: {
    from: [BillingState.DEMO, BillingState.ACTIVE],
    to: BillingState.DEACTIVATED,
    action: 'edit:billing_deactivate',
  },
  archive: {
    from: [BillingState.DEMO, BillingState.DEACTIVATED],
    to: BillingState.ARCHIVED,
    action: 'edit:billing_archive',
  },
};

/** Demo length when none is given, and the most one step may add. */
export const DEFAULT_DEMO_DAYS = 30;
export const MAX_DEMO_DAYS = 90;

/** The state a transition leads to from `state`, or null when the machine has no such edge. */
export function nextState(state: BillingState, transition: BillingTransition): BillingState | null {
  const t = BILLING_TRANSITIONS[transition];
  return t.from.includes(state) ? t.to : null;
}

/** `date` (YYYY-MM-DD) plus `days`, as YYYY-MM-DD (UTC calendar arithmetic). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * An expired demo (issue 13): a DEMO customer whose end date has passed (the end date itself is the demo's last
 * day), computed at read time from the date, never stored. Seed 004 names no consequence of expiry and ES-4 no
 * automatic transition, so an expired demo stays DEMO with every right it had (README): the flag shows the
 * reseller staff that it is due for "extend demo" (SUPPORT), "activate customer" or "deactivate customer"
 * (SUPPORT, CONDUIT_ADMIN). The one effect: extending an expired demo counts from today, so the step always
 * yields a running demo.
 */
export function isDemoExpired(
  customer: { billingState: BillingState; demoEndsOn: string | null },
  on: string = today(),
): boolean {
  return customer.billingState === BillingState.DEMO && customer.demoEndsOn !== null && customer.demoEndsOn < on;
}

/** The end date "extend demo" by `days` gives: from the current end date, or from today when it has passed. */
export function extendedDemoEnd(
  customer: { billingState: BillingState; demoEndsOn: string | null },
  days: number,
  on: string = today(),
): string {
  return addDays(isDemoExpired(customer, on) || customer.demoEndsOn === null ? on : customer.demoEndsOn, days);
}
