import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'May this account use module/function (on this department)?' })
export class OperatorPermissionDecisionInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field() module!: string;
  @Field() function!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Also decide whether the account sees this department (reads its chats, LHC-5).',
  })
  departmentId?: string;
}
