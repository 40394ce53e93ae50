import { Directive, Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from './directive';
import { KEEP_RAW } from '../federation/node';
import { DECISION_TYPE_NAMES, DecisionAction, type DecisionAnswer } from './capability';
import type { AccessContext, Policy } from './policy';

registerEnumType(DecisionAction, {
  name: 'DecisionAction',
  description:
    'Every action of every domain the batch decision query answers (X-2, X-7): accounts, product roles and the chatbot matrix (CB-2), live chat, and every row of the portal matrices (ES-3).',
});

/** The permission of an answer's fields: signed in, and allowed to see the asked account's access. */
export const DECISION_ANSWER = 'decision:answer';

/** `decision:answer`: FORBIDDEN when the question is about another account whose access the caller may not see. */
export const decisionAnswerPolicy: Policy<AccessContext> = ({ ctx, source }) =>
  ctx.viewer !== null && !(source as DecisionAnswer).forbidden;

/** The answer fields every domain's decision type carries: [name, type, permission, description]. */
const ANSWER_FIELDS: ReadonlyArray<readonly [string, () => unknown, string, string?]> = [
  ['action', () => DecisionAction, 'authenticated'],
  ['resourceId', () => ID, 'authenticated', 'The resource asked about, as given.'],
  ['accountId', () => ID, 'authenticated', 'The account asked about (the caller by default).'],
  ['allowed', () => Boolean, DECISION_ANSWER],
  ['reason', () => String, DECISION_ANSWER, 'Why, naming only what the caller may see (X-2).'],
  ['grants', () => [String], DECISION_ANSWER, 'The grants that allowed it (empty when denied).'],
  ['missing', () => [String], DECISION_ANSWER, 'What is missing when denied (empty when allowed).'],
];

/** Declares the key and the answer fields on a class (declared once, so all four domains' types agree). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function withAnswerFields(target: Function): void {
  const proto = target.prototype as object;
  Field(() => ID)(proto, 'key');
  Public()(proto, 'key');
  for (const [name, type, permission, description] of ANSWER_FIELDS) {
    Field(type as Parameters<typeof Field>[0] & (() => unknown) as never, {
      nullable: true,
      ...(description ? { description } : {}),
    })(proto, name);
    RequiresPermission(permission)(proto, name);
  }
}

const INTERFACE_DESCRIPTION =
  'X-2 + X-7: one answer of `decisions`. Each domain answers its own actions through its own type, resolved by the subgraph that owns the rule.';

/**
 * The decision types of a domain subgraph: the `AccessDecision` interface (its full answer fields) and the domain's
 * entity type, keyed by `key` (the encoded question), resolved by this subgraph with the same decide() its
 * mutations re-check. Classes are made per subgraph so each schema holds only its own implementation.
 */
export function domainDecisionTypes(typeName: string) {
  @InterfaceType('AccessDecision', { description: INTERFACE_DESCRIPTION })
  abstract class FullInterface {}
  withAnswerFields(FullInterface);
  @ObjectType(typeName, { implements: FullInterface, description: `${INTERFACE_DESCRIPTION} This domain's answers.` })
  @Directive('@key(fields: "key")')
  class DomainDecision extends FullInterface {}
  return { AccessDecisionInterface: FullInterface, DomainDecision };
}

/**
 * The accounts subgraph's view: the interface with `key` only (accounts resolves the root field and its own
 * answers; the others' fields come from their owners through `_entities`), its own type, and key-only stubs of
 * the other domains' types.
 */
export function rootDecisionTypes(ownTypeName: string, otherTypeNames: readonly string[]) {
  @InterfaceType('AccessDecision', {
    description: INTERFACE_DESCRIPTION,
    resolveType: (value: { __typename?: string }) => value.__typename,
  })
  abstract class KeyOnly {
    @Field(() => ID) @Public() key!: string;
  }
  @ObjectType(ownTypeName, { implements: KeyOnly, description: `${INTERFACE_DESCRIPTION} This domain's answers.` })
  @Directive('@key(fields: "key")')
  class Own {}
  withAnswerFields(Own);
  const stubs = otherTypeNames.map((name) => {
    @ObjectType(name, { implements: KeyOnly })
    @Directive('@key(fields: "key", resolvable: false)')
    class Stub {
      @Field(() => ID) @Public() key!: string;
    }
    return Stub;
  });
  return { KeyOnly, Own, stubs };
}

/**
 * The decision types' IDs that are no Node's id (issue 13's global ids): the key is the encoded question, the
 * resource id is echoed as asked and names any type (each domain decodes it for the type its action names).
 */
export const DECISION_ID_NAMES: Readonly<Record<string, string>> = Object.fromEntries<string>([
  ...Object.values(DECISION_TYPE_NAMES).flatMap((t) => [
    [`${t}.key`, KEEP_RAW] as const,
    [`${t}.resourceId`, KEEP_RAW] as const,
  ]),
  ['DecisionRequest.resourceId', KEEP_RAW] as const,
  ['resource', KEEP_RAW] as const,
]);
