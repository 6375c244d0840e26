/** A session issued by AssumeRole; its SessionToken names it on later calls. */
export interface StsSession {
  /** The role's 12-digit account: the emulator routes by access key, so the session lands in that account. */
  accessKeyId: string;
  sessionToken: string;
  roleArn: string;
  roleSessionName: string;
  externalId?: string;
  sourceIdentity?: string;
  /** The account whose credentials called AssumeRole. */
  callerAccount: string;
  issuedAt: string;
  expiration: string;
}

export interface StsState {
  /** Keyed by session token. */
  sessions: Record<string, StsSession>;
}

export function emptyStsState(): StsState {
  return { sessions: {} };
}
