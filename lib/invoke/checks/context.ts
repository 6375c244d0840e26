import type { Caller } from '../../policies/evaluate';
import type { AuthorizationType, ClientSituation, InvokeInput, VpcEndpointInfo } from '../types';

/** Everything a check needs, resolved once by the engine. */
export interface CheckContext {
  input: InvokeInput;
  situation: ClientSituation;
  /** The endpoint the form's traffic goes through; undefined when none could be determined. */
  vpce?: VpcEndpointInfo;
  caller: Caller;
}

/** Requests without SigV4 reach policies as `anonymous` (docs/aws/policies.md#vpc-endpoint-policy). */
export function callerFor(auth: AuthorizationType, situation: ClientSituation): Caller {
  return auth === 'AWS_IAM'
    ? { kind: 'iam', accountId: situation.signer?.accountId, arn: situation.signer?.arn }
    : { kind: 'anonymous' };
}

export function callerLabel(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'anonymous' : (caller.arn ?? '<the signing IAM identity>');
}

export function isConsumer(ownerAccountId: string, input: InvokeInput): boolean {
  return ownerAccountId !== input.callerAccountId;
}
