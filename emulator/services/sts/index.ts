import { AwsError, type ServiceHandler } from '../../core/types';
import { queryResponse } from '../../core/protocols/awsQuery';
import { paramsOf } from './input';

export const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/**
 * The caller is always the emulator's per-account IAM user: signatures are not verified, so there is no real
 * identity to report beyond the account the access key names.
 */
export function callerIdentity(account: string): { UserId: string; Account: string; Arn: string } {
  return { UserId: `AIDA${account}EMULATOR`, Account: account, Arn: `arn:aws:iam::${account}:user/emulator-user` };
}

export const handle: ServiceHandler = ({ req }) => {
  const params = paramsOf(req);
  const action = params.string('Action');
  if (!action) throw new AwsError('MissingAction', 400, 'The request must contain the parameter Action');
  if (action !== 'GetCallerIdentity') {
    throw new AwsError(
      'InvalidAction',
      400,
      `Could not find operation ${action} for version ${params.string('Version') ?? ''}`,
    );
  }
  return queryResponse(action, STS_XMLNS, callerIdentity(req.account));
};
