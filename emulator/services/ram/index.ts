import { AwsError, type ServiceHandler } from '../../core/types';

/** PLACEHOLDER created by the core so the tree compiles; owned by the ram implementer, replace freely. */
export const handle: ServiceHandler = () => {
  throw new AwsError('UnknownOperationException', 400, 'ram is not implemented in the emulator yet');
};
