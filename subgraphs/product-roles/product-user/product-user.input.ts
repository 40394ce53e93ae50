import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Adds a member to a product with a secondary role; the custom role defaults to Operator.' })
export class AssignProductRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field() product!: string;
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) customRoleId?: string | null;
}

@InputType()
export class UpdateProductUserInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field() product!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => ID, { nullable: true }) customRoleId?: string | null;
}

@InputType({ description: 'Names a user of a product.' })
export class ProductUserInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field() product!: string;
}

@InputType()
export class CreateProductRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field() product!: string;
  @Field() name!: string;
  @Field(() => [String]) permissions!: string[];
}

@InputType()
export class UpdateProductRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field() product!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => [String], { nullable: true }) permissions?: string[] | null;
}

@InputType({ description: 'Deleting a role users hold needs reassignToRoleId (LC-3).' })
export class DeleteProductRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field() product!: string;
  @Field(() => ID) roleId!: string;
  @Field(() => ID, { nullable: true }) reassignToRoleId?: string | null;
}
