import { Field, ID, InputType } from 'type-graphql';
import { CustomRole, PrimaryRole } from '../../common/organization-access';

@InputType({ description: 'Adds a signed-up account by e-mail, as ADMINISTRATOR or MEMBER.' })
export class AddOrganizationMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field() email!: string;
  @Field(() => PrimaryRole) role!: PrimaryRole;
}

@InputType()
export class SetPrimaryRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => PrimaryRole) role!: PrimaryRole;
}

@InputType()
export class CustomRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
  @Field(() => CustomRole) role!: CustomRole;
}

@InputType({ description: 'Names a member of an organization.' })
export class OrganizationMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) accountId!: string;
}

@InputType()
export class LeaveOrganizationInput {
  @Field(() => ID) organizationId!: string;
}
