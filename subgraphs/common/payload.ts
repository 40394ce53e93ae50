import { Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { Public } from './access/directive';

/**
 * A removal's payload type (issue 13): the id of what the mutation removed, under `field` (`deletedChatbotIntentId`,
 * `removedMembershipId`), which the global-id pass encodes for the type the name gives, so a normalized client cache
 * can evict it; and, where a client keeps showing it, the object the removal changed (`also`). Public wrapper: every
 * field of the objects inside keeps its own permission.
 */
export function RemovalPayload<Id extends string>(
  typeName: string,
  field: Id,
  description: string,
  also?: { field: string; type: () => ClassType },
): ClassType<Record<Id, string>> {
  class Payload {}
  Field(() => ID, { description: 'The global id of what was removed.' })(Payload.prototype, field);
  Public()(Payload.prototype, field);
  if (also) {
    Field(also.type, { nullable: true })(Payload.prototype, also.field);
    Public()(Payload.prototype, also.field);
  }
  Object.defineProperty(Payload, 'name', { value: typeName });
  ObjectType(typeName, { description })(Payload);
  return Payload as ClassType<Record<Id, string>>;
}

/**
 * A mutation's payload type (issue 13, GitHub's convention): the object the mutation created or changed, under
 * `field` (`membership`, `customer`), so a client selects what it needs of it and the payload can grow without a
 * breaking change. Public wrapper, as for removals: the object's own fields keep their permissions.
 */
export function ChangePayload<F extends string>(
  typeName: string,
  field: F,
  type: () => ClassType | [ClassType],
  description: string,
): ClassType<Record<F, unknown>> {
  class Payload {}
  Field(type, { nullable: true })(Payload.prototype, field);
  Public()(Payload.prototype, field);
  Object.defineProperty(Payload, 'name', { value: typeName });
  ObjectType(typeName, { description })(Payload);
  return Payload as ClassType<Record<F, unknown>>;
}

/** What a `ChangePayload` resolver answers: the changed object under the payload's field. */
export type Changed<F extends string, T> = Record<F, T>;

/** A mutation's answer as its payload: the object the service created or changed, under `field`. */
export async function changed<F extends string, T>(field: F, object: Promise<T>): Promise<Changed<F, T>> {
  return { [field]: await object } as Changed<F, T>;
}
