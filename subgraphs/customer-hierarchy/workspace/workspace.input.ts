import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateNamedInput {
  @Field(() => ID) customerId!: string;
  @Field() name!: string;
}

@InputType()
export class RenameInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@InputType()
export class DeleteInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateEndUserInput {
  @Field(() => ID) customerId!: string;
  @Field() name!: string;
  @Field() email!: string;
}

@InputType()
export class UpdateEndUserInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) endUserId!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) email?: string;
}

@InputType()
export class EndUserRefInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) endUserId!: string;
}

@InputType()
export class SetFeatureKeysInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) endUserId!: string;
  @Field(() => [String]) keys!: string[];
}

@InputType()
export class CreateNoteInput {
  @Field(() => ID) customerId!: string;
  @Field() body!: string;
}

@InputType()
export class UpdateNoteInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) noteId!: string;
  @Field() body!: string;
}

@InputType()
export class NoteRefInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) noteId!: string;
}

@InputType()
export class CreateActivationCodeInput {
  @Field(() => ID) customerId!: string;
  @Field() label!: string;
}

@InputType()
export class UpdateActivationCodeInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID) activationCodeId!: string;
  @Field() label!: string;
}

@InputType({ description: 'End users of the customer to add to or remove from one of its groups (issue 13).' })
export class CustomerGroupMembersInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { description: 'A group of that customer.' }) groupId!: string;
  @Field(() => [ID], { description: 'End users of the same customer; 1 to 200.' }) endUserIds!: string[];
}

@InputType({ description: 'End users of the customer to add to or remove from one of its broadcast groups.' })
export class BroadcastGroupMembersInput {
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { description: 'A broadcast group of that customer.' }) broadcastGroupId!: string;
  @Field(() => [ID], { description: 'End users of the same customer; 1 to 200.' }) endUserIds!: string[];
}
