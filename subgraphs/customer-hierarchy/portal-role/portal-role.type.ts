import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { PortalRole } from '../access/enums';

const READ = 'portal:assignment:read';

@ObjectType('PortalRoleAssignment', {
  description:
    'A portal role held by an account and where its reach starts (ES-2). Read by its account, ROOT, and those who view portal users there.',
})
export class PortalRoleAssignment {
  @Field(() => ID) @Public() id!: string;
  @Field(() => PortalRole, { nullable: true }) @RequiresPermission(READ) role!: PortalRole;
  @Field(() => [ID], { nullable: true, description: 'Customers assigned to a sales rep or customer manager.' })
  @RequiresPermission(READ)
  customerIds!: string[];
}

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
