/**
 * What the operator can pick on the invoke page (read from the current account and Region), and the defaults
 * that turn a partial link into a complete selection.
 */
import type { ConsoleError } from '@/lib/errors';
import type { Domain, SharedDomain } from '@/lib/model/domains';
import type { VpcEndpoint } from '@/lib/model/vpc-endpoints';
import type { InvokeSelection } from './selection';

export interface ApiChoice {
  id: string;
  name: string;
}

export interface DomainChoice {
  name: string;
  id: string;
  arn: string;
  /** Owner account; differs from the caller for a shared domain. */
  ownerAccountId: string;
  shared: boolean;
}

export interface BasePathChoice {
  basePath: string;
  restApiId: string;
  stage?: string;
}

export interface EndpointChoice {
  id: string;
  name?: string;
  vpcId: string;
  privateDnsEnabled: boolean;
  state: string;
}

/** `undefined` lists are sections that failed to load or do not apply; the form then offers free text. */
export interface InvokeChoices {
  apis?: ApiChoice[];
  /** Stages of the selected API. */
  stages?: string[];
  domains?: DomainChoice[];
  /** Mappings of the selected domain when this account owns it. */
  basePaths?: BasePathChoice[];
  endpoints?: EndpointChoice[];
}

/** Lists that failed to load, each with its own error so the rest of the form stays usable. */
export interface ChoiceErrors {
  apis?: ConsoleError;
  stages?: ConsoleError;
  domains?: ConsoleError;
  basePaths?: ConsoleError;
  endpoints?: ConsoleError;
}

export function endpointChoice(e: VpcEndpoint): EndpointChoice {
  return { id: e.id, name: e.name, vpcId: e.vpcId, privateDnsEnabled: e.privateDnsEnabled, state: e.state };
}

export function ownDomainChoice(d: Domain, account: string): DomainChoice {
  return {
    name: d.domainName,
    id: d.domainNameId ?? '',
    arn: d.domainNameArn ?? '',
    ownerAccountId: account,
    shared: false,
  };
}

export function sharedDomainChoice(d: SharedDomain): DomainChoice {
  return {
    name: d.domainName,
    id: d.domainNameId,
    arn: d.domainNameArn,
    ownerAccountId: d.ownerAccountId ?? '',
    shared: true,
  };
}

function preferredEndpoint(endpoints: EndpointChoice[], target: InvokeSelection['target']): EndpointChoice | undefined {
  const available = endpoints.filter((e) => e.state.toLowerCase() === 'available');
  const pool = available.length ? available : endpoints;
  // Private DNS on serves the plain execute-api names (form A1), the first thing an API caller tries.
  return (target === 'api' ? pool.find((e) => e.privateDnsEnabled) : undefined) ?? pool[0];
}

/** Fills what the link left open from what the account has, so the answer (and its link) names every choice. */
export function withDefaults(s: InvokeSelection, choices: InvokeChoices): InvokeSelection {
  const out: InvokeSelection = { ...s };
  if (out.target === 'api' && out.api && !out.stage && choices.stages?.length) {
    out.stage = choices.stages.includes('prod') ? 'prod' : choices.stages[0];
  }
  if (out.target === 'domain' && out.domain && out.basePath === undefined) {
    out.basePath = choices.basePaths?.[0]?.basePath ?? '(none)';
  }
  if (!out.vpce && out.from !== 'internet' && choices.endpoints) {
    out.vpce = preferredEndpoint(choices.endpoints, out.target)?.id;
  }
  return out;
}

/** A selection the engine can answer: a target with its stage or base path. */
export function isComplete(s: InvokeSelection): boolean {
  if (s.target === 'api') return Boolean(s.api && s.stage);
  if (s.target === 'domain') return Boolean(s.domain && s.domainId && s.basePath !== undefined);
  return false;
}
