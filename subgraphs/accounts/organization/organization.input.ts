import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateOrganizationInput {
  @Field() name!: string;
}
