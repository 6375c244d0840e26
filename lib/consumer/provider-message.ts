/**
 * What only the provider can do for a consumer (docs/aws/policies.md#two-policies-on-a-private-domain, docs/aws/cross-account.md#consumer step 6): the consumer cannot read or change
 * the domain's invoke policy or the mapped APIs' policies, and cannot see whether its endpoint is allowed.
 */
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';

export interface ProviderRequestInput {
  consumerAccountId: string;
  domainNameArn: string;
  endpoints: { vpceId: string; vpcId?: string; associationArn: string }[];
}

export interface ProviderRequest {
  /** One line per thing the provider must do, for the panel. */
  tasks: string[];
  /** Plain text the consumer pastes into a ticket or chat. */
  message: string;
}

export function providerRequest(input: ProviderRequestInput): ProviderRequest {
  const domain = parseDomainNameArn(input.domainNameArn);
  if (!domain) throw new Error(`Not a private domain ARN: ${input.domainNameArn}`);
  if (input.endpoints.length === 0) throw new Error('No associated endpoint to tell the provider about.');
  const vpces = input.endpoints.map((e) => e.vpceId);
  const list = vpces.join(', ');
  const plural = vpces.length > 1;
  const invokeArn = domainExecuteApiArn(domain);

  const tasks = [
    `Allow ${list} in the invoke policy of ${domain.domainName} (execute-api:Invoke on ${invokeArn}, condition aws:SourceVpce).`,
    `Allow ${list} in the resource policy of every API mapped to ${domain.domainName}, then redeploy each of those APIs.`,
    `Keep the access association${plural ? 's' : ''} from account ${input.consumerAccountId} (do not reject ${plural ? 'them' : 'it'}).`,
  ];

  const endpointLines = input.endpoints.map(
    (e) => `  - ${e.vpceId}${e.vpcId ? ` (VPC ${e.vpcId})` : ''}\n    access association: ${e.associationArn}`,
  );
  const message = [
    `Hello,`,
    ``,
    `Account ${input.consumerAccountId} has associated ${plural ? 'these VPC endpoints' : 'this VPC endpoint'} with your private custom domain ${domain.domainName} (${input.domainNameArn}) in ${domain.region}:`,
    ...endpointLines,
    ``,
    `We cannot change your policies ourselves, and until they allow ${plural ? 'these endpoints' : 'this endpoint'} every call from us gets 403 Forbidden. Please:`,
    ...tasks.map((t, i) => `${i + 1}. ${t}`),
    ``,
    `Thank you.`,
  ].join('\n');
  return { tasks, message };
}
