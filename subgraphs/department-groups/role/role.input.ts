import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'One grant: a catalogued module, one of its functions or *, and an optional JSON limitation.',
})
export class OperatorRoleGrantInput {
  @Field() module!: string;
  @Field() function!: string;
  @Field(() => String, { nullable: true, description: 'JSON object text, e.g. {"group":[2]}.' }) limitation?: string;
}

@InputType()
export class CreateOperatorRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field(() => [OperatorRoleGrantInput]) grants!: OperatorRoleGrantInput[];
}

@InputType()
export class SetOperatorRoleGrantsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => [OperatorRoleGrantInput]) grants!: OperatorRoleGrantInput[];
}
