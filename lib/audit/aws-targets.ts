/**
 * The ARNs an SDK command changes, read from its input (pure, so it is tested without AWS). Reads name no targets:
 * the audit trail records what a mutation touched.
 */
export function isMutation(commandName: string): boolean {
  return !/^(Get|List|Describe|Search|Head|Test)[A-Z]/.test(commandName);
}

export interface TargetScope {
  service: string;
  region: string;
  account?: string;
  /** API Gateway's REST path ("/restapis/abc/stages/prod"): its ARNs are built from it. */
  path?: string;
}

const EC2_RESOURCES: Record<string, string> = {
  VpcEndpointId: 'vpc-endpoint',
  VpcEndpointIds: 'vpc-endpoint',
  VpcId: 'vpc',
  SubnetIds: 'subnet',
  SecurityGroupIds: 'security-group',
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function targetsOf(input: unknown, scope: TargetScope): string[] {
  const out = new Set<string>();
  if (scope.service === 'apigateway' && scope.path) out.add(`arn:aws:apigateway:${scope.region}::${scope.path}`);
  if (typeof input === 'object' && input !== null) {
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      for (const s of strings(value)) {
        if (/arns?$/i.test(key) && s.startsWith('arn:')) out.add(s);
        else if (scope.service === 'ec2' && key in EC2_RESOURCES)
          out.add(`arn:aws:ec2:${scope.region}:${scope.account ?? ''}:${EC2_RESOURCES[key]}/${s}`);
        else if (scope.service === 'route53' && key === 'HostedZoneId')
          out.add(`arn:aws:route53:::hostedzone/${s.replace(/^\/?hostedzone\//, '')}`);
      }
    }
  }
  return [...out];
}
