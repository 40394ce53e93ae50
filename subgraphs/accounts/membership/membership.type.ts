import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { Connection } from '../../common/pagination';
import { CustomRole, PrimaryRole } from '../../common/organization-access';

registerEnumType(PrimaryRole, {
  name: 'PrimaryRole',
  description: 'The Accounts role every membership has (GA-4).',
  valuesConfig: {
    OWNER: { description: 'Unique per organization; the creator first; changes only by transfer (GA-5).' },
    ADMINISTRATOR: { description: 'Manages the organization: members, roles, products (GA-6).' },
    MEMBER: { description: 'Manages only itself (GA-6).' },
  },
});
registerEnumType(CustomRole, {
  name: 'CustomRole',
  description: 'Optional extra roles of the Accounts product (GA-7).',
  valuesConfig: { BILLING_EDITOR: { description: 'Edits billing.' } },
});

@ObjectType('Membership', { description: "An account's place in an organization and its Accounts roles there (GA-3)." })
@Directive('@key(fields: "id")')
export class Membership {
  @Field(() => ID) @Public() id!: string;
  @Field(() => PrimaryRole, { nullable: true }) @RequiresPermission('membership:read') role!: PrimaryRole;
  @Field(() => Date, { nullable: true }) @RequiresPermission('membership:read') createdAt!: Date;
}

@ObjectType('MembershipConnection', { description: "A page of an organization's members, oldest first." })
export class MembershipConnection extends Connection(Membership, 'Membership') {
  organizationId!: string;
  @Field(() => Int, { description: 'Members of the organization in all.' }) @Public() totalCount!: number;
}
