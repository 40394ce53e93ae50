import { Field, ID, InputType } from 'type-graphql';
import { DecisionAction } from './capability';

/** One question of `decisions` (its `DecisionAction` enum is registered in decision.type.ts, loaded with it). */
@InputType({ description: 'May this account (the caller when omitted) take this action on this resource?' })
export class DecisionRequest {
  @Field(() => DecisionAction) action!: string;
  @Field(() => ID, {
    description:
      "The resource's id: an organization, membership, product user, product role, chat, customer, sales conduit or server, as the action names.",
  })
  resourceId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "Another account: needs the right to see that account's access there (else FORBIDDEN).",
  })
  accountId?: string | null;
}
