import { missingCredentials } from './checks/authorization';
import { callerFor, type CheckContext } from './checks/context';
import { recordCovers, recordTargetEndpoint } from './dns';
import { apiForms } from './forms/api';
import { domainForms } from './forms/domain';
import type { ClientSituation, FormId, InvokeForm, InvokeInput, InvokeResult, VpcEndpointInfo } from './types';

/**
 * Computes every invoke form for the target (A1–A4 for a private API, B1–B2 for a private domain) as seen from
 * the client's situation. Forms that cannot work are returned with their reason; nothing is dropped.
 */
export function computeInvokeForms(asked: InvokeInput, situation: ClientSituation): InvokeResult {
  const notes: string[] = [];
  const input = withCredentialQuery(asked);
  const client = clientEndpoint(input, situation, notes);
  const base: Omit<CheckContext, 'vpce'> = { input, situation, caller: callerFor(input.authorizationType, situation) };
  const vpcId = situation.vpcId ?? client?.vpcId;

  let forms: InvokeForm[];
  if (input.target.kind === 'rest-api') {
    // Only one endpoint per service per VPC can have private DNS on; it answers every *.execute-api name there.
    const privateDns = input.vpcEndpoints.find((e) => e.vpcId === vpcId && e.privateDnsEnabled);
    forms = apiForms(base, input.target.api, input.target.stage, { client, privateDns });
  } else {
    const { domain, basePath, mappedApis } = input.target;
    const viaDns = input.dnsRecords
      .filter(
        (r) =>
          r.zone.privateZone &&
          vpcId !== undefined &&
          r.zone.vpcIds.includes(vpcId) &&
          recordCovers(r.name, domain.domainName),
      )
      .map((r) => recordTargetEndpoint(r, input.vpcEndpoints))
      .find((e) => e !== undefined);
    forms = domainForms(base, domain, basePath, mappedApis, { client, viaDns });
  }
  return { forms, recommended: recommend(forms, preference(input, situation)), notes };
}

/** Query-string identity sources of a REQUEST authorizer go into every URL, as placeholders unless already set. */
function withCredentialQuery(input: InvokeInput): InvokeInput {
  const { query } = missingCredentials(input);
  if (query.length === 0) return input;
  return { ...input, request: { ...input.request, query: [...(input.request.query ?? []), ...query] } };
}

/** The endpoint named by the situation, else the VPC's (first available) execute-api endpoint. */
function clientEndpoint(input: InvokeInput, situation: ClientSituation, notes: string[]): VpcEndpointInfo | undefined {
  if (situation.location === 'internet') return undefined;
  if (situation.vpceId) return input.vpcEndpoints.find((e) => e.id === situation.vpceId);
  const inVpc = input.vpcEndpoints.filter((e) => e.vpcId === situation.vpcId);
  const chosen = inVpc.find((e) => e.state.toLowerCase() === 'available') ?? inVpc.at(0);
  if (chosen && inVpc.length > 1)
    notes.push(
      `${situation.vpcId} has ${inVpc.length} execute-api endpoints; forms use ${chosen.id}. Pick another one in the client situation if needed.`,
    );
  return chosen;
}

function preference(input: InvokeInput, situation: ClientSituation): FormId[] {
  if (input.target.kind === 'private-domain') return ['B1', 'B2'];
  // Names that need no header first; on premises the public alias avoids resolver work.
  if (situation.location === 'on-premises') return ['A4', 'A3', 'A2', 'A1'];
  return ['A1', 'A4', 'A3', 'A2'];
}

function recommend(forms: InvokeForm[], order: FormId[]): FormId | undefined {
  const byId = new Map(forms.map((f) => [f.id, f]));
  for (const status of ['ready', 'unverified'] as const) {
    const hit = order.find((id) => byId.get(id)?.status === status);
    if (hit) return hit;
  }
  return undefined;
}
