import type { EmulatorState } from '../core/state';
import { DEFAULT_SCALE_SIZES, type ScaleSizes } from '../core/seedSpec';
import { createAccessAssociation } from '../services/apigateway/accessAssociations';
import { createBasePathMapping } from '../services/apigateway/basePathMappings';
import { createDomainName } from '../services/apigateway/domainNames';
import type { StoredDomainName, StoredRestApi } from '../services/apigateway/state';
import { createVpcEndpoint, type VpcEndpointRecord } from '../services/ec2/index';
import { acceptInvitation, createResourceShare, DOMAIN_PERMISSION_ARN, type ShareRecord } from '../services/ram/index';
import { scaleAccount, scaleAccounts } from './accounts';
import { seedApi } from './seed-apis';
import { seedCertificate } from './seed-certificates';
import { seedPrivateZoneAlias } from './seed-dns';
import { seedNetwork } from './seed-network';
import { allowOnlyFromEndpoints } from './seed-policies';
import { entry } from '../core/entry';

const REGION = 'us-east-1';
const ENDPOINTS_PER_VPC = 20;
/** Accounts with fewer APIs than this get only private ones. */
const REGIONAL_APIS_FROM = 20;
const REGIONAL_APIS = 10;
const SHARES = 5;
/** Domains each account associates its own endpoints with. */
const OWN_ASSOCIATIONS = 20;
/** The first ACCEPTED_SHARES shares of each account are accepted by their principals, the rest stay pending. */
const ACCEPTED_SHARES = 3;

/**
 * `scale:N`: N accounts that each own hundreds of APIs and endpoints and the per-account domain quota, share
 * their domains with the next two accounts (or two outside accounts when N = 1) and associate their own
 * endpoints with every domain shared with them that they accepted. For load and paging tests, not for reading.
 */
export function applyScaleSeed(
  state: EmulatorState,
  accounts: number,
  now: Date,
  sizes: ScaleSizes = DEFAULT_SCALE_SIZES,
): void {
  const owned = scaleAccounts(accounts).map((account) => seedAccount(state, account, sizes, now));
  owned.forEach((data, i) => seedShares(state, data, partnersOf(i, accounts), now));
  owned.forEach((data) => associateSharedDomains(state, data, now));
}

interface AccountData {
  account: string;
  endpoints: VpcEndpointRecord[];
  domains: StoredDomainName[];
  shares: ShareRecord[];
}

function partnersOf(index: number, accounts: number): string[] {
  if (accounts === 1) return ['999900000001', '999900000002'];
  return [...new Set([1, 2].map((step) => scaleAccount((index + step) % accounts)))].filter(
    (a) => a !== scaleAccount(index),
  );
}

function seedAccount(state: EmulatorState, account: string, sizes: ScaleSizes, now: Date): AccountData {
  const endpoints: VpcEndpointRecord[] = [];
  const vpcs = Math.ceil(sizes.endpoints / ENDPOINTS_PER_VPC);
  for (let v = 0; v < vpcs; v++) {
    const network = seedNetwork(state, account, REGION, {
      vpc: { name: `workload-${v}`, cidr: `10.${v}.0.0/16` },
      subnets: [
        { az: `${REGION}a`, cidr: `10.${v}.1.0/24`, name: `workload-${v}-a` },
        { az: `${REGION}b`, cidr: `10.${v}.2.0/24`, name: `workload-${v}-b` },
      ],
      securityGroup: { name: `workload-${v}-execute-api` },
      dnsHostnames: true,
    });
    for (let e = 0; e < Math.min(ENDPOINTS_PER_VPC, sizes.endpoints - v * ENDPOINTS_PER_VPC); e++) {
      endpoints.push(
        createVpcEndpoint(
          state,
          account,
          REGION,
          {
            vpcId: network.vpc.vpcId,
            serviceName: `com.amazonaws.${REGION}.execute-api`,
            vpcEndpointType: 'Interface',
            subnetIds: network.subnets.map((s) => s.subnetId),
            securityGroupIds: [network.group.groupId],
            // Only one endpoint per VPC can own the private execute-api name.
            privateDnsEnabled: e === 0,
            tags: { Name: `workload-${v}-endpoint-${e}` },
          },
          now,
        ),
      );
    }
  }
  const cert = seedCertificate(
    state,
    account,
    REGION,
    {
      domainName: '*.scale.example.com',
      sans: [`*.acct${account}.scale.example.com`],
      issuedDaysAgo: 30,
      validityDays: 395,
    },
    now,
  );
  const allowed = allowOnlyFromEndpoints(endpoints.slice(0, 5).map((e) => e.vpcEndpointId));
  const privateApis = sizes.apis >= REGIONAL_APIS_FROM ? sizes.apis - REGIONAL_APIS : sizes.apis;
  const apis: StoredRestApi[] = [];
  for (let a = 0; a < sizes.apis; a++) {
    const regional = a >= privateApis;
    apis.push(
      seedApi(
        state,
        account,
        REGION,
        {
          name: `${regional ? 'public' : 'service'}-${String(a).padStart(3, '0')}-api`,
          description: `Scale-seed API ${a}`,
          type: regional ? 'REGIONAL' : 'PRIVATE',
          policy: allowed,
          routes: { '/items': ['GET', 'POST'], '/items/{id}': ['GET'] },
          stages: ['prod'],
        },
        now,
      ),
    );
  }
  const domains: StoredDomainName[] = [];
  for (let d = 0; d < sizes.domains; d++) {
    // The first domain has the same name in every account: names are not identifiers.
    const name =
      d === 0 ? 'api.scale.example.com' : `svc-${String(d).padStart(2, '0')}.acct${account}.scale.example.com`;
    const domain = createDomainName(
      state,
      account,
      REGION,
      {
        domainName: name,
        certificateArn: cert.certificateArn,
        endpointConfiguration: { types: ['PRIVATE'] },
        securityPolicy: 'TLS_1_2',
        policy: d % 10 === 9 ? undefined : allowed,
      },
      now,
    );
    for (let m = 0; m < 1 + (d % 3); m++) {
      createBasePathMapping(state, account, REGION, domain, {
        restApiId: apis[(d * 3 + m) % privateApis].id,
        basePath: `v${m + 1}`,
        stage: 'prod',
      });
    }
    domains.push(domain);
  }
  domains
    .slice(0, Math.min(OWN_ASSOCIATIONS, endpoints.length))
    .forEach((domain, i) => associate(state, account, domain, endpoints[i], now));
  seedPrivateZoneAlias(state, account, { domainName: domains[0].domainName, vpce: endpoints[0] }, now);
  return { account, endpoints, domains, shares: [] };
}

function seedShares(state: EmulatorState, data: AccountData, principals: string[], now: Date): void {
  const perShare = Math.ceil(data.domains.length / SHARES);
  for (let s = 0; s < SHARES; s++) {
    const share = createResourceShare(
      state,
      data.account,
      REGION,
      {
        name: `domains-batch-${s}`,
        resourceArns: data.domains.slice(s * perShare, (s + 1) * perShare).map((d) => d.domainNameArn),
        principals,
        permissionArns: [DOMAIN_PERMISSION_ARN],
      },
      now,
    );
    data.shares.push(share);
    if (s >= ACCEPTED_SHARES) continue;
    for (const invitation of Object.values(state.ram.byAccount[data.account].invitations)) {
      // Outside accounts (N = 1) own no data and never answer their invitations.
      if (
        invitation.resourceShareArn === share.resourceShareArn &&
        entry(state.apigateway.byAccount, invitation.receiverAccountId) !== undefined
      ) {
        acceptInvitation(state, invitation.receiverAccountId, REGION, invitation.resourceShareInvitationArn, now);
      }
    }
  }
}

/** Consumers associate one of their endpoints with each accepted shared domain (same-named domains skipped). */
function associateSharedDomains(state: EmulatorState, data: AccountData, now: Date): void {
  let next = OWN_ASSOCIATIONS;
  for (const invitation of Object.values(state.ram.byAccount).flatMap((r) => Object.values(r.invitations))) {
    if (invitation.receiverAccountId !== data.account || invitation.status !== 'ACCEPTED') continue;
    const share = state.ram.byAccount[invitation.senderAccountId].shares[invitation.resourceShareArn];
    for (const resource of share.resources) {
      const domain = state.apigateway.byAccount[invitation.senderAccountId][REGION].domainNames.find(
        (d) => d.domainNameArn === resource.arn,
      );
      if (!domain || domain.domainName === 'api.scale.example.com') continue;
      associate(state, data.account, domain, data.endpoints[next++ % data.endpoints.length], now);
    }
  }
}

function associate(
  state: EmulatorState,
  account: string,
  domain: StoredDomainName,
  vpce: VpcEndpointRecord,
  now: Date,
): void {
  createAccessAssociation(
    state,
    account,
    REGION,
    {
      domainNameArn: domain.domainNameArn,
      accessAssociationSourceType: 'VPCE',
      accessAssociationSource: vpce.vpcEndpointId,
    },
    now,
  );
}
