import { CountedConnection } from '../../common/pagination';
import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

const READ = 'portal:hierarchy:read';

@ObjectType('CustomerDepartment', {
  description: 'A department of a customer (ES-1); associations link departments (ES-5).',
})
export class CustomerDepartment {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('CustomerGroup', { description: 'A group of a customer.' })
export class CustomerGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('BroadcastGroup', { description: 'A broadcast group of a customer.' })
export class BroadcastGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
}

@ObjectType('EndUser', { description: 'An end user of a customer (the seed\'s "Users"; not a portal user).' })
export class EndUser {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) email!: string;
}

@ObjectType('CustomerNote', { description: 'A note on a customer (View Notes).' })
export class CustomerNote {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('portal:view:notes') body!: string;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:view:notes') createdAt!: Date;
  @Field(() => Date, { nullable: true }) @RequiresPermission('portal:view:notes') updatedAt!: Date;
}

@ObjectType('ManualActivationCode', { description: 'A manual activation code of a customer.' })
export class ManualActivationCode {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) code!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) label!: string;
}

@ObjectType('ExternalContact', { description: 'An external contact of a customer.' })
export class ExternalContact {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) email!: string | null;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) phone!: string | null;
}

@ObjectType('EndUserConnection', {
  description: 'A page of end users (of a customer, or of one of its groups), by e-mail.',
})
export class EndUserConnection extends CountedConnection(EndUser, 'EndUser') {}

@ObjectType('CustomerDepartmentConnection', { description: "A page of a customer's departments, by name." })
export class CustomerDepartmentConnection extends CountedConnection(CustomerDepartment, 'CustomerDepartment') {}

@ObjectType('CustomerGroupConnection', { description: "A page of a customer's groups, by name." })
export class CustomerGroupConnection extends CountedConnection(CustomerGroup, 'CustomerGroup') {}

@ObjectType('BroadcastGroupConnection', { description: "A page of a customer's broadcast groups, by name." })
export class BroadcastGroupConnection extends CountedConnection(BroadcastGroup, 'BroadcastGroup') {}

@ObjectType('ManualActivationCodeConnection', { description: "A page of a customer's activation codes, by label." })
export class ManualActivationCodeConnection extends CountedConnection(ManualActivationCode, 'ManualActivationCode') {}

@ObjectType('ExternalContactConnection', { description: "A page of a customer's external contacts, by name." })
export class ExternalContactConnection extends CountedConnection(ExternalContact, 'ExternalContact') {}

@ObjectType('CustomerNoteConnection', { description: "A page of a customer's notes, oldest first." })
export class CustomerNoteConnection extends CountedConnection(CustomerNote, 'CustomerNote') {}

@ObjectType('AddCustomerGroupMembersPayload', { description: 'The group and the end users that were added.' })
export class AddCustomerGroupMembersPayload {
  @Field(() => CustomerGroup, { nullable: true }) @Public() group!: unknown;
  @Field(() => [ID], { description: 'Added now (those already members are not listed).' })
  @Public()
  addedEndUserIds!: string[];
}

@ObjectType('RemoveCustomerGroupMembersPayload', { description: 'The group and the end users that left it.' })
export class RemoveCustomerGroupMembersPayload {
  @Field(() => CustomerGroup, { nullable: true }) @Public() group!: unknown;
  @Field(() => [ID]) @Public() removedEndUserIds!: string[];
}

@ObjectType('AddBroadcastGroupMembersPayload', { description: 'The broadcast group and the end users added.' })
export class AddBroadcastGroupMembersPayload {
  @Field(() => BroadcastGroup, { nullable: true }) @Public() broadcastGroup!: unknown;
  @Field(() => [ID]) @Public() addedEndUserIds!: string[];
}

@ObjectType('RemoveBroadcastGroupMembersPayload', { description: 'The broadcast group and the end users removed.' })
export class RemoveBroadcastGroupMembersPayload {
  @Field(() => BroadcastGroup, { nullable: true }) @Public() broadcastGroup!: unknown;
  @Field(() => [ID]) @Public() removedEndUserIds!: string[];
}
