import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { PortalRole } from '../access/enums';

@InputType({
  description:
    'Give a registered account a portal role: name the server (SUPPORT), the conduit (conduit roles) or the customer (customer roles).',
})
export class AssignPortalRoleInput {
  @Field() email!: string;
  @Field(() => PortalRole) role!: PortalRole;
  @Field(() => ID, { nullable: true }) serverId?: string;
  @Field(() => ID, { nullable: true }) conduitId?: string;
  @Field(() => ID, { nullable: true }) customerId?: string;
}

@InputType()
export class PortalAssignmentRefInput {
  @Field(() => ID) assignmentId!: string;
}

@InputType()
export class PortalAssignmentCustomerInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) customerId!: string;
}

@ArgsType()
export class PortalUsersArgs extends PageArgs {
  @Field(() => PortalRole, { nullable: true, description: 'Only portal users holding this role.' }) role?: PortalRole;
}
