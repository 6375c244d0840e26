import { dnsEntries, VPCE_PUBLIC_HOSTED_ZONE_IDS, type Ec2State } from '../ec2/index';
import type { AliasTarget, HostedZoneRecord } from './state';

/**
 * Why an alias target is invalid, or undefined when it is fine. Targets the emulator knows are checked:
 * records in the same zone, and interface endpoint names in the VPCE hosted zones (the consumer's
 * "alias A → regional VPCE DNS name" step). Other targets (CloudFront, ELB, …) are accepted as given.
 */
export function aliasTargetProblem(
  ec2: Ec2State,
  zone: HostedZoneRecord,
  recordName: string,
  type: string,
  target: AliasTarget,
): string | undefined {
  const where = `Tried to create an alias that targets ${target.dnsName}, type ${type} in zone ${target.hostedZoneId}`;
  if (target.hostedZoneId === zone.id) {
    return zone.records.some((r) => r.name === target.dnsName && r.type === type)
      ? undefined
      : `${where}, but that target was not found`;
  }
  const region = Object.entries(VPCE_PUBLIC_HOSTED_ZONE_IDS).find(([, id]) => id === target.hostedZoneId)?.[0];
  if (region === undefined) return undefined;
  const known = Object.values(ec2.byAccount).some((account) =>
    Object.values(account.vpcEndpoints).some(
      (vpce) =>
        vpce.region === region &&
        dnsEntries(ec2, vpce).some((e) => `${e.dnsName}.` === target.dnsName && e.hostedZoneId === target.hostedZoneId),
    ),
  );
  return known ? undefined : `${where}, but the alias target name does not lie within the target zone`;
}
