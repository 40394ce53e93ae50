import { CountedConnection } from '../../common/pagination';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';

@ObjectType('OperatorRole', {
  description: 'A role of the live-chat operators: a list of (module, function, limitation) grants (LHC-3).',
})
export class OperatorRole {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') name!: string;
}

@ObjectType('OperatorRoleGrant', {
  description: 'One grant of a role; function `*` means every function of the module.',
})
export class OperatorRoleGrant {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true, description: 'Module code, e.g. lhchat.' })
  @RequiresPermission('organization:read')
  module!: string;
  @Field(() => String, { nullable: true, description: 'Function code, or * for all functions.' })
  @RequiresPermission('organization:read')
  function!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'For example {"group":[2]}.' })
  @RequiresPermission('organization:read')
  limitation!: Record<string, unknown> | null;
}

@ObjectType('RenameOperatorRolePayload', { description: 'The role as renamed.' })
export class RenameOperatorRolePayload {
  @Field(() => OperatorRole, { nullable: true }) @Public() operatorRole!: unknown;
}

export const DeleteOperatorRolePayload = RemovalPayload(
  'DeleteOperatorRolePayload',
  'deletedOperatorRoleId',
  'The id of the deleted role.',
);
export type DeleteOperatorRolePayload = InstanceType<typeof DeleteOperatorRolePayload>;

@ObjectType('OperatorRoleConnection', { description: "A page of an organization's operator roles, by name." })
export class OperatorRoleConnection extends CountedConnection(OperatorRole, 'OperatorRole') {}
