import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateDepartmentInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}

@InputType()
export class CreateDepartmentGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field(() => [ID], { nullable: true, description: 'The member departments.' }) departmentIds?: string[];
}

@InputType()
export class SetDepartmentGroupDepartmentsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentGroupId!: string;
  @Field(() => [ID]) departmentIds!: string[];
}
