'use client';

import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { JsonView } from '@/components/common/json-view';
import { PolicyLintList } from '@/components/diagnose/policy-lint';
import { domainInvokePolicy, lintPolicy, parsePolicy } from '@/lib/policies';
import { customPolicyProblem, type AccessMode } from '@/lib/domains/create-domain-schema';
import { CREATE_TIME_DOMAIN_RESOURCE } from '@/lib/domains/create-plan';
import { SourcePicker } from './source-picker';
import { useKnownEndpointIds } from './use-known-endpoint-ids';
import type { StepProps } from './wizard-types';

export function WizardAccessStep({ draft, update, errors }: StepProps) {
  const { access } = draft;
  const setAccess = (patch: Partial<typeof access>) => update({ access: { ...access, ...patch } });
  const hasSources = access.vpceIds.length + access.vpcIds.length > 0;
  const generated = hasSources
    ? domainInvokePolicy(CREATE_TIME_DOMAIN_RESOURCE, { vpceIds: access.vpceIds, vpcIds: access.vpcIds })
    : undefined;
  const liveProblem =
    access.mode === 'custom' && access.policyText.trim() ? customPolicyProblem(access.policyText) : undefined;
  const knownEndpointIds = useKnownEndpointIds();
  // The Resource is `execute-api:/*` until AWS names the domain, so only the source checks apply here.
  const parsed =
    access.mode === 'custom' && access.policyText.trim() && !liveProblem ? parsePolicy(access.policyText) : undefined;
  const findings = parsed?.ok ? lintPolicy(parsed.policy, knownEndpointIds ? { knownEndpointIds } : {}) : [];

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="A new private domain denies every call until its invoke policy allows someone."
        >
          Who may invoke the domain
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label="How to set the domain policy" errorText={errors['access.mode']}>
          <RadioGroup
            ariaLabel="How to set the domain policy"
            value={access.mode}
            onChange={({ detail }) => setAccess({ mode: detail.value as AccessMode })}
            items={[
              {
                value: 'generated',
                label: 'Allow chosen VPC endpoints and VPCs',
                description: 'The console writes an allow + deny-unless-source policy (recommended).',
              },
              {
                value: 'custom',
                label: 'Write the policy JSON',
                description: 'For experts: start from the generated policy and edit it.',
              },
              {
                value: 'deny-all',
                label: 'Keep AWS’s deny-all default for now',
                description: 'Nothing can invoke the domain until you edit its policy on the domain page.',
              },
            ]}
          />
        </FormField>

        {access.mode === 'generated' && (
          <>
            <SourcePicker
              value={{ vpceIds: access.vpceIds, vpcIds: access.vpcIds }}
              onChange={(src) => setAccess(src)}
              errors={errors}
            />
            <FormField
              label="Generated domain policy"
              description={`AWS stores ${CREATE_TIME_DOMAIN_RESOURCE} as the domain's own execute-api ARN once the domain has its id.`}
            >
              {generated ? (
                <SpaceBetween size="xs">
                  <JsonView value={generated} label="Generated domain policy" />
                  <Button
                    iconName="edit"
                    onClick={() => setAccess({ mode: 'custom', policyText: JSON.stringify(generated, null, 2) })}
                  >
                    Edit as JSON
                  </Button>
                </SpaceBetween>
              ) : (
                <Box color="text-status-inactive">Pick at least one endpoint or VPC to see the policy.</Box>
              )}
            </FormField>
          </>
        )}

        {access.mode === 'custom' && <PolicyLintList findings={findings} />}
        {access.mode === 'custom' && (
          <FormField
            label="Domain policy JSON"
            description={`Use ${CREATE_TIME_DOMAIN_RESOURCE} as Resource: the domain id is only known after creation. At most 8192 characters.`}
            errorText={errors['access.policyText'] ?? liveProblem}
          >
            <Textarea
              ariaLabel="Domain policy JSON"
              rows={18}
              spellcheck={false}
              value={access.policyText}
              onChange={({ detail }) => setAccess({ policyText: detail.value })}
              placeholder={JSON.stringify(
                domainInvokePolicy(CREATE_TIME_DOMAIN_RESOURCE, { vpceIds: ['vpce-0123456789abcdef0'] }),
                null,
                2,
              )}
            />
          </FormField>
        )}

        {access.mode === 'deny-all' && (
          <Alert type="warning" header="Nobody will be able to call this domain">
            The domain is created with AWS’s deny-all policy. Every request gets 403 until you allow endpoints on the
            domain page.
          </Alert>
        )}
      </SpaceBetween>
    </Container>
  );
}
