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
import type { AccountContext } from '@/lib/config/contexts';
import { TokenBucket } from './rate-limiter';
import { QuotaAwareRetryStrategy } from './retry-strategy';
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

function credentialsFor(context: AccountContext): AwsCredentialIdentityProvider {
  if (context.staticAccessKeyId) {
    const identity = { accessKeyId: context.staticAccessKeyId, secretAccessKey: 'emulator' };
    return async () => identity;
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

function build(context: AccountContext, region: string): AwsClients {
  const common = {
    region,
    credentials: credentialsFor(context),
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
  return {
    apigateway,
    ec2: new EC2Client(common),
    ram: new RAMClient(common),
    acm: new ACMClient(common),
    // Route 53 is global; its SigV4 scope is always us-east-1.
    route53: new Route53Client({ ...common, region: 'us-east-1' }),
    sts: new STSClient(common),
  };
}

/** SDK clients for the session's context and region, built once and reused across requests. */
export function getClients(session: Session): AwsClients {
  const key = `${session.context.id}|${session.region}`;
  let clients = clientCache.get(key);
  if (!clients) {
    clients = build(session.context, session.region);
    clientCache.set(key, clients);
  }
  return clients;
}
