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
import { TokenBucket } from './rate-limiter';
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
const apiGatewayBuckets = new Map<string, TokenBucket>();

function credentialsFor(session: Session): AwsCredentialIdentityProvider {
  const { context } = session;
  if (context.roleArn) return assumedRoleCredentials(context, session.user);
  if (context.staticAccessKeyId) {
    const identity = { accessKeyId: context.staticAccessKeyId, secretAccessKey: 'emulator' };
    return () => Promise.resolve(identity);
  }
  return fromNodeProviderChain(context.profile ? { profile: context.profile } : {});
}

function apiGatewayBucket(contextId: string): TokenBucket {
  let bucket = apiGatewayBuckets.get(contextId);
  if (!bucket) {
    bucket = new TokenBucket(10, 10);
    apiGatewayBuckets.set(contextId, bucket);
  }
  return bucket;
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
  // One bucket per account context across regions would be stricter than AWS; the quota is per account and Region.
  const bucket = apiGatewayBucket(`${context.id}:${region}`);
  apigateway.middlewareStack.add(
    (next) => async (args) => {
      await bucket.take();
      return next(args);
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
