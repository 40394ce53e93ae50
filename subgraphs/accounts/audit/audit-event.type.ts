import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Public, RequiresPermission } from '../../common/access/directive';
import { Connection } from '../../common/pagination';

@ObjectType('AuditEvent', {
  description: 'One change of access (X-3): who did what to which target, before and after.',
})
export class AuditEvent {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true, description: 'For example membership.role_changed.' })
  @RequiresPermission('organization:administer')
  action!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:administer') targetType!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:administer') targetId!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('organization:administer') before!:
    object | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('organization:administer') after!:
    object | null;
  @Field(() => Date, { nullable: true }) @RequiresPermission('organization:administer') createdAt!: Date;
}

@ObjectType('AuditEventConnection', { description: "A page of an organization's audit events, newest first." })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
