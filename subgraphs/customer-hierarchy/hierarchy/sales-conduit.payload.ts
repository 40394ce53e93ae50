import { ChangePayload } from '../../common/payload';
import { SalesConduit } from './hierarchy.type';

export const CreateSalesConduitPayload = ChangePayload(
  'CreateSalesConduitPayload',
  'salesConduit',
  () => SalesConduit,
  'The sales conduit createSalesConduit created.',
);
