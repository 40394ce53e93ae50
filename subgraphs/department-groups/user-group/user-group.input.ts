import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateUserGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field() name!: string;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => [ID], { nullable: true, description: "Groups whose users this group's members can work with." })
  workWithIds?: string[];
  @Field(() => [ID], { nullable: true }) roleIds?: string[];
}

@InputType()
export class UpdateUserGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) userGroupId!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
}

@InputType()
export class SetUserGroupWorkWithInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) userGroupId!: string;
  @Field(() => [ID]) workWithIds!: string[];
}

@InputType()
export class SetUserGroupRolesInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) userGroupId!: string;
  @Field(() => [ID]) roleIds!: string[];
}

@InputType()
export class DeleteUserGroupInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) userGroupId!: string;
}
