import { ChangePayload } from '../../common/payload';
import { ProductCustomRole, ProductUser } from './product-user.type';

export const AssignProductRolePayload = ChangePayload(
  'AssignProductRolePayload',
  'productUser',
  () => ProductUser,
  'The product user assignProductRole changed.',
);

export const CreateProductRolePayload = ChangePayload(
  'CreateProductRolePayload',
  'productRole',
  () => ProductCustomRole,
  'The product role createProductRole created.',
);

export const DeactivateProductUserPayload = ChangePayload(
  'DeactivateProductUserPayload',
  'productUser',
  () => ProductUser,
  'The product user deactivateProductUser changed.',
);

export const ReactivateProductUserPayload = ChangePayload(
  'ReactivateProductUserPayload',
  'productUser',
  () => ProductUser,
  'The product user reactivateProductUser changed.',
);

export const UpdateProductRolePayload = ChangePayload(
  'UpdateProductRolePayload',
  'productRole',
  () => ProductCustomRole,
  'The product role updateProductRole changed.',
);

export const UpdateProductUserPayload = ChangePayload(
  'UpdateProductUserPayload',
  'productUser',
  () => ProductUser,
  'The product user updateProductUser changed.',
);
