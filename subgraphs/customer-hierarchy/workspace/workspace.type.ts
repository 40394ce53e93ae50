import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

const READ = 'portal:hierarchy:read';

@ObjectType('CustomerDepartment', {
  description: 'A department of a customer (ES-1); associations link departments (ES-5).',
})
export class CustomerDepartment {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('CustomerGroup', { description: 'A group of a customer.' })
export class CustomerGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('BroadcastGroup', { description: 'A broadcast group of a customer.' })
export class BroadcastGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('EndUser', { description: 'An end user of a customer (the seed\'s "Users"; not a portal user).' })
export class EndUser {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) email!: string;
}

@ObjectType('CustomerNote', { description: 'A note on a customer (View Notes).' })
export class CustomerNote {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:view:notes') body!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:view:notes') createdAt!: Date;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:view:notes') updatedAt!: Date;
}

@ObjectType('ManualActivationCode', { description: 'A manual activation code of a customer.' })
export class ManualActivationCode {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) code!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) label!: string;
}

@ObjectType('ExternalContact', { description: 'An external contact of a customer.' })
export class ExternalContact {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) email!: string | null;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) phone!: string | null;
}

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
