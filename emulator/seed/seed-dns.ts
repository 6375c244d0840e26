import type { EmulatorState } from '../core/state';
import { dnsEntries, type VpcEndpointRecord } from '../services/ec2/index';
import { changeResourceRecordSets, createHostedZone } from '../services/route53/index';

/**
 * The consumer-side DNS step (docs/aws/url-forms.md#dns-for-a-private-custom-domain): a private hosted zone named like the custom domain on the
 * endpoint's VPC, with an alias A record to the endpoint's regional DNS name.
 */
export function seedPrivateZoneAlias(
  state: EmulatorState,
  account: string,
  opts: { zoneId?: string; domainName: string; vpce: VpcEndpointRecord },
  now: Date,
): void {
  const { zone } = createHostedZone(
    state,
    account,
    {
      id: opts.zoneId,
      name: opts.domainName,
      callerReference: `seed-${opts.domainName}-${opts.vpce.vpcId}`,
      comment: `Private custom domain ${opts.domainName} via ${opts.vpce.vpcEndpointId}`,
      vpc: { vpcId: opts.vpce.vpcId, vpcRegion: opts.vpce.region },
    },
    now,
  );
  const regional = dnsEntries(state.ec2, opts.vpce)[0];
  changeResourceRecordSets(
    state,
    account,
    zone.id,
    [
      {
        action: 'CREATE',
        record: {
          name: opts.domainName,
          type: 'A',
          aliasTarget: { hostedZoneId: regional.hostedZoneId, dnsName: regional.dnsName, evaluateTargetHealth: false },
        },
      },
    ],
    now,
  );
}
