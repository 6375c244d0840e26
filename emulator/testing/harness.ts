import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { ACMClient, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { EC2Client, CreateVpcCommand, CreateSubnetCommand, CreateVpcEndpointCommand } from '@aws-sdk/client-ec2';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server';

/** Test helpers: an in-process emulator on a free port and real SDK v3 clients pointed at it. */

export const PROVIDER = '111111111111';
export const CONSUMER = '222222222222';
export const OUTSIDER = '333333333333';
export const REGION = 'us-east-1';

export function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, statePath: 'memory', seed: { kind: 'none' }, ...options });
}

export interface ClientOptions {
  account?: string;
  region?: string;
  maxAttempts?: number;
}

/** Config shared by every SDK client: the access key id is the account, the secret is ignored. */
export function clientConfig(
  emulator: RunningEmulator,
  { account = PROVIDER, region = REGION, maxAttempts = 1 }: ClientOptions = {},
) {
  return {
    endpoint: emulator.url,
    region,
    maxAttempts,
    credentials: { accessKeyId: account, secretAccessKey: 'x' },
  };
}

/** A member the emulator always returns; a test fails here, naming it, when it does not. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The emulator answered without ${what}`);
  return value;
}

/** A policy document as the emulator returns it (only the members tests read). */
export interface PolicyDocument {
  Statement: Array<{ Effect: string; Principal?: unknown; Action?: unknown; Resource?: unknown; Condition?: unknown }>;
}

export function policyOf(text: string | undefined): PolicyDocument {
  return JSON.parse(present(text, 'a policy')) as PolicyDocument;
}

export const apiGateway = (emulator: RunningEmulator, options?: ClientOptions) =>
  new APIGatewayClient(clientConfig(emulator, options));

/** An issued ACM certificate for `domainName` (plus SANs) in the client's account and Region. */
export async function issuedCertificate(
  emulator: RunningEmulator,
  domainName: string,
  options?: ClientOptions,
  sans: string[] = [],
) {
  const acm = new ACMClient(clientConfig(emulator, options));
  const { CertificateArn } = await acm.send(
    new RequestCertificateCommand({ DomainName: domainName, SubjectAlternativeNames: sans.length ? sans : undefined }),
  );
  return present(CertificateArn, 'CertificateArn');
}

/** A VPC with two subnets and an execute-api interface endpoint; returns the endpoint id. */
export async function executeApiEndpoint(emulator: RunningEmulator, options: ClientOptions = {}) {
  const region = options.region ?? REGION;
  const ec2 = new EC2Client(clientConfig(emulator, options));
  const { Vpc } = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }));
  const vpcId = present(Vpc?.VpcId, 'Vpc.VpcId');
  const subnets = await Promise.all(
    ['a', 'b'].map((az, i) =>
      ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: `10.0.${i}.0/24`,
          AvailabilityZone: `${region}${az}`,
        }),
      ),
    ),
  );
  const { VpcEndpoint } = await ec2.send(
    new CreateVpcEndpointCommand({
      VpcId: vpcId,
      VpcEndpointType: 'Interface',
      ServiceName: `com.amazonaws.${region}.execute-api`,
      SubnetIds: subnets.map((s) => present(s.Subnet?.SubnetId, 'Subnet.SubnetId')),
      // A new VPC has enableDnsHostnames off, which private DNS requires.
      PrivateDnsEnabled: false,
    }),
  );
  return present(VpcEndpoint?.VpcEndpointId, 'VpcEndpoint.VpcEndpointId');
}

export const ALLOW_ALL_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
});
