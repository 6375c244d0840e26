import { AwsError, type ServiceHandler } from '../../core/types';
import { queryResponse } from '../../core/protocols/awsQuery';
import type { XmlElement } from '../../core/protocols/xml';
import { paramsOf } from './input';
import { assumedRoleArn, assumedRoleId, assumeRole, sessionOf } from './sessions';

export const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

interface CallerIdentity extends XmlElement {
  UserId: string;
  Account: string;
  Arn: string;
}

/**
 * Without a session token the caller is the emulator's per-account IAM user: signatures are not verified, so
 * there is no real identity to report beyond the account the access key names.
 */
export function callerIdentity(account: string): CallerIdentity {
  return { UserId: `AIDA${account}EMULATOR`, Account: account, Arn: `arn:aws:iam::${account}:user/emulator-user` };
}

export const handle: ServiceHandler = (ctx) => {
  const { req } = ctx;
  const params = paramsOf(req);
  const action = params.string('Action');
  if (!action) throw new AwsError('MissingAction', 400, 'The request must contain the parameter Action');
  if (action === 'GetCallerIdentity') {
    const token = req.headers['x-amz-security-token'] ?? req.query.get('X-Amz-Security-Token') ?? undefined;
    const session = sessionOf(ctx.state, Array.isArray(token) ? token[0] : token, ctx.now());
    if (!session || session.accessKeyId !== req.account)
      return queryResponse(action, STS_XMLNS, callerIdentity(req.account));
    return queryResponse(action, STS_XMLNS, {
      UserId: assumedRoleId(session),
      Account: session.accessKeyId,
      Arn: assumedRoleArn(session),
    });
  }
  if (action === 'AssumeRole') {
    const session = assumeRole(
      ctx.state,
      req.account,
      {
        roleArn: params.required('RoleArn'),
        roleSessionName: params.required('RoleSessionName'),
        durationSeconds: params.integer('DurationSeconds'),
        externalId: params.string('ExternalId'),
        sourceIdentity: params.string('SourceIdentity'),
      },
      ctx.now(),
    );
    ctx.commit();
    return queryResponse(action, STS_XMLNS, {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: 'emulator-secret',
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
      AssumedRoleUser: { AssumedRoleId: assumedRoleId(session), Arn: assumedRoleArn(session) },
      PackedPolicySize: 0,
      SourceIdentity: session.sourceIdentity,
    });
  }
  throw new AwsError(
    'InvalidAction',
    400,
    `Could not find operation ${action} for version ${params.string('Version') ?? ''}`,
  );
};
