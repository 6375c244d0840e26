import { AwsError } from '../../core/types';
import type { Ec2State, VpcRecord } from './state';

/** Lives apart from vpcs.ts so subnets/security groups can use it without an import cycle. */
export function findVpc(ec2: Ec2State, account: string, region: string, vpcId: string): VpcRecord {
  const vpc = ec2.vpcs[vpcId];
  if (!vpc || vpc.ownerId !== account || vpc.region !== region) {
    throw new AwsError('InvalidVpcID.NotFound', 400, `The vpc ID '${vpcId}' does not exist`);
  }
  return vpc;
}
