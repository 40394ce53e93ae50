import { ChangePayload } from '../../common/payload';
import { EnabledProduct } from './product.type';

export const EnableProductPayload = ChangePayload(
  'EnableProductPayload',
  'enabledProduct',
  () => EnabledProduct,
  'The enabled product enableProduct created.',
);
