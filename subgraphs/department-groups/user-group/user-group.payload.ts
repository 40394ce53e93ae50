import { ChangePayload } from '../../common/payload';
import { UserGroup } from './user-group.type';

export const CreateUserGroupPayload = ChangePayload(
  'CreateUserGroupPayload',
  'userGroup',
  () => UserGroup,
  'The user group createUserGroup created.',
);

export const SetUserGroupRolesPayload = ChangePayload(
  'SetUserGroupRolesPayload',
  'userGroup',
  () => UserGroup,
  'The user group setUserGroupRoles changed.',
);

export const SetUserGroupWorkWithPayload = ChangePayload(
  'SetUserGroupWorkWithPayload',
  'userGroup',
  () => UserGroup,
  'The user group setUserGroupWorkWith changed.',
);

export const UpdateUserGroupPayload = ChangePayload(
  'UpdateUserGroupPayload',
  'userGroup',
  () => UserGroup,
  'The user group updateUserGroup changed.',
);
