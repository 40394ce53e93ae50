import { ValidationError } from '../errors';
import { isUuid } from '../loaders';

/**
 * Global object identification (GitHub/Relay `Node`): every entity's `id` is an opaque global id, the base64url
 * (no padding) of `TypeName:rawId`. The raw id is the entity's database uuid, or for entities identified by
 * several values, those values joined by `:` (see `compositeRawId`). Clients must treat the id as opaque.
 */

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
// Raw ids are uuids, product codes and their `:`-joined composites: printable ASCII without spaces.
const RAW_ID = /^[\x21-\x7e]{1,400}$/;

/** A decoded global id. */
export interface GlobalId {
  typeName: string;
  rawId: string;
}

/** The global id of the entity `typeName` whose raw id (database uuid or composite) is `rawId`. */
export function toGlobalId(typeName: string, rawId: string): string {
  if (!TYPE_NAME.test(typeName)) throw new Error(`Not a type name: ${typeName}`);
  if (!RAW_ID.test(rawId)) throw new Error(`Not a raw id of ${typeName}: ${rawId}`);
  return Buffer.from(`${typeName}:${rawId}`, 'utf8').toString('base64url');
}

/**
 * Decodes a global id, or answers null when `id` is not one (not canonical base64url, no type name, or an empty
 * or unprintable raw id). Never throws: callers decide what a malformed id means for them.
 */
export function fromGlobalId(id: unknown): GlobalId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 600 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  // Only the canonical encoding is an id, so one entity has exactly one id string (cache keys stay unique).
  if (Buffer.from(text, 'utf8').toString('base64url') !== id) return null;
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const typeName = text.slice(0, colon);
  const rawId = text.slice(colon + 1);
  if (!TYPE_NAME.test(typeName) || !RAW_ID.test(rawId)) return null;
  return { typeName, rawId };
}

/**
 * A uuid no row has (Postgres never generates the nil uuid): what a well-formed id of the wrong type decodes to,
 * so every operation answers it exactly as it answers an unknown id, without a branch of its own.
 */
export const UNKNOWN_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The raw uuid an ID argument or input field names, for an entity of `typeName`. Accepts the global id and (for
 * this release, transitional) the raw uuid. A malformed value is BAD_USER_INPUT naming `field`; a global id of
 * another type answers like an unknown id (`UNKNOWN_UUID`).
 */
export function decodeUuid(field: string, value: unknown, typeName: string): string {
  if (isUuid(value)) return value.toLowerCase();
  const decoded = fromGlobalId(value);
  if (!decoded) throw new ValidationError(field, `${field} is not a valid id`);
  if (decoded.typeName !== typeName) return UNKNOWN_UUID;
  if (!isUuid(decoded.rawId)) throw new ValidationError(field, `${field} is not a valid id`);
  return decoded.rawId.toLowerCase();
}

/** The raw id of an entity identified by several values (e.g. organization, product, account). */
export function compositeRawId(parts: readonly string[]): string {
  return parts.join(':');
}

/** The parts of a composite raw id, or null when it does not have `count` non-empty parts. */
export function splitCompositeRawId(rawId: string, count: number): string[] | null {
  const parts = rawId.split(':');
  return parts.length === count && parts.every((p) => p.length > 0) ? parts : null;
}
