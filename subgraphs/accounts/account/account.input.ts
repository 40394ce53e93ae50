import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new account. The password is at least 8 characters.' })
export class SignUpInput {
  @Field() email!: string;
  @Field() name!: string;
  @Field() password!: string;
}

@InputType()
export class LogInInput {
  @Field() email!: string;
  @Field() password!: string;
}

@InputType({ description: 'What a member changes about itself. A new password needs the current one.' })
export class UpdateMeInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) password?: string | null;
  @Field(() => String, { nullable: true }) currentPassword?: string | null;
}

@InputType({ description: 'Deleting the signed-in account: its password again, as proof it is its owner.' })
export class DeleteAccountInput {
  @Field() password!: string;
}
