import { TokenBuckets, type BucketSpec } from './tokenBucket';
import type { EmulatorRequest } from './types';

/** Control-plane rate limits from docs/aws/quotas.md, for EMULATOR_QUOTAS=aws. */
const API_GATEWAY_ACCOUNT: BucketSpec = { capacity: 40, refillPerSecond: 10 };
const API_GATEWAY_OPERATIONS: Record<string, BucketSpec> = {
  CreateDomainName: { capacity: 1, refillPerSecond: 1 / 30 },
  UpdateDomainName: { capacity: 1, refillPerSecond: 1 / 30 },
  DeleteDomainName: { capacity: 1, refillPerSecond: 1 / 30 },
  CreateRestApi: { capacity: 1, refillPerSecond: 1 / 3 },
  DeleteRestApi: { capacity: 1, refillPerSecond: 1 / 30 },
  CreateDeployment: { capacity: 1, refillPerSecond: 1 / 5 },
  GetResources: { capacity: 5, refillPerSecond: 5 / 2 },
};
const ROUTE53_ACCOUNT: BucketSpec = { capacity: 50, refillPerSecond: 10 };
const ROUTE53_OPERATIONS: Record<string, BucketSpec> = { CreateHostedZone: { capacity: 40, refillPerSecond: 2 } };
const EC2_NON_MUTATING: BucketSpec = { capacity: 100, refillPerSecond: 20 };
const EC2_MUTATING: BucketSpec = { capacity: 50, refillPerSecond: 5 };

/** Seconds to wait (> 0) when the call is throttled, 0 when it may proceed. RAM, ACM and STS are not limited. */
export type QuotaCheck = (req: EmulatorRequest, operation: string | undefined, nowMs: number) => number;

export function createQuotaCheck(): { check: QuotaCheck; reset(): void } {
  const buckets = new TokenBuckets();
  const check: QuotaCheck = (req, operation, nowMs) => {
    const scope = `${req.service}:${req.account}:${req.region}`;
    const requests: Array<{ key: string; spec: BucketSpec }> = [];
    if (req.service === 'apigateway') {
      requests.push({ key: scope, spec: API_GATEWAY_ACCOUNT });
      const perOperation = operation ? API_GATEWAY_OPERATIONS[operation] : undefined;
      if (perOperation) requests.push({ key: `${scope}:${operation}`, spec: perOperation });
    } else if (req.service === 'route53') {
      // Route 53 is global: one bucket per account whatever Region the request was signed for.
      requests.push({ key: `route53:${req.account}`, spec: ROUTE53_ACCOUNT });
      const perOperation = operation ? ROUTE53_OPERATIONS[operation] : undefined;
      if (perOperation) requests.push({ key: `route53:${req.account}:${operation}`, spec: perOperation });
    } else if (req.service === 'ec2') {
      const mutating = !operation?.startsWith('Describe');
      requests.push({
        key: `${scope}:${mutating ? 'mutating' : 'describe'}`,
        spec: mutating ? EC2_MUTATING : EC2_NON_MUTATING,
      });
    } else {
      return 0;
    }
    return buckets.takeAll(requests, nowMs);
  };
  return { check, reset: () => buckets.clear() };
}
