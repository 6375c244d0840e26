import { SYMPTOMS } from '../symptoms';
import type { Prerequisite } from '../types';
import type { CheckContext } from './context';
import { unknown } from './prereq';

/** With AWS_IAM the signer's identity policy also counts; the console cannot read the client's. */
export function iamIdentity(ctx: CheckContext, resource: string): Prerequisite | undefined {
  if (ctx.input.authorizationType !== 'AWS_IAM') return undefined;
  return unknown(
    'iam-identity',
    'Signing identity may invoke (AWS_IAM)',
    "The method uses AWS_IAM: the request must be SigV4-signed and the signer's identity policy (with the resource policy) must allow execute-api:Invoke. The console cannot see the client's identity policy.",
    `Grant the client role execute-api:Invoke on ${resource} and sign every request (SigV4, service execute-api).`,
    SYMPTOMS.notSigned,
  );
}
