import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { Connection } from '../../common/pagination';

/** The domains whose events the audit log shows, one per subgraph that writes access changes. */
export enum AuditDomain {
  ACCOUNTS = 'accounts',
  PRODUCT_ROLES = 'product_roles',
  DEPARTMENT_GROUPS = 'department_groups',
  CUSTOMER_HIERARCHY = 'customer_hierarchy',
}

registerEnumType(AuditDomain, {
  name: 'AuditDomain',
  description: 'Which part of the system recorded an audit event.',
  valuesConfig: {
    ACCOUNTS: { description: 'Organizations, memberships, primary and custom roles.' },
    PRODUCT_ROLES: { description: 'Products, product users and roles, chatbot company users and invitations.' },
    DEPARTMENT_GROUPS: { description: 'Departments, department groups, user groups, live-chat roles and operators.' },
    CUSTOMER_HIERARCHY: { description: 'The reseller hierarchy: customers, billing, portal roles, associations.' },
  },
});

const READ = 'organization:administer';

@ObjectType('AuditActor', {
  description:
    'Who made a change, as they were when they made it: kept on the event, so it outlives their membership and account.',
})
export class AuditActor {
  /** The organization of the event (the field policy's scope). */
  organizationId!: string;
  @Field(() => ID, { nullable: true }) @RequiresPermission(READ) id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) name!: string | null;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) email!: string | null;
}

@ObjectType('AuditEvent', {
  description: 'One change of access (X-3), in any domain: who did what to which target, before and after.',
})
export class AuditEvent {
  /** The organization of the event (the field policy's scope). */
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => AuditDomain, { nullable: true }) @RequiresPermission(READ) domain!: AuditDomain;
  @Field(() => String, { nullable: true, description: 'For example membership.role_changed or member.offboarded.' })
  @RequiresPermission(READ)
  action!: string;
  @Field(() => AuditActor, { nullable: true, description: 'Null for changes made by the system itself.' })
  @RequiresPermission(READ)
  actor!: AuditActor | null;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) targetType!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) targetId!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission(READ) before!: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission(READ) after!: object | null;
  @Field(() => Date, { nullable: true }) @RequiresPermission(READ) createdAt!: Date;
}

@ObjectType('AuditEventConnection', {
  description: "A page of an organization's audit events across every domain, newest first.",
})
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
