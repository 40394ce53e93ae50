import { ChangePayload } from '../../common/payload';
import { Organization } from './organization.type';

export const CreateOrganizationPayload = ChangePayload(
  'CreateOrganizationPayload',
  'organization',
  () => Organization,
  'The organization createOrganization created.',
);

export const RenameOrganizationPayload = ChangePayload(
  'RenameOrganizationPayload',
  'organization',
  () => Organization,
  'The organization renameOrganization changed.',
);
