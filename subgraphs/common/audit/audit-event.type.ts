import { GraphQLJSONObject } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Public } from '../access/directive';
import { Connection } from '../pagination';

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

/*
 * Issue 13 "one vocabulary": ONE audit event type for every domain, a shareable value type (no key: it is reached
 * only through a list field, which carries the permission: Organization.auditLog for owners and administrators,
 * Customer.auditEvents for portal staff who view the customer). Its fields are therefore public markers.
 */
@ObjectType('AuditActor', {
  description:
    'Who made a change, as they were when they made it: kept on the event, so it outlives their membership and account.',
})
@Directive('@shareable')
export class AuditActor {
  /** The organization of the event (the field policy's scope). */
  organizationId!: string;
  @Field(() => ID, { nullable: true }) @Public() id!: string;
  @Field(() => String, { nullable: true }) @Public() name!: string | null;
  @Field(() => String, { nullable: true }) @Public() email!: string | null;
}

@ObjectType('AuditEvent', {
  description:
    'One change of access (X-3), in any domain: who did what to which target, before and after. Read through a list that carries its permission.',
})
@Directive('@shareable')
export class AuditEvent {
  /** The organization of the event (the field policy's scope). */
  organizationId!: string;
  @Field(() => ID) @Public() id!: string;
  @Field(() => AuditDomain, { nullable: true }) @Public() domain!: AuditDomain;
  @Field(() => String, { nullable: true, description: 'For example membership.role_changed or member.offboarded.' })
  @Public()
  action!: string;
  @Field(() => AuditActor, { nullable: true, description: 'Null for changes made by the system itself.' })
  @Public()
  actor!: AuditActor | null;
  @Field(() => String, { nullable: true }) @Public() targetType!: string;
  @Field(() => String, { nullable: true }) @Public() targetId!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @Public() before!: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @Public() after!: object | null;
  @Field(() => Date, { nullable: true }) @Public() createdAt!: Date;
}

@ObjectType('AuditEventConnection', {
  description: "A page of an organization's audit events, newest first.",
})
@Directive('@shareable')
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', { shareable: true }) {}
