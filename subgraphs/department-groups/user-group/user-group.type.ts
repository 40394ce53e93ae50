import { CountedConnection } from '../../common/pagination';
import { Field, ID, ObjectType } from 'type-graphql';
import { Public, RequiresPermission } from '../../common/access/directive';
import { RemovalPayload } from '../../common/payload';

@ObjectType('UserGroup', {
  description: 'A user group (LHC-2): holds roles; its members can work with the groups listed in workWith.',
})
export class UserGroup {
  @Field(() => ID) @Public() id!: string;
  @Field(() => String, { nullable: true }) @RequiresPermission('organization:read') name!: string;
  @Field(() => Boolean, { nullable: true, description: 'Every operator keeps at least one required group (LHC-4).' })
  @RequiresPermission('organization:read')
  required!: boolean;
}

export const DeleteUserGroupPayload = RemovalPayload(
  'DeleteUserGroupPayload',
  'deletedUserGroupId',
  'The id of the deleted user group.',
);
export type DeleteUserGroupPayload = InstanceType<typeof DeleteUserGroupPayload>;

@ObjectType('UserGroupConnection', { description: "A page of an organization's user groups, by name." })
export class UserGroupConnection extends CountedConnection(UserGroup, 'UserGroup') {}
