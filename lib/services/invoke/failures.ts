import type { ConsoleError } from '@/lib/errors';
import type { InvokeSelection } from '@/lib/invoke-ui/selection';

/**
 * How the invoke answer words what it cannot answer. Each names the selection field to correct (`field`), so the
 * form can show the message next to it.
 */
interface Where {
  account: string;
  region: string;
}

/**
 * The target exists in another Region: AWS requires the execute-api endpoint and the API or domain in one Region
 * (docs/aws/url-forms.md#one-region), so say that rather than "not found".
 */
export function targetInOtherRegion(
  { account, region }: Where,
  what: string,
  otherRegion: string,
  field: 'api' | 'domainId',
): ConsoleError {
  return {
    kind: 'invalid-input',
    title: `The ${field === 'api' ? 'API' : 'domain'} is in ${otherRegion}`,
    message: `${what} is in ${otherRegion}, not in ${region} (account ${account}). AWS requires the execute-api VPC endpoint and the ${field === 'api' ? 'private API' : 'private domain'} in one Region: an endpoint in ${region} cannot call it or be associated with it. Switch the Region to ${otherRegion} and use an execute-api endpoint there (reach it from this VPC by peering or Transit Gateway if needed).`,
    field,
  };
}

export function apiNotFound({ account, region }: Where, restApiId: string): ConsoleError {
  return {
    kind: 'not-found',
    title: 'API not found',
    message: `Account ${account} has no REST API ${restApiId} in ${region}, and none of your contexts holds it. Pick an API from the list, or switch the account context or Region; for another account's API, add apiAccount={its account id} to the link to see what to ask its owner.`,
    field: 'api',
  };
}

export function domainNotFound({ account, region }: Where, name: string, id: string): ConsoleError {
  return {
    kind: 'not-found',
    title: 'Domain not found',
    message: `No private domain ${name} with id ${id} is owned by or shared with account ${account} in ${region}. Check the id (the part after "+" in the domain ARN), accept the provider's RAM invitation, or switch the account context or Region (the domain and the endpoint that calls it must be in one Region).`,
    field: 'domainId',
  };
}

export function endpointNotFound({ account, region }: Where, vpceId: string): ConsoleError {
  return {
    kind: 'not-found',
    title: 'VPC endpoint not found',
    message: `${vpceId} is not an execute-api interface endpoint of account ${account} in ${region}. Pick one of the account's endpoints.`,
    field: 'vpce',
  };
}

/** Why a selection without a complete target has no answer yet. */
export function incompleteTarget(selection: InvokeSelection, stagesError: ConsoleError | undefined): ConsoleError {
  if (selection.target === 'api' && selection.api) {
    return (
      stagesError ?? {
        kind: 'not-found',
        title: 'Nothing to call yet',
        message: 'The API has no stage: deploy it to a stage first (CreateDeployment).',
        field: 'stage',
      }
    );
  }
  return {
    kind: 'invalid-input',
    title: 'Choose a target',
    message: 'Pick a private API and stage, or a private domain and base path.',
    field: 'target',
  };
}

/** The link's invalid parameters, as one error (the form shows each next to its field). */
export function invalidLink(messages: string[]): ConsoleError {
  return { kind: 'invalid-input', title: 'Invalid selection', message: messages.join(' ') };
}
