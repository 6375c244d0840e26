import { SYMPTOMS } from '../symptoms';
import type { ClientSituation, Prerequisite, VpcDnsAttributes, VpcEndpointInfo } from '../types';
import { met, notMet, unknown } from './prereq';

export function vpceUsable(vpce: VpcEndpointInfo | undefined, situation: ClientSituation): Prerequisite {
  const label = 'execute-api VPC endpoint available';
  if (!vpce) {
    return notMet(
      'vpce-available',
      label,
      situation.vpceId
        ? `Endpoint ${situation.vpceId} is not among this account's execute-api endpoints.`
        : `No execute-api interface endpoint found in ${situation.vpcId ?? 'the client VPC'}.`,
      'Create an interface VPC endpoint for com.amazonaws.{region}.execute-api in the client VPC (subnets in ≥ 2 AZs, security group allowing inbound 443).',
      SYMPTOMS.unreachableEndpoint,
    );
  }
  if (vpce.state.toLowerCase() !== 'available') {
    return notMet(
      'vpce-available',
      label,
      `Endpoint ${vpce.id} is ${vpce.state}.`,
      'Wait until the endpoint is available (or fix a failed/rejected one).',
      SYMPTOMS.unreachableEndpoint,
    );
  }
  return met('vpce-available', label, `Endpoint ${vpce.id} is available.`);
}

export function sameRegion(
  vpce: VpcEndpointInfo | undefined,
  defaultRegion: string,
  targetRegion: string,
  what: string,
): Prerequisite {
  const label = `Endpoint in the ${what}'s Region`;
  const region = vpce?.region ?? defaultRegion;
  return region === targetRegion
    ? met('same-region', label, `Both are in ${region}.`)
    : notMet(
        'same-region',
        label,
        `Endpoint is in ${region}, the ${what} in ${targetRegion}: AWS requires the execute-api endpoint and the ${what} in one Region (an endpoint cannot reach, or be associated with, another Region's ${what}).`,
        `Call from a VPC with an execute-api endpoint in ${targetRegion} (or connect this VPC to one there, e.g. by peering or Transit Gateway, and use that endpoint).`,
        SYMPTOMS.wrongRegion,
      );
}

/** Private DNS and private hosted zones both need the two VPC DNS attributes (docs/aws/resources.md#private-dns-on-an-endpoint). */
export function vpcDnsAttributes(vpcs: VpcDnsAttributes[], vpcId: string | undefined, purpose: string): Prerequisite {
  const label = 'VPC enableDnsSupport and enableDnsHostnames';
  const vpc = vpcs.find((v) => v.vpcId === vpcId);
  const fix = `ModifyVpcAttribute on ${vpcId ?? 'the VPC'}: set enableDnsSupport and enableDnsHostnames to true.`;
  if (!vpc)
    return unknown(
      'vpc-dns-attributes',
      label,
      `DNS attributes of ${vpcId ?? 'the client VPC'} were not read.`,
      fix,
      SYMPTOMS.vpcDnsAttributes,
    );
  const off = [!vpc.enableDnsSupport && 'enableDnsSupport', !vpc.enableDnsHostnames && 'enableDnsHostnames'].filter(
    Boolean,
  );
  return off.length === 0
    ? met('vpc-dns-attributes', label, `Both are true on ${vpc.vpcId} (needed for ${purpose}).`)
    : notMet(
        'vpc-dns-attributes',
        label,
        `${off.join(' and ')} false on ${vpc.vpcId}; ${purpose} needs both.`,
        fix,
        SYMPTOMS.vpcDnsAttributes,
      );
}

/** On premises, names served only inside the VPC need a Resolver inbound endpoint and forwarding rules. */
export function onPremResolver(situation: ClientSituation, names: string, symptom: string): Prerequisite | undefined {
  if (situation.location !== 'on-premises') return undefined;
  const label = 'On-premises DNS forwards to the VPC resolver';
  const fix = `Create a Route 53 Resolver inbound endpoint in ${situation.vpcId ?? 'the VPC'} and forward ${names} from the on-premises DNS to it.`;
  if (situation.onPremResolverForwarding === undefined) {
    return unknown(
      'onprem-resolver',
      label,
      'Whether on-premises DNS forwards these names is not known to the console.',
      fix,
      symptom,
    );
  }
  return situation.onPremResolverForwarding
    ? met('onprem-resolver', label, `${names} are forwarded to the VPC resolver.`)
    : notMet('onprem-resolver', label, `${names} are not forwarded to the VPC resolver.`, fix, symptom);
}

/**
 * A VPC whose DHCP options name the operator's own DNS servers: names only the Amazon-provided resolver answers
 * (private hosted zones, endpoint private DNS) need a conditional forwarder on those servers to a Route 53 Resolver
 * inbound endpoint. AWS does not support forwarding to the VPC+2 address from other DNS servers.
 */
export function customResolver(situation: ClientSituation, names: string): Prerequisite | undefined {
  if (situation.location !== 'vpc' || situation.vpcResolver !== 'custom') return undefined;
  const label = 'Your DNS servers forward to a Route 53 Resolver inbound endpoint';
  const fix = `Create a Route 53 Resolver inbound endpoint in ${situation.vpcId ?? 'the VPC'} and, on your DNS servers, a conditional forwarder for ${names} to its IP addresses (forwarding to the VPC+2 address from other DNS servers is not supported). Also check that no Resolver forwarding rule sends these names elsewhere.`;
  if (situation.customResolverForwarding === undefined) {
    return unknown(
      'custom-resolver',
      label,
      `The VPC uses its own DNS servers; whether they forward ${names} to the Route 53 Resolver is not known to the console.`,
      fix,
      SYMPTOMS.customResolverNoForwarding,
    );
  }
  return situation.customResolverForwarding
    ? met('custom-resolver', label, `Your DNS servers forward ${names} to a Route 53 Resolver inbound endpoint.`)
    : notMet(
        'custom-resolver',
        label,
        `The VPC uses its own DNS servers and they do not forward ${names} to the Route 53 Resolver.`,
        fix,
        SYMPTOMS.customResolverNoForwarding,
      );
}
