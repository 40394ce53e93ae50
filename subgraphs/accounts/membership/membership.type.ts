import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { Connection } from '../../common/pagination';
import { CustomRole, PrimaryRole } from '../../common/organization-access';
import { Organization } from '../organization/organization.type';
import { RemovalPayload } from '../../common/payload';

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

/** How a member list is sorted (ties by joining order). */
export enum MemberOrder {
  JOINED = 'JOINED',
  NAME = 'NAME',
}

registerEnumType(MemberOrder, {
  name: 'MemberOrder',
  description: 'How a member list is sorted; ties keep the joining order.',
  valuesConfig: {
    JOINED: { description: 'Oldest membership first (the default).' },
    NAME: { description: "By the account's name, any letter case." },
  },
});

@ObjectType('Membership', { description: "An account's place in an organization and its Accounts roles there (GA-3)." })
@Directive('@key(fields: "id")')
export class Membership {
  @Field(() => ID) @Public() id!: string;
  @Field(() => PrimaryRole, { nullable: true }) @RequiresPermission('membership:read') role!: PrimaryRole;
  @Field(() => Date, { nullable: true }) @RequiresPermission('membership:read') createdAt!: Date;
}

@ObjectType('MembershipConnection', { description: "A page of an organization's members." })
export class MembershipConnection extends Connection(Membership, 'Membership') {
  organizationId!: string;
  /** The validated filter the page was asked with (totalCount counts the same members). */
  filter!: MemberListFilter;
  @Field(() => Int, { description: 'Members matching the filter, in all.' }) @Public() totalCount!: number;
}

/** A validated member filter and order, as the loaders take it (a plain JSON value: part of the batch key). */
export interface MemberListFilter {
  search: string | null;
  email: string | null;
  roles: PrimaryRole[] | null;
  order: MemberOrder;
}

export const RemoveOrganizationMemberPayload = RemovalPayload(
  'RemoveOrganizationMemberPayload',
  'removedMembershipId',
  'The organization after the removal, and the id of the removed membership, for clients to evict it.',
  { field: 'organization', type: () => Organization },
);
export type RemoveOrganizationMemberPayload = InstanceType<typeof RemoveOrganizationMemberPayload>;

export const LeaveOrganizationPayload = RemovalPayload(
  'LeaveOrganizationPayload',
  'removedMembershipId',
  "The id of the caller's former membership, for clients to evict it (the organization is no longer theirs to read).",
);
export type LeaveOrganizationPayload = InstanceType<typeof LeaveOrganizationPayload>;
