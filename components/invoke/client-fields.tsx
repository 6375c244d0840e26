'use client';

import Alert from '@cloudscape-design/components/alert';
import Checkbox from '@cloudscape-design/components/checkbox';
import Input from '@cloudscape-design/components/input';
import FormField from '@cloudscape-design/components/form-field';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ChoiceErrors, InvokeChoices } from '@/lib/invoke-ui/choices';
import { ChoiceField } from './choice-field';
import { onEnter, type FieldGroupProps } from './field-props';

const AUTH_OPTIONS: SelectProps.Option[] = [
  { value: '', label: 'Read from the API method', description: "Works for this account's own APIs and domains" },
  { value: 'none', label: 'None', description: 'NONE' },
  { value: 'iam', label: 'AWS_IAM (SigV4-signed)', description: 'Adds signed snippets' },
  { value: 'cognito', label: 'Cognito user pool', description: 'A user pool token in the Authorization header' },
  { value: 'token', label: 'Lambda authorizer (TOKEN)', description: 'A token in one header' },
  { value: 'request', label: 'Lambda authorizer (REQUEST)', description: 'Headers and query parameters it reads' },
];
const WITH_IDENTITY = new Set(['cognito', 'token', 'request']);

/** Where the client runs, which endpoint it goes through, what kind of client it is and how the method authorizes. */
export function ClientFields({
  draft,
  set,
  submit,
  errors,
  choices,
  choiceErrors,
}: FieldGroupProps & { choices: InvokeChoices; choiceErrors: ChoiceErrors }) {
  const endpoints = choices.endpoints ?? [];
  const endpointOptions: SelectProps.Option[] = endpoints.map((e) => ({
    value: e.id,
    label: e.name ? `${e.id} (${e.name})` : e.id,
    description: `${e.vpcId} · private DNS ${e.privateDnsEnabled ? 'on' : 'off'} · ${e.state}`,
  }));
  const selectedEndpoint =
    endpointOptions.find((o) => o.value === draft.vpce) ??
    (draft.vpce ? { value: draft.vpce, label: draft.vpce } : null);
  return (
    <SpaceBetween size="m">
      <FormField label="Where the client runs" errorText={errors.from}>
        <RadioGroup
          value={draft.from}
          onChange={({ detail }) => set({ from: detail.value }, true)}
          items={[
            { value: 'vpc', label: 'In a VPC', description: 'EC2, ECS, Lambda in a VPC…' },
            {
              value: 'onprem',
              label: 'On premises',
              description: 'Over Direct Connect or VPN into a VPC with an execute-api endpoint',
            },
            { value: 'internet', label: 'On the public internet' },
          ]}
        />
      </FormField>
      {draft.from !== 'internet' && (
        <>
          {choiceErrors.endpoints && (
            <Alert type="error" header={`VPC endpoints: ${choiceErrors.endpoints.title}`}>
              {choiceErrors.endpoints.message}
            </Alert>
          )}
          <FormField
            label="execute-api VPC endpoint"
            description={
              draft.from === 'onprem'
                ? 'The endpoint the on-premises network reaches.'
                : "The endpoint in the client's VPC."
            }
            errorText={errors.vpce}
          >
            <Select
              selectedOption={selectedEndpoint}
              options={endpointOptions}
              placeholder="Choose an endpoint"
              empty="This account has no execute-api interface endpoints in this Region"
              onChange={({ detail }) => set({ vpce: detail.selectedOption.value ?? '' }, true)}
            />
          </FormField>
        </>
      )}
      {draft.from === 'vpc' && (
        <ChoiceField
          label="VPC DNS resolver"
          description="Own DNS servers (DHCP options) do not see private hosted zones or the endpoint's private DNS by themselves."
          errorText={errors.dns}
          selectedId={draft.dns || 'amazon'}
          options={[
            { id: 'amazon', text: 'Amazon-provided' },
            { id: 'custom', text: 'Own DNS servers' },
          ]}
          onChange={(id) => set({ dns: id === 'custom' ? 'custom' : '' }, true)}
        />
      )}
      {(draft.from === 'onprem' || (draft.from === 'vpc' && draft.dns === 'custom')) && (
        <ChoiceField
          label={
            draft.from === 'onprem'
              ? 'On-premises DNS forwards to a Route 53 Resolver inbound endpoint'
              : 'Your DNS servers forward to a Route 53 Resolver inbound endpoint'
          }
          controlLabel="Resolver forwarding"
          errorText={errors.resolver}
          selectedId={draft.resolver || 'unknown'}
          options={[
            { id: '1', text: 'Yes' },
            { id: '0', text: 'No' },
            { id: 'unknown', text: 'Not known' },
          ]}
          onChange={(id) => set({ resolver: id === 'unknown' ? '' : id }, true)}
        />
      )}
      <ChoiceField
        label="Client"
        controlLabel="Client kind"
        errorText={errors.client}
        selectedId={draft.client}
        options={[
          { id: 'server', text: 'Server or script' },
          { id: 'browser', text: 'Browser' },
        ]}
        onChange={(id) => set({ client: id }, true)}
      />
      {draft.client === 'browser' && (
        <FormField
          label="Page origin"
          description="Origin of the page whose script calls, e.g. https://app.example.com: the console checks the API's CORS answers for it."
          errorText={errors.origin}
        >
          <Input
            ariaLabel="Page origin"
            value={draft.origin}
            placeholder="https://app.example.com"
            onChange={({ detail }) => set({ origin: detail.value })}
            onKeyDown={onEnter(submit)}
          />
        </FormField>
      )}
      <FormField label="Method authorization" errorText={errors.auth}>
        <Select
          selectedOption={AUTH_OPTIONS.find((o) => o.value === draft.auth) ?? AUTH_OPTIONS[0]}
          options={AUTH_OPTIONS}
          onChange={({ detail }) => set({ auth: detail.selectedOption.value ?? '' }, true)}
        />
      </FormField>
      {WITH_IDENTITY.has(draft.auth) && (
        <FormField
          label="Identity sources"
          description="Header names the authorizer reads, ?name for a query parameter; empty = Authorization."
          errorText={errors.identity}
        >
          <Input
            ariaLabel="Identity sources"
            value={draft.identity}
            placeholder="Authorization"
            onChange={({ detail }) => set({ identity: detail.value })}
            onKeyDown={onEnter(submit)}
          />
        </FormField>
      )}
      {draft.auth !== '' && (
        <Checkbox
          checked={draft.apiKey === '1'}
          onChange={({ detail }) => set({ apiKey: detail.checked ? '1' : '' }, true)}
        >
          API key required (x-api-key)
        </Checkbox>
      )}
    </SpaceBetween>
  );
}
