import { useQuery } from '@apollo/client/react';
import { useId, useState, type ButtonHTMLAttributes } from 'react';
import { graphql } from './gql';
import type { DecisionAction } from './gql/graphql';

/** The decision query, as every screen asks it: for refused buttons, and MY ACCESS's "why can't I …?". */
export const DECISIONS = graphql(`
  query ConsoleDecisions($requests: [DecisionRequest!]!) {
    decisions(requests: $requests) {
      key
      action
      resourceId
      allowed
      reason
      grants
      missing
    }
  }
`);

/** What a disabled button says when the server gave no reason (e.g. the resource is out of the viewer's sight). */
export const NOT_ALLOWED = 'The server says you may not do this.';

/** One button the server decides: its `viewerCan…` answer, and the decision action that explains a "no". */
export interface Guarded {
  allowed: boolean | null | undefined;
  action: DecisionAction;
  resourceId: string;
}

const keyOf = (action: string, resourceId: string) => `${action}|${resourceId}`;
const PAGE = 100; // the server's cap on one decisions call

/**
 * Why each refused button is refused, asked of the server's decision query (X-2) for the refused ones only, at most
 * 100 per request; the console never words a rule itself. Returns a lookup for `GuardedButton`'s title.
 */
export function useReasons(guards: readonly Guarded[]): (action: DecisionAction, resourceId: string) => string {
  const refused = [
    ...new Map(
      guards.filter((g) => g.allowed !== true).map((g) => [keyOf(g.action, g.resourceId), g] as const),
    ).values(),
  ].slice(0, PAGE);
  const { data } = useQuery(DECISIONS, {
    variables: { requests: refused.map((g) => ({ action: g.action, resourceId: g.resourceId })) },
    skip: refused.length === 0,
    errorPolicy: 'all',
  });
  const reasons = new Map<string, string>();
  for (const d of data?.decisions ?? []) {
    if (!d.action || !d.resourceId || d.allowed) continue;
    const said = (d.reason ?? NOT_ALLOWED).replace(/\.?$/, '.');
    const missing = (d.missing ?? []).length ? ` Needs: ${(d.missing ?? []).join(', ')}.` : '';
    reasons.set(keyOf(d.action, d.resourceId), `${said}${missing}`);
  }
  return (action, resourceId) => reasons.get(keyOf(action, resourceId)) ?? NOT_ALLOWED;
}

/**
 * A button enabled exactly when the server said yes. When it said no, the button stays in the tab order but is
 * `aria-disabled` and does nothing (a click or a form's implicit submit is cancelled), and the server's reason is
 * both its hover text and its accessible description, so a keyboard or screen-reader user hears why on focus.
 * `disabled` (e.g. busy) still disables it outright.
 */
export function GuardedButton({
  allowed,
  reason,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { allowed: boolean | null | undefined; reason: string }) {
  const describedBy = useId();
  if (allowed)
    return (
      <span className="guarded">
        <button type="button" onClick={onClick} {...props} />
      </span>
    );
  return (
    <span title={reason} className="guarded">
      <button
        type="button"
        {...props}
        aria-disabled="true"
        aria-describedby={describedBy}
        title={reason}
        onClick={(e) => e.preventDefault()}
      />
      <span id={describedBy} className="visually-hidden">
        {reason}
      </span>
    </span>
  );
}

/** The seed 002 confirmation: YES, CLOSE ACCESS / NO, KEEP IT. */
export function ConfirmRemoval({
  who,
  consequence,
  busy,
  onYes,
  onNo,
}: {
  who: string;
  consequence: string;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="remove-title" className="dialog">
      <h3 id="remove-title">Close access for {who}?</h3>
      <p>{consequence}</p>
      <button type="button" autoFocus disabled={busy} onClick={onYes}>
        YES, CLOSE ACCESS
      </button>
      <button type="button" onClick={onNo}>
        NO, KEEP IT
      </button>
    </div>
  );
}

/** Seed 002's trash bin, drawn (no emoji font is assumed); the button around it carries the accessible name. */
export function TrashIcon() {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
      <path d="M6 1h4l1 1h3v2H2V2h3l1-1zM3 5h10l-1 10H4L3 5zm3 2v6h1V7H6zm3 0v6h1V7H9z" />
    </svg>
  );
}

/**
 * Deleting something that others may still depend on (a role's holders, a department's chats): the server refuses
 * it (CONFLICT, naming what blocks) unless they move to one of `options`; the choice goes to `onDelete` (undefined:
 * move nothing). Without `options` (nothing can be moved, e.g. a group with members) it only asks.
 */
export function ConfirmDelete({
  what,
  moveLabel,
  noneLabel,
  options,
  onDelete,
  onKeep,
}: {
  what: string;
  moveLabel?: string;
  noneLabel?: string;
  options?: ReadonlyArray<{ id: string; name?: string | null }>;
  onDelete: (moveTo: string | undefined) => void;
  onKeep: () => void;
}) {
  const [moveTo, setMoveTo] = useState('');
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="delete-title" className="dialog">
      <h3 id="delete-title">Delete {what}?</h3>
      {options && (
        <>
          <label htmlFor="delete-move-to">{moveLabel}</label>
          <select id="delete-move-to" value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
            <option value="">{noneLabel}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" onClick={() => onDelete(moveTo || undefined)}>
        Delete
      </button>
      <button type="button" autoFocus onClick={onKeep}>
        Keep it
      </button>
    </div>
  );
}
