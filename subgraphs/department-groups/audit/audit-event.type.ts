import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';

@ObjectType('DepartmentGroupsAuditEvent', {
  description: 'One access change of the department-groups configuration (X-3).',
})
export class DepartmentGroupsAuditEvent {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:administer') action!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:administer') targetType!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:administer') targetId!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('organization:administer') before!:
    object | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('organization:administer') after!:
    object | null;
  @Field(() => Date, { nullable: true }) @RequiresPermission('organization:administer') createdAt!: Date;
}
