import type { DataSource, EntityManager } from 'typeorm';
import { auditorFor, type Auditor } from '../audit/audit.service';
import type { Viewer } from '../auth/tokens';
import { sqlState } from '../db/errors';
import { DomainError, ErrorCode, ValidationError } from '../errors';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The answer of a pure decision function: the same `decide()` serves the field policy (facts read through
 * per-request loaders), the in-transaction re-check (facts re-read after the locks) and `viewerCan…` fields.
 * `reason` is shown to the caller, so it names only what the caller may see.
 */
export interface Decision<C extends string = string> {
  allowed: boolean;
  reason: string;
  /**
   * The stable code a mutation refuses with when this denial is a domain rule rather than a missing permission
   * (e.g. OWNER_CANNOT_BE_REMOVED); FORBIDDEN when unset. One decision thus serves the mutation's refusal and the
   * `viewerCan…` field that predicts it, and the rule is written once.
   */
  code?: C;
  /** The input field the refusal concerns, for `extensions.field` (with `code`). */
  field?: string;
}

/** An allowed decision with its reason. */
export const allow = (reason: string): Decision<never> => ({ allowed: true, reason });

/** A denied decision with its reason; `refusal` names the code (and field) the mutation refuses with. */
export function deny(reason: string): Decision<never>;
export function deny<C extends string>(reason: string, refusal: { code: C; field?: string }): Decision<C>;
export function deny<C extends string>(reason: string, refusal?: { code: C; field?: string }): Decision<C> {
  return refusal ? { allowed: false, reason, ...refusal } : { allowed: false, reason };
}

/** The error for a denied decision: FORBIDDEN in one wording for every domain, or the decision's own code. */
export function forbidden(decision: Decision): DomainError<string> {
  if (decision.code === ErrorCode.BAD_USER_INPUT && decision.field)
    return new ValidationError(decision.field, capitalize(decision.reason));
  if (decision.code) {
    const details = decision.field ? { field: decision.field } : {};
    return new DomainError<string>(decision.code, capitalize(decision.reason), details);
  }
  return new DomainError(
    ErrorCode.FORBIDDEN,
    `Not allowed: ${decision.reason.replace(/^(Denied|Not allowed): /i, '')}`,
  );
}

/** Throws FORBIDDEN unless the decision allows; returns it otherwise. */
export function requireAllowed<D extends Decision>(decision: D): D {
  if (!decision.allowed) throw forbidden(decision);
  return decision;
}

/** What the work of one access change receives, inside its transaction. */
export interface AccessTx<F> {
  manager: EntityManager;
  viewer: Viewer;
  /** The organization the change is audited under (X-3: audit is queryable by organization). */
  organizationId: string | null;
  /** The caller's facts, read inside the transaction after the locks: a grant revoked a moment ago no longer counts. */
  facts: F;
  /** Re-checks a decision computed from `facts` (or from facts the work re-read); FORBIDDEN when denied. */
  require<D extends Decision>(decision: D): D;
  /** Writes one audit event with this transaction's manager, actor = the viewer. */
  audit: Auditor;
}

/** How one access change is run; see {@link runAccessChange}. */
export interface AccessChange<F> {
  viewer: Viewer;
  organizationId: string | null;
  /**
   * Advisory lock keys, namespaced by the owning domain (`accounts:org:<id>`, `product_roles:org:<id>`…). Taken
   * sorted and de-duplicated, so two changes never wait on each other in opposite orders.
   */
  locks: readonly string[];
  /** Row locks or existence checks that must precede the facts (e.g. `SELECT … FOR UPDATE`); optional. */
  lockRows?: (manager: EntityManager) => Promise<void>;
  /** Reads the caller's facts inside the transaction, after the locks, with the same code the loaders use. */
  facts: (manager: EntityManager) => Promise<F>;
  /** The rule the field policy checked: the same pure `decide()` over the fresh facts. */
  check?: (facts: F) => Decision;
}

/**
 * The one way to run an access change (STYLE 5): locks → facts re-read in the transaction → re-check with the
 * same decision function the field policy uses → work → audit, all in one transaction. Refusals are FORBIDDEN
 * with the decision's reason; a deferred invariant another domain declares (SQLSTATE 23514 from a constraint
 * trigger) surfaces as CONFLICT with that domain's message, never as a server error.
 */
export async function runAccessChange<F, T>(
  db: DataSource,
  change: AccessChange<F>,
  work: (tx: AccessTx<F>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(async (manager) => {
      // Who acts, for database triggers that record what a cascade removed in the same transaction.
      await manager.query("SELECT set_config('identity.actor_account_id', $1, true)", [change.viewer.accountId]);
      for (const key of [...new Set(change.locks)].sort()) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      }
      if (change.lockRows) await change.lockRows(manager);
      const facts = await change.facts(manager);
      if (change.check) requireAllowed(change.check(facts));
      return work({
        manager,
        viewer: change.viewer,
        organizationId: change.organizationId,
        facts,
        require: requireAllowed,
        audit: auditorFor(manager, change.organizationId, change.viewer.accountId),
      });
    });
  } catch (err) {
    // Another domain's trigger refusing the change for the actor (SQLSTATE 42501): a refusal, with its reason.
    if (!(err instanceof DomainError) && sqlState(err) === '42501') {
      const message = (err as { message?: string }).message ?? 'This change is not allowed';
      throw new DomainError(ErrorCode.FORBIDDEN, `Not allowed: ${message}`);
    }
    // A row the change refers to was removed by a change that committed first (e.g. an account deleted while being
    // added to an organization): the caller's request was fine a moment ago, so CONFLICT, never a server error.
    if (!(err instanceof DomainError) && sqlState(err) === '23503') {
      throw new DomainError(ErrorCode.CONFLICT, 'Something this change refers to was removed meanwhile; try again');
    }
    if (!(err instanceof DomainError) && sqlState(err) === '23514') {
      const message = (err as { message?: string }).message ?? 'This change breaks an invariant';
      throw new DomainError(ErrorCode.CONFLICT, message.replace(/^.*?: /, ''));
    }
    throw err;
  }
}
