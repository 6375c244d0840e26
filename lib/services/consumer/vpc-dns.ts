import 'server-only';
import type { Session } from '@/lib/aws/session';
import { getVpcDnsAttributes } from '@/lib/aws/read/vpc-endpoints';
import { enableVpcDns } from '@/lib/aws/write/vpc-attributes';

/** Turns on DNS support and DNS hostnames, the two attributes a private hosted zone needs to resolve in a VPC. */
export async function turnOnVpcDns(
  session: Session,
  vpcId: string,
): Promise<{ vpcId: string; enableDnsSupport: true; enableDnsHostnames: true }> {
  const current = await getVpcDnsAttributes(session, vpcId);
  await enableVpcDns(session, vpcId, current);
  return { vpcId, enableDnsSupport: true, enableDnsHostnames: true };
}
