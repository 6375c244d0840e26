import { AwsError, type ServiceHandler } from '../../core/types';

/** PLACEHOLDER created by the core so the tree compiles; owned by the route53 implementer, replace freely. */
export const handle: ServiceHandler = () => {
  throw new AwsError('InvalidInput', 400, 'route53 is not implemented in the emulator yet');
};
