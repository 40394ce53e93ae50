import { ValidationError } from './errors';
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
