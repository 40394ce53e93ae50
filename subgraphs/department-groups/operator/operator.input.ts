import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateOperatorInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { description: 'A member of the organization.' }) accountId!: string;
  @Field(() => [ID], { description: 'At least one required group.' }) userGroupIds!: string[];
  @Field(() => [ID], { nullable: true }) departmentGroupIds?: string[];
}

@InputType()
export class SetOperatorUserGroupsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => [ID]) userGroupIds!: string[];
}

@InputType()
export class SetOperatorDepartmentGroupsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => [ID]) departmentGroupIds!: string[];
}

@InputType()
export class RemoveOperatorInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { description: 'The operator’s account; it stays a member of the organization.' })
  accountId!: string;
}

@InputType({
  description:
    'A registered account that is not yet a member, brought in as a plain MEMBER and placed as an operator (LHC-6).',
})
export class AddOperatorMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field({ description: 'The e-mail the person registered with (GA-1); NOT_REGISTERED otherwise.' }) email!: string;
  @Field(() => [ID], { description: 'At least one required group; only groups your groups work with (LHC-6).' })
  userGroupIds!: string[];
  @Field(() => [ID], { nullable: true, description: 'Only department groups you may assign (LHC-6).' })
  departmentGroupIds?: string[];
}
