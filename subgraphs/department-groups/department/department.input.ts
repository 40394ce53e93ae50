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

@InputType()
export class RenameDepartmentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentId!: string;
  @Field() name!: string;
}

@InputType()
export class DeleteDepartmentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Another department (one the caller sees) that receives this department’s chats; required when it has chats.',
  })
  reassignChatsToDepartmentId?: string;
}

@InputType()
export class RenameDepartmentGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentGroupId!: string;
  @Field() name!: string;
}

@InputType()
export class DeleteDepartmentGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) departmentGroupId!: string;
}
