import 'server-only';
import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { EC2Client } from '@aws-sdk/client-ec2';
import { RAMClient } from '@aws-sdk/client-ram';
import { ACMClient } from '@aws-sdk/client-acm';
import { Route53Client } from '@aws-sdk/client-route-53';
import { STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { env } from '@/lib/config/env';
import { endpointOverride } from '@/lib/config/target';
import { AdaptiveTokenBucket } from './rate-limiter';
import { currentPriority } from './read-cache';
import { QuotaAwareRetryStrategy } from './retry-strategy';
import { recordForAudit } from './audit-middleware';
import { assumedRoleCredentials, sessionNameFor } from './credentials';
import type { Session } from './session';

export interface AwsClients {
  apigateway: APIGatewayClient;
  ec2: EC2Client;
  ram: RAMClient;
  acm: ACMClient;
  route53: Route53Client;
  sts: STSClient;
}

const clientCache = new Map<string, AwsClients>();
const apiGatewayBuckets = new Map<string, AdaptiveTokenBucket>();

/** API Gateway's control-plane quota per account and Region (docs/aws/quotas.md). */
const API_GATEWAY_QUOTA = { ratePerSecond: 10, burst: 40 };

function credentialsFor(session: Session): AwsCredentialIdentityProvider {
  const { context } = session;
  if (context.roleArn) return assumedRoleCredentials(context, session.user);
  if (context.staticAccessKeyId) {
    const identity = { accessKeyId: context.staticAccessKeyId, secretAccessKey: 'emulator' };
    return () => Promise.resolve(identity);
  }
  return fromNodeProviderChain(context.profile ? { profile: context.profile } : {});
}

/** One bucket per account and Region: two contexts (profiles) of the same account share the quota. */
function apiGatewayBucket({ context, region }: Session): AdaptiveTokenBucket {
  const key = `${context.accountId ?? context.id}:${region}`;
  let bucket = apiGatewayBuckets.get(key);
  if (!bucket) {
    const share = env().CONSOLE_APIGATEWAY_QUOTA_SHARE;
    bucket = new AdaptiveTokenBucket({
      ratePerSecond: API_GATEWAY_QUOTA.ratePerSecond * share,
      capacity: Math.max(1, Math.floor(API_GATEWAY_QUOTA.burst * share)),
    });
    apiGatewayBuckets.set(key, bucket);
  }
  return bucket;
}

function isThrottled(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return status === 429;
}

function build(session: Session): AwsClients {
  const { context, region } = session;
  const common = {
    region,
    credentials: credentialsFor(session),
    endpoint: endpointOverride(),
    retryStrategy: new QuotaAwareRetryStrategy(env().CONSOLE_AWS_MAX_ATTEMPTS),
  };
  const apigateway = new APIGatewayClient(common);
  const bucket = apiGatewayBucket(session);
  // Added after the retry middleware in the same step, so every attempt (retries too) takes a token; a 429
  // (another tool uses the rest of the quota) slows every client of the account down.
  apigateway.middlewareStack.add(
    (next) => async (args) => {
      await bucket.take(currentPriority());
      try {
        return await next(args);
      } catch (error) {
        if (isThrottled(error)) bucket.throttled();
        throw error;
      }
    },
    { step: 'finalizeRequest', name: 'consoleApiGatewayRateLimit' },
  );
  const clients: AwsClients = {
    apigateway,
    ec2: new EC2Client(common),
    ram: new RAMClient(common),
    acm: new ACMClient(common),
    // Route 53 is global; its SigV4 scope is always us-east-1.
    route53: new Route53Client({ ...common, region: 'us-east-1' }),
    sts: new STSClient(common),
  };
  const { accountId } = context;
  recordForAudit(clients.apigateway, 'apigateway', region, accountId);
  recordForAudit(clients.ec2, 'ec2', region, accountId);
  recordForAudit(clients.ram, 'ram', region, accountId);
  recordForAudit(clients.acm, 'acm', region, accountId);
  recordForAudit(clients.route53, 'route53', region, accountId);
  recordForAudit(clients.sts, 'sts', region, accountId);
  return clients;
}

/** About how many background API Gateway calls the session's account and Region can make within `ms`. */
export function apiGatewayBackgroundCallsWithin(session: Session, ms: number): number {
  return apiGatewayBucket(session).backgroundCallsWithin(ms);
}

/** SDK clients for the session's context and region, built once and reused across requests. */
export function getClients(session: Session): AwsClients {
  // Assumed roles carry the user as SourceIdentity: one set of clients per user there.
  const who = session.context.roleArn ? `|${sessionNameFor(session.user)}` : '';
  const key = `${session.context.id}|${session.region}${who}`;
  let clients = clientCache.get(key);
  if (!clients) {
    clients = build(session);
    clientCache.set(key, clients);
  }
  return clients;
}
