import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateDepartmentAssociationInput {
  @Field(() => ID) departmentId!: string;
  @Field(() => ID) otherDepartmentId!: string;
}

@InputType()
export class DeleteDepartmentAssociationInput {
  @Field(() => ID) associationId!: string;
}
