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

@InputType()
export class RenameOperatorRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) roleId!: string;
  @Field() name!: string;
}

@InputType()
export class DeleteOperatorRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Another role that the user groups holding this one receive instead (LC-3); required while held.',
  })
  reassignToRoleId?: string;
}
