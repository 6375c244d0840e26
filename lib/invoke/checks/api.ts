import { restApiExecuteArn } from '../../policies/arn';
import { SYMPTOMS } from '../symptoms';
import type { EndpointAccessMode, Prerequisite, ReadRestApiInfo, RestApiInfo, VpcEndpointInfo } from '../types';
import type { CheckContext } from './context';
import { policyPrerequisite } from './policy';
import { met, notMet, unknown } from './prereq';

/** Who configures the API, for questions from an account that cannot read it. */
function owner(api: RestApiInfo): string {
  return `the owner of API ${api.id} (account ${api.accountId})`;
}

/** A check of the configuration of an API this account cannot read (another account's). */
function askOwner(api: RestApiInfo, id: string, label: string, fix: string, symptom: string, ask: string) {
  return unknown(id, label, `This account cannot read API ${api.id} of account ${api.accountId}.`, fix, symptom, ask);
}

export function apiIsPrivate(api: RestApiInfo): Prerequisite {
  const label = 'API endpoint type is PRIVATE';
  if (api.unreadable)
    return askOwner(
      api,
      'api-private',
      label,
      'Call its public invoke URL or custom domain instead if it is not private.',
      SYMPTOMS.publicApiHijacked,
      `Ask ${owner(api)} whether the API's endpoint type is PRIVATE.`,
    );
  return api.endpointTypes.includes('PRIVATE')
    ? met('api-private', label, `${api.id} is a private API.`)
    : notMet(
        'api-private',
        label,
        `${api.id} is ${api.endpointTypes.join('/') || 'not private'}.`,
        'Call its public invoke URL or custom domain instead; these forms are for private APIs.',
        SYMPTOMS.publicApiHijacked,
      );
}

export function stageDeployed(api: RestApiInfo, stage: string): Prerequisite {
  const label = `Stage "${stage}" deployed`;
  if (api.unreadable)
    return askOwner(
      api,
      'stage-deployed',
      label,
      `The owner deploys the API to stage "${stage}" (CreateDeployment).`,
      SYMPTOMS.missingStage,
      `Ask ${owner(api)} whether stage "${stage}" exists and is deployed.`,
    );
  const s = api.stages.find((x) => x.name === stage);
  if (!s)
    return notMet(
      'stage-deployed',
      label,
      `API ${api.id} has no stage "${stage}".`,
      `Create a deployment with stage "${stage}" (CreateDeployment).`,
      SYMPTOMS.missingStage,
    );
  return s.deploymentId
    ? met('stage-deployed', label, `Stage "${stage}" points at deployment ${s.deploymentId}.`)
    : notMet(
        'stage-deployed',
        label,
        `Stage "${stage}" has no deployment.`,
        'Deploy the API to this stage (CreateDeployment).',
        SYMPTOMS.missingStage,
      );
}

export function executeApiEndpointEnabled(api: RestApiInfo): Prerequisite {
  const label = 'Default execute-api endpoint enabled';
  if (api.unreadable)
    return askOwner(
      api,
      'execute-api-endpoint',
      label,
      'The owner sets disableExecuteApiEndpoint to false.',
      SYMPTOMS.executeApiDisabled,
      `Ask ${owner(api)} whether disableExecuteApiEndpoint is false (the execute-api hostnames are refused otherwise).`,
    );
  return api.disableExecuteApiEndpoint
    ? notMet(
        'execute-api-endpoint',
        label,
        'disableExecuteApiEndpoint is true: every execute-api hostname is refused.',
        'Set disableExecuteApiEndpoint to false, or call through a private custom domain.',
        SYMPTOMS.executeApiDisabled,
      )
    : met('execute-api-endpoint', label, 'disableExecuteApiEndpoint is false.');
}

/** Resource the API policy is evaluated against for this request. */
export function apiRequestArn(api: RestApiInfo, stage: string, method: string, path: string): string {
  return restApiExecuteArn({
    region: api.region,
    accountId: api.accountId,
    apiId: api.id,
    stage,
    method: method.toUpperCase(),
    path,
  });
}

/** What the stage serves until the next deployment, when the console read it (its export). */
function deployedOf(api: RestApiInfo, stage: string) {
  return api.unreadable ? undefined : api.stages.find((s) => s.name === stage)?.deployed;
}

/**
 * The API policy in force for the request: the stage's deployed one when known (a policy change waits for the next
 * deployment, docs/aws/gotchas.md item 4), else the current one. When only the current, undeployed policy allows the
 * call, the API policy itself is fine and the missing link is the deployment: a `changes-deployed` prerequisite says
 * so. When the current policy would refuse a call the deployed one allows, the reason warns that the next deployment
 * breaks it.
 */
export function apiPolicyAllows(
  ctx: CheckContext,
  api: RestApiInfo,
  stage: string,
  path: string,
  askProvider?: string,
  id = 'api-policy',
): Prerequisite[] {
  const src = ctx.vpce ? `aws:SourceVpce ${ctx.vpce.id} (or aws:SourceVpc ${ctx.vpce.vpcId})` : 'the client endpoint';
  const policy = api.unreadable ? undefined : api.policy;
  const ask =
    askProvider ??
    (policy === undefined
      ? `Ask ${owner(api)} to allow execute-api:Invoke on ${apiRequestArn(api, stage, ctx.input.request.method, path)} from ${src} in the API's resource policy, and to redeploy stage "${stage}".`
      : undefined);
  const judge = (raw: string | null | undefined) =>
    policyPrerequisite(ctx, {
      id,
      label: `Resource policy of API ${api.id} allows this endpoint`,
      raw,
      resource: apiRequestArn(api, stage, ctx.input.request.method, path),
      scope: { kind: 'rest-api', region: api.region, accountId: api.accountId, apiId: api.id },
      fix: `Allow ${src} in the API's resource policy, then redeploy the API (CreateDeployment) — policy changes only apply after a deployment.`,
      askProvider: ask,
    });
  const current = judge(policy);
  const deployed = deployedOf(api, stage)?.policy;
  if (deployed === undefined) return [current];
  const inForce = judge(deployed);
  if (inForce.status === current.status) return [inForce];
  const served = `Stage "${stage}" serves the policy of its deployment: ${inForce.reason}`;
  if (current.status === 'met')
    return [
      { ...current, reason: `${current.reason} This is the API's current policy; it is not deployed yet.` },
      notMet(
        'changes-deployed',
        'Policy changes deployed',
        `${served} The API's current policy allows this call, but it is not deployed yet.`,
        `Redeploy the API to stage "${stage}" (CreateDeployment): the current policy takes effect with the next deployment.`,
        inForce.symptom ?? SYMPTOMS.notRedeployed,
      ),
    ];
  return [
    {
      ...inForce,
      reason: `${served} The API's current, undeployed policy would not allow this call: the next deployment breaks it (${current.reason})`,
    },
  ];
}

/**
 * The endpoint ids the API's deployments serve, over every deployed stage, when the console read them all (the
 * `{api-id}-{vpce-id}` alias is one name per API, whatever stage the URL names).
 */
function deployedEndpointIds(api: ReadRestApiInfo): string[] | undefined {
  const served = api.stages.filter((s) => s.deploymentId).map((s) => s.deployed?.vpcEndpointIds);
  if (served.length === 0 || served.some((ids) => ids === undefined)) return undefined;
  return served.flatMap((ids) => ids ?? []);
}

/**
 * The `{api-id}-{vpce-id}` alias exists while a deployment lists the endpoint (the association takes effect, and goes
 * away, with a deployment). Without it the public name is NXDOMAIN; but a VPC whose endpoint has private DNS on
 * answers every `*.execute-api` name itself, the alias too, and API Gateway then refuses the unknown alias (403).
 */
export function vpceAssociated(
  api: RestApiInfo,
  vpce: VpcEndpointInfo | undefined,
  privateDnsInVpc: boolean,
): Prerequisite {
  const label = 'Endpoint associated with the API (vpcEndpointIds, deployed)';
  const fix = `UpdateRestApi: add ${vpce?.id ?? 'the endpoint'} to /endpointConfiguration/vpcEndpointIds, then redeploy and wait a few minutes for DNS.`;
  const symptom = privateDnsInVpc ? SYMPTOMS.aliasNotServed : SYMPTOMS.aliasNotAssociated;
  if (!vpce) return notMet('vpce-associated', label, 'No endpoint is known.', fix, symptom);
  if (api.unreadable)
    return askOwner(
      api,
      'vpce-associated',
      label,
      fix,
      symptom,
      `Ask ${owner(api)} to add ${vpce.id} (account ${vpce.ownerAccountId}) to the API's vpcEndpointIds (UpdateRestApi /endpointConfiguration/vpcEndpointIds; an endpoint of another account may be associated) and to redeploy.`,
    );
  const now = api.vpcEndpointIds.includes(vpce.id);
  const deployed = deployedEndpointIds(api);
  const served = deployed === undefined ? now : deployed.includes(vpce.id);
  if (served)
    return met(
      'vpce-associated',
      label,
      now
        ? `${vpce.id} is in vpcEndpointIds of ${api.id}.`
        : `${vpce.id} was removed from vpcEndpointIds of ${api.id}, but a deployed stage still lists it: the alias works until every stage is redeployed.`,
    );
  return notMet(
    'vpce-associated',
    label,
    now
      ? `${vpce.id} is in vpcEndpointIds of ${api.id}, but no deployment lists it yet: the alias exists only after a redeployment.`
      : `${vpce.id} is not in vpcEndpointIds of ${api.id} (an association is DNS only; it grants nothing).`,
    now ? 'Redeploy the API (CreateDeployment) and wait a few minutes for DNS.' : fix,
    symptom,
  );
}

/**
 * In a VPC where another endpoint has private DNS on, its zone answers the `{api-id}-{vpce-id}` name too: the call
 * goes through that endpoint, not the one the alias names, and API Gateway does not serve it there (unverified;
 * the emulator refuses it the same way). Only for clients in the VPC.
 */
export function aliasReachesItsEndpoint(
  vpce: VpcEndpointInfo | undefined,
  privateDns: VpcEndpointInfo | undefined,
): Prerequisite | undefined {
  if (!vpce || !privateDns || privateDns.id === vpce.id) return undefined;
  return notMet(
    'private-dns',
    'The alias name reaches the endpoint it names',
    `${privateDns.id} has private DNS on in ${privateDns.vpcId}: its zone answers every *.execute-api name there, this alias too, so the call goes through ${privateDns.id} instead of ${vpce.id}.`,
    `Use the alias of ${privateDns.id}, or the endpoint-name forms (A2/A3) through ${vpce.id}.`,
    SYMPTOMS.aliasNotServed,
  );
}

export function privateDnsOn(vpce: VpcEndpointInfo | undefined): Prerequisite {
  const label = 'Endpoint private DNS enabled';
  const fix =
    "Enable private DNS on the endpoint (ModifyVpcEndpoint PrivateDnsEnabled=true) — note it makes public APIs' default URLs return 403 from this VPC — or use the alias or endpoint-hostname forms.";
  if (!vpce) return notMet('private-dns', label, 'No execute-api endpoint in the VPC.', fix, SYMPTOMS.privateDnsOff);
  return vpce.privateDnsEnabled
    ? met('private-dns', label, `${vpce.id} has private DNS on: *.execute-api names resolve to it inside the VPC.`)
    : notMet('private-dns', label, `${vpce.id} has private DNS off.`, fix, SYMPTOMS.privateDnsOff);
}

/**
 * STRICT endpoint access mode uses SNI host matching (AWS security-policies doc). Host-override forms send the
 * VPCE name as SNI and are refused; `unknownWhenHidden` covers consumers who cannot read the provider's setting.
 */
export function accessModeAllowsVpceHost(
  mode: EndpointAccessMode | undefined,
  owner: string,
  inference: boolean,
  hidden: boolean,
): Prerequisite {
  const label = 'Endpoint access mode is not STRICT';
  const fix = `Set endpointAccessMode to BASIC on ${owner}, or use a form whose hostname is the ${owner}'s own name.`;
  if (hidden) {
    return unknown(
      'access-mode',
      label,
      `This account cannot read the ${owner}'s security policy.`,
      fix,
      SYMPTOMS.strictAccessMode,
      `Ask the provider whether the ${owner} uses endpointAccessMode STRICT.`,
    );
  }
  if (mode === 'STRICT') {
    const why = inference
      ? 'STRICT matches the TLS SNI against the API hostname; this form sends the endpoint name as SNI (refusal inferred from the documented SNI matching).'
      : 'STRICT rejects requests whose Host differs from the TLS SNI.';
    return notMet('access-mode', label, why, fix, SYMPTOMS.strictAccessMode);
  }
  return met(
    'access-mode',
    label,
    mode === 'BASIC'
      ? 'endpointAccessMode is BASIC.'
      : 'No enhanced security policy / access mode set (legacy TLS policy).',
  );
}
