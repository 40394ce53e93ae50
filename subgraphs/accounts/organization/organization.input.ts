import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateOrganizationInput {
  @Field() name!: string;
}

@InputType()
export class RenameOrganizationInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
}
