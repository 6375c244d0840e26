import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorState } from '../../core/state';
import { entry } from '../../core/entry';
import { AwsError } from '../../core/types';
import type { StsSession } from './state';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const SOURCE_IDENTITY = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
  externalId?: string;
  sourceIdentity?: string;
}

/**
 * Issue temporary credentials for a role. Trust policies are not evaluated (any caller may assume any role); the
 * access key id is the role's account, so every later call with these credentials acts in that account.
 */
export function assumeRole(state: EmulatorState, callerAccount: string, input: AssumeRoleInput, now: Date): StsSession {
  const role = ROLE_ARN.exec(input.roleArn);
  if (!role)
    throw validation(`Value '${input.roleArn}' at 'roleArn' failed to satisfy constraint: Member must be a role ARN`);
  check('roleSessionName', input.roleSessionName, SESSION_NAME);
  if (input.externalId !== undefined) check('externalId', input.externalId, EXTERNAL_ID);
  if (input.sourceIdentity !== undefined) {
    check('sourceIdentity', input.sourceIdentity, SOURCE_IDENTITY);
    if (input.sourceIdentity.toLowerCase().startsWith('aws:')) {
      throw validation("Value at 'sourceIdentity' failed to satisfy constraint: Member must not start with 'aws:'");
    }
  }
  const duration = input.durationSeconds ?? 3600;
  if (!Number.isInteger(duration) || duration < 900 || duration > 43_200) {
    throw validation(
      `Value '${duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  }
  const session: StsSession = {
    accessKeyId: role[1],
    sessionToken: `EMULATOR${randomBytes(24).toString('base64url')}`,
    roleArn: input.roleArn,
    roleSessionName: input.roleSessionName,
    externalId: input.externalId,
    sourceIdentity: input.sourceIdentity,
    callerAccount,
    issuedAt: now.toISOString(),
    expiration: new Date(now.getTime() + duration * 1000).toISOString(),
  };
  state.sts.sessions[session.sessionToken] = session;
  return session;
}

/** The live session a request's security token names, if any. */
export function sessionOf(state: EmulatorState, sessionToken: string | undefined, now: Date): StsSession | undefined {
  if (!sessionToken) return undefined;
  const session = entry(state.sts.sessions, sessionToken);
  if (session && Date.parse(session.expiration) <= now.getTime()) {
    throw new AwsError('ExpiredToken', 400, 'The security token included in the request is expired');
  }
  return session;
}

/** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`, as AWS reports an assumed role. */
export function assumedRoleArn(session: StsSession): string {
  const roleName = session.roleArn.split('/').at(-1) ?? '';
  const partition = session.roleArn.split(':')[1];
  return `arn:${partition}:sts::${session.accessKeyId}:assumed-role/${roleName}/${session.roleSessionName}`;
}

/** `AROA…:SESSION`: a stable role id per role ARN, then the session name. */
export function assumedRoleId(session: StsSession): string {
  const roleId = createHash('sha256').update(session.roleArn).digest('hex').slice(0, 17).toUpperCase();
  return `AROA${roleId}:${session.roleSessionName}`;
}

function check(member: string, value: string, pattern: RegExp): void {
  if (!pattern.test(value)) {
    throw validation(
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern.source}`,
    );
  }
}

function validation(message: string): AwsError {
  return new AwsError('ValidationError', 400, `1 validation error detected: ${message}`);
}
