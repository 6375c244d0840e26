import { AwsError } from '../../core/types';
import { findOwned, type Ec2State, type VpcRecord } from './state';

/** Lives apart from vpcs.ts so subnets/security groups can use it without an import cycle. */
export function findVpc(ec2: Ec2State, account: string, region: string, vpcId: string): VpcRecord {
  const vpc = findOwned(ec2, account, region, 'vpcs', vpcId);
  if (!vpc) {
    throw new AwsError('InvalidVpcID.NotFound', 400, `The vpc ID '${vpcId}' does not exist`);
  }
  return vpc;
}
