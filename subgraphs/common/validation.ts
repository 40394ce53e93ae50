import { DomainError, ErrorCode, ValidationError, fieldErrorsOf, type FieldError } from './errors';
import { isUuid } from './loaders';

/** Trims and checks a display name: 1 to `max` characters, no control characters. */
export function requireName(field: string, value: unknown, max = 100): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length === 0) throw new ValidationError(field, `${field} must not be empty`);
  if (name.length > max) throw new ValidationError(field, `${field} must be at most ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name))
    throw new ValidationError(field, `${field} must not contain control characters`);
  return name;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is the mail server's business.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Normalizes an e-mail (trimmed, lower-cased: GA-1 is case-insensitive) or rejects it. */
export function requireEmail(field: string, value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254)
    throw new ValidationError(field, `${field} is not a valid e-mail address`);
  return email;
}

/** Checks an id argument is a UUID, so malformed ids are a clear BAD_USER_INPUT and never reach SQL. */
export function requireId(field: string, value: unknown): string {
  if (!isUuid(value)) throw new ValidationError(field, `${field} is not a valid id`);
  return value.toLowerCase();
}

/** Checks a value is one of an enum's members. */
export function requireOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new ValidationError(field, `${field} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** The checked values of an input, one per check, typed by what each check returns. */
export type Checked<T extends Record<string, () => unknown>> = { [K in keyof T]: ReturnType<T[K]> };

/**
 * Runs every check of an input and answers all their failures at once: one BAD_USER_INPUT error whose
 * `extensions.fieldErrors` lists each invalid field (`extensions.field` is the first). A check that fails otherwise
 * (not bad input) stops the checks and is thrown as it is, unless bad fields came before it. Checks run in order,
 * so `field` names the first in the input's order.
 */
export function validateInput<T extends Record<string, () => unknown>>(checks: T): Checked<T> {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, check] of Object.entries(checks)) {
    try {
      values[key] = check();
    } catch (err) {
      if (err instanceof DomainError && err.code === ErrorCode.BAD_USER_INPUT) errors.push(...fieldErrorsOf(err));
      // Another refusal stops the checks; input errors found before it still come first, as they always did.
      else throw errors.length ? ValidationError.of(errors) : err;
    }
  }
  if (errors.length) throw ValidationError.of(errors);
  return values as Checked<T>;
}

/** An optional value: null or undefined pass as null, anything else must pass `check`. */
export function optional<T>(value: unknown, check: (value: unknown) => T): T | null {
  return value === null || value === undefined ? null : check(value);
}

/** A search text for a list filter: trimmed, 1 to 100 characters. */
export function requireSearch(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > 100) throw new ValidationError(field, `${field} must be 1 to 100 characters`);
  return text;
}

/** A `LIKE … ESCAPE '\\'` pattern matching `text` anywhere, its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A list filter's set of enum values: 1 to `max` members of `allowed`, duplicates dropped. */
export function requireSetOf<T extends string>(field: string, value: unknown, allowed: readonly T[], max = 20): T[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > max)
    throw new ValidationError(field, `${field} takes 1 to ${max} values`);
  return [...new Set(value.map((v) => requireOneOf(field, v, allowed)))];
}

/** A list filter's set of ids: 1 to `max` ids, duplicates dropped. */
export function requireIds(field: string, value: unknown, max = 100): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > max)
    throw new ValidationError(field, `${field} takes 1 to ${max} ids`);
  return [...new Set(value.map((v) => requireId(field, v)))];
}

/**
 * A set of ids a change names (the whole new set of a `set…` mutation, or the members to add or remove): `min` to
 * `max` ids, each a UUID and each once (a repeat is refused, not dropped: it is a client's mistake).
 */
export function requireIdSet(field: string, value: unknown, { min = 0, max = 200 } = {}): string[] {
  const list: unknown[] = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (list.length < min || list.length > max)
    throw new ValidationError(
      field,
      min ? `${field} must hold ${min} to ${max} ids` : `${field} must hold at most ${max} ids`,
    );
  const ids = list.map((v) => requireId(field, v));
  if (new Set(ids).size !== ids.length) throw new ValidationError(field, `${field} repeats an id`);
  return ids;
}
