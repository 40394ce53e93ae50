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

@InputType('MemberFilter', { description: 'Which members to list; every given criterion must hold.' })
export class MemberFilter {
  @Field(() => String, {
    nullable: true,
    description: "Part of the member's name or e-mail, any letter case (1 to 100 characters).",
  })
  search?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exactly this e-mail, any letter case: finds one member to act on (GA-1).',
  })
  email?: string | null;
  @Field(() => [PrimaryRole], { nullable: true, description: 'Only these primary roles.' })
  roles?: PrimaryRole[] | null;
}
