import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { CountedConnection } from '../../common/pagination';
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

@ObjectType('PortalRoleAssignmentConnection', {
  description:
    'A page of portal users (their role assignments), by role, then assignment id; only those the caller may read.',
})
export class PortalRoleAssignmentConnection extends CountedConnection(PortalRoleAssignment, 'PortalRoleAssignment') {}
