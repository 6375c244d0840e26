import 'server-only';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { consoleTarget, endpointOverride } from '@/lib/config/target';
import type { AccountContext } from '@/lib/config/contexts';
import type { ConsoleUser } from '@/lib/model/access';

/** The emulator takes the access key id as the account; the console's own identity lives in this one. */
const EMULATOR_BASE_ACCOUNT = '111111111111';

/** The console's own credentials: what it assumes context roles from (and what /api/ready checks). */
export function baseCredentials(): AwsCredentialIdentityProvider {
  if (consoleTarget() === 'emulator') {
    const identity = {
      accessKeyId: EMULATOR_BASE_ACCOUNT,
      secretAccessKey: 'emulator',
    };
    return () => Promise.resolve(identity);
  }
  return fromNodeProviderChain();
}

export function stsRegion(): string {
  return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

let baseSts: STSClient | undefined;

export function baseStsClient(): STSClient {
  baseSts ??= new STSClient({ region: stsRegion(), credentials: baseCredentials(), endpoint: endpointOverride() });
  return baseSts;
}

/** CloudTrail's SourceIdentity and RoleSessionName allow [\w+=,.@-], 2–64 characters. */
export function sessionNameFor(user: ConsoleUser | undefined): string {
  const raw = user?.email ?? user?.sub ?? 'console';
  const cleaned = raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`;
}

/** Assumed-role credentials are reused until five minutes before they expire. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;
const assumed = new Map<string, Promise<AwsCredentialIdentity>>();

async function assume(context: AccountContext, user: ConsoleUser | undefined): Promise<AwsCredentialIdentity> {
  const name = sessionNameFor(user);
  const out = await baseStsClient().send(
    new AssumeRoleCommand({
      RoleArn: context.roleArn,
      RoleSessionName: name,
      SourceIdentity: name,
      ExternalId: context.externalId,
      DurationSeconds: 3600,
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`STS returned no credentials for ${context.roleArn}`);
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}

/**
 * Credentials for a context's role, assumed from the base credentials per signed-in user (SourceIdentity and the
 * session name carry the user, so CloudTrail records who acted), cached until shortly before expiry.
 */
export function assumedRoleCredentials(
  context: AccountContext,
  user: ConsoleUser | undefined,
): AwsCredentialIdentityProvider {
  const key = `${context.id}|${sessionNameFor(user)}`;
  return async () => {
    const cached = assumed.get(key);
    if (cached) {
      const identity = await cached.catch(() => undefined);
      if (identity && (!identity.expiration || identity.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS))
        return identity;
    }
    const fresh = assume(context, user);
    assumed.set(key, fresh);
    fresh.catch(() => assumed.delete(key));
    return fresh;
  };
}
