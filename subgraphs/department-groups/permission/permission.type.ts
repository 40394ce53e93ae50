import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { RequiresPermission } from '../../common/access/directive';

@ObjectType('OperatorPermission', {
  description: 'One effective permission and the user group → role → grant that gives it (LHC-7).',
})
export class OperatorPermission {
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') module!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') function!: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) @RequiresPermission('organization:read') limitation!: Record<
    string,
    unknown
  > | null;
}

@ObjectType('OperatorPermissionDecision', {
  description: 'X-2: allowed or denied, with the grants that decided or what is missing.',
})
export class OperatorPermissionDecision {
  @Field(() => Boolean, { nullable: true }) @RequiresPermission('organization:read') allowed!: boolean;
  @Field(() => [OperatorPermission], { nullable: true })
  @RequiresPermission('organization:read')
  decidedBy!: OperatorPermission[];
  @Field(() => [String], { nullable: true, description: 'e.g. lhuser/createuser, or department:<id>.' })
  @RequiresPermission('organization:read')
  missing!: string[];
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') reason!: string;
}
