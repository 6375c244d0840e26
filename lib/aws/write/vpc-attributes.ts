import 'server-only';
import { ModifyVpcAttributeCommand } from '@aws-sdk/client-ec2';
import { getClients } from '../clients';
import type { Session } from '../session';

/**
 * Turns on what private hosted zones (and private DNS) need. EC2 takes one attribute per call, and DNS hostnames
 * can only be enabled once DNS support is on, hence the order.
 */
export async function enableVpcDns(
  session: Session,
  vpcId: string,
  current: { enableDnsSupport: boolean; enableDnsHostnames: boolean },
): Promise<void> {
  const ec2 = getClients(session).ec2;
  if (!current.enableDnsSupport)
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsSupport: { Value: true } }));
  if (!current.enableDnsHostnames)
    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
}
