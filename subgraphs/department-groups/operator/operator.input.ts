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
