import { z } from 'zod';
import { decodeOffsetToken, encodeOffsetToken } from '../ec2/paging';
import { parseXmlRequest, xmlResponse } from '../../core/protocols/restXml';
import { AwsError, type EmulatorResponse, type ServiceContext, type ServiceHandler } from '../../core/types';
import { wireName } from './names';
import { changeResourceRecordSets, listResourceRecordSets } from './records';
import { changeInfoXml, delegationSetXml, hostedZoneXml, recordSetXml, vpcsXml, zoneSummaryXml } from './wire';
import { asArray, child, maxItems, queryOf, requiredText, text } from './xml-input';
import {
  associateVpcWithHostedZone,
  createHostedZone,
  deleteHostedZone,
  disassociateVpcFromHostedZone,
  findHostedZone,
  listHostedZones,
  listHostedZonesByVpc,
} from './zones';
import { entry } from '../../core/entry';

const CHANGE_ACTION = z.enum(['CREATE', 'UPSERT', 'DELETE']);

type Route = { method: string; pattern: RegExp; run: (ctx: ServiceContext, id: string) => EmulatorResponse };

const ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/2013-04-01\/hostedzone\/?$/, run: createZone },
  { method: 'GET', pattern: /^\/2013-04-01\/hostedzone\/?$/, run: listZones },
  { method: 'GET', pattern: /^\/2013-04-01\/hostedzonesbyvpc\/?$/, run: listZonesByVpc },
  { method: 'GET', pattern: /^\/2013-04-01\/hostedzone\/(.+?)\/rrset\/?$/, run: listRecords },
  { method: 'POST', pattern: /^\/2013-04-01\/hostedzone\/(.+?)\/rrset\/?$/, run: changeRecords },
  { method: 'POST', pattern: /^\/2013-04-01\/hostedzone\/([^/]+)\/associatevpc\/?$/, run: associateVpc },
  { method: 'POST', pattern: /^\/2013-04-01\/hostedzone\/([^/]+)\/disassociatevpc\/?$/, run: disassociateVpc },
  { method: 'GET', pattern: /^\/2013-04-01\/hostedzone\/([^/]+)$/, run: getZone },
  { method: 'DELETE', pattern: /^\/2013-04-01\/hostedzone\/([^/]+)$/, run: deleteZone },
  { method: 'GET', pattern: /^\/2013-04-01\/change\/([^/]+)$/, run: getChange },
];

/** restXml; AwsErrors are rendered by the core in the Route 53 error envelope. */
export const handle: ServiceHandler = (ctx) => {
  const path = decodeURIComponent(ctx.req.rawPath).replace(
    /^\/2013-04-01\/hostedzone\/hostedzone\//,
    '/2013-04-01/hostedzone/',
  );
  for (const route of ROUTES) {
    const match = route.method === ctx.req.method ? route.pattern.exec(path) : null;
    if (match) return route.run(ctx, match.at(1) ?? '');
  }
  throw new AwsError(
    'InvalidInput',
    400,
    `The emulator does not implement Route 53 ${ctx.req.method} ${ctx.req.rawPath}`,
  );
};

function createZone(ctx: ServiceContext): EmulatorResponse {
  const body = parseXmlRequest(ctx.req, 'CreateHostedZoneRequest');
  const vpc = child(body, 'VPC');
  const config = child(body, 'HostedZoneConfig');
  const { zone, change } = createHostedZone(
    ctx.state,
    ctx.req.account,
    {
      name: requiredText(body, 'Name'),
      callerReference: requiredText(body, 'CallerReference'),
      comment: text(config, 'Comment'),
      privateZone: text(config, 'PrivateZone') === 'true',
      vpc: vpc && { vpcId: requiredText(vpc, 'VPCId'), vpcRegion: requiredText(vpc, 'VPCRegion') },
    },
    ctx.now(),
  );
  ctx.commit();
  return xmlResponse(
    201,
    'CreateHostedZoneResponse',
    {
      HostedZone: hostedZoneXml(zone),
      ChangeInfo: changeInfoXml(change, 'PENDING'),
      DelegationSet: delegationSetXml(zone),
      VPC: zone.privateZone ? { VPCRegion: zone.vpcs[0].vpcRegion, VPCId: zone.vpcs[0].vpcId } : undefined,
    },
    { location: `https://route53.amazonaws.com/2013-04-01/hostedzone/${zone.id}` },
  );
}

function listZones(ctx: ServiceContext): EmulatorResponse {
  const q = queryOf(ctx.req);
  const type = q.string('hostedzonetype');
  if (type !== undefined && type !== 'PrivateHostedZone')
    throw new AwsError('InvalidInput', 400, `Invalid value for hostedzonetype: ${type}`);
  const zones = listHostedZones(ctx.state.route53, ctx.req.account, type === 'PrivateHostedZone');
  const max = maxItems(q.string('maxitems'), 100);
  const marker = q.string('marker');
  const start = marker === undefined ? 0 : zones.findIndex((z) => z.id === marker);
  if (start < 0) throw new AwsError('InvalidInput', 400, `Invalid value for marker: ${marker}`);
  const page = zones.slice(start, start + max);
  const next = zones.at(start + max);
  return xmlResponse(200, 'ListHostedZonesResponse', {
    HostedZones: { HostedZone: page.map(hostedZoneXml) },
    Marker: marker,
    IsTruncated: String(next !== undefined),
    NextMarker: next?.id,
    MaxItems: String(max),
  });
}

function getZone(ctx: ServiceContext, id: string): EmulatorResponse {
  const zone = findHostedZone(ctx.state.route53, ctx.req.account, id);
  return xmlResponse(200, 'GetHostedZoneResponse', {
    HostedZone: hostedZoneXml(zone),
    DelegationSet: delegationSetXml(zone),
    VPCs: vpcsXml(zone),
  });
}

function deleteZone(ctx: ServiceContext, id: string): EmulatorResponse {
  const change = deleteHostedZone(ctx.state.route53, ctx.req.account, id, ctx.now());
  ctx.commit();
  return xmlResponse(200, 'DeleteHostedZoneResponse', { ChangeInfo: changeInfoXml(change, 'PENDING') });
}

/** The `VPC` element both association requests carry. */
function requestVpc(ctx: ServiceContext, root: string): { vpcId: string; vpcRegion: string } {
  const vpc = child(parseXmlRequest(ctx.req, root), 'VPC');
  if (!vpc) throw new AwsError('InvalidInput', 400, 'Invalid request: VPC is required');
  return { vpcId: requiredText(vpc, 'VPCId'), vpcRegion: requiredText(vpc, 'VPCRegion') };
}

function associateVpc(ctx: ServiceContext, id: string): EmulatorResponse {
  const vpc = requestVpc(ctx, 'AssociateVPCWithHostedZoneRequest');
  const change = associateVpcWithHostedZone(ctx.state, { account: ctx.req.account, id, vpc }, ctx.now());
  ctx.commit();
  return xmlResponse(200, 'AssociateVPCWithHostedZoneResponse', { ChangeInfo: changeInfoXml(change, 'PENDING') });
}

function disassociateVpc(ctx: ServiceContext, id: string): EmulatorResponse {
  const vpc = requestVpc(ctx, 'DisassociateVPCFromHostedZoneRequest');
  const change = disassociateVpcFromHostedZone(ctx.state, { account: ctx.req.account, id, vpc }, ctx.now());
  ctx.commit();
  return xmlResponse(200, 'DisassociateVPCFromHostedZoneResponse', { ChangeInfo: changeInfoXml(change, 'PENDING') });
}

function listZonesByVpc(ctx: ServiceContext): EmulatorResponse {
  const q = queryOf(ctx.req);
  const vpcId = q.string('vpcid');
  const vpcRegion = q.string('vpcregion');
  if (!vpcId || !vpcRegion)
    throw new AwsError('InvalidInput', 400, 'Invalid request: vpcid and vpcregion are required');
  const summaries = listHostedZonesByVpc(ctx.state, ctx.req.account, { vpcId, vpcRegion });
  const max = maxItems(q.string('maxitems'), 100);
  const token = q.string('nexttoken');
  const start =
    token === undefined
      ? 0
      : decodeOffsetToken(
          token,
          () => new AwsError('InvalidPaginationToken', 400, 'The specified pagination token is not valid.'),
        );
  const end = start + max;
  return xmlResponse(200, 'ListHostedZonesByVPCResponse', {
    HostedZoneSummaries: { HostedZoneSummary: summaries.slice(start, end).map(zoneSummaryXml) },
    MaxItems: String(max),
    NextToken: end < summaries.length ? encodeOffsetToken(end) : undefined,
  });
}

function changeRecords(ctx: ServiceContext, id: string): EmulatorResponse {
  const body = parseXmlRequest(ctx.req, 'ChangeResourceRecordSetsRequest');
  const batch = child(body, 'ChangeBatch');
  const changes = asArray(child(batch, 'Changes')?.Change).map((change) => {
    const requested = requiredText(change, 'Action');
    const action = CHANGE_ACTION.safeParse(requested);
    if (!action.success) {
      throw new AwsError(
        'InvalidInput',
        400,
        `Invalid request: Action must be CREATE, DELETE or UPSERT, got ${requested}`,
      );
    }
    const set = child(change, 'ResourceRecordSet');
    if (text(set, 'SetIdentifier') !== undefined) {
      throw new AwsError(
        'InvalidInput',
        400,
        'Invalid request: routing policies (SetIdentifier) are not supported by the emulator',
      );
    }
    const alias = child(set, 'AliasTarget');
    const ttl = text(set, 'TTL');
    const values = child(set, 'ResourceRecords');
    return {
      action: action.data,
      record: {
        name: requiredText(set, 'Name'),
        type: requiredText(set, 'Type'),
        ttl: ttl === undefined ? undefined : Number(ttl),
        values: values && asArray(values.ResourceRecord).map((r) => requiredText(r, 'Value')),
        aliasTarget: alias && {
          hostedZoneId: requiredText(alias, 'HostedZoneId'),
          dnsName: requiredText(alias, 'DNSName'),
          evaluateTargetHealth: text(alias, 'EvaluateTargetHealth') === 'true',
        },
      },
    };
  });
  const change = changeResourceRecordSets(ctx.state, ctx.req.account, id, changes, ctx.now(), text(batch, 'Comment'));
  ctx.commit();
  return xmlResponse(200, 'ChangeResourceRecordSetsResponse', { ChangeInfo: changeInfoXml(change, 'PENDING') });
}

function listRecords(ctx: ServiceContext, id: string): EmulatorResponse {
  const q = queryOf(ctx.req);
  const max = maxItems(q.string('maxitems'), 300);
  const page = listResourceRecordSets(ctx.state.route53, ctx.req.account, id, {
    startName: q.string('name'),
    startType: q.string('type'),
    maxItems: max,
  });
  return xmlResponse(200, 'ListResourceRecordSetsResponse', {
    ResourceRecordSets: { ResourceRecordSet: page.records.map(recordSetXml) },
    IsTruncated: String(page.next !== undefined),
    NextRecordName: page.next && wireName(page.next.name),
    NextRecordType: page.next?.type,
    MaxItems: String(max),
  });
}

function getChange(ctx: ServiceContext, id: string): EmulatorResponse {
  const change = entry(entry(ctx.state.route53.byAccount, ctx.req.account)?.changes ?? {}, id);
  if (!change) throw new AwsError('NoSuchChange', 404, `A change with the specified change ID does not exist: ${id}`);
  return xmlResponse(200, 'GetChangeResponse', { ChangeInfo: changeInfoXml(change, 'INSYNC') });
}
