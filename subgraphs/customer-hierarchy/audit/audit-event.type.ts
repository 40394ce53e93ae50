import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

const READ = 'portal:audit:read';

@ObjectType('CustomerHierarchyAuditEvent', { description: 'One change of a customer in the reseller hierarchy (X-3).' })
export class CustomerHierarchyAuditEvent {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) action!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) targetType!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission(READ) targetId!: string;
  @Field(() => ID, { nullable: true }) @RequiresPermission(READ) actorAccountId!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission(READ) before!: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission(READ) after!: object | null;
  @Field(() => Date, { nullable: true }) @RequiresPermission(READ) createdAt!: Date;
}
