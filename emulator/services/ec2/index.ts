import { AwsError, type ServiceHandler } from '../../core/types';

/** PLACEHOLDER created by the core so the tree compiles; owned by the ec2 implementer, replace freely. */
export const handle: ServiceHandler = () => {
  throw new AwsError('InvalidAction', 400, 'ec2 is not implemented in the emulator yet');
};
