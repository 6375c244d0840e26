'use client';

import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { SectionError } from '@/components/common/section-error';
import { keyAlgorithmLabel, usableCertificates } from '@/lib/domains/certificate-coverage';
import { normalizeDomainName } from '@/lib/domains/domain-name';
import {
  ENDPOINT_ACCESS_MODES,
  SECURITY_POLICIES,
  supportsEndpointAccessMode,
  type SecurityPolicy,
} from '@/lib/domains/create-domain-schema';
import type { StepProps } from './wizard-types';

function expiryText(notAfter: string | undefined): string {
  if (!notAfter) return 'no expiry date';
  const days = Math.floor((new Date(notAfter).getTime() - Date.now()) / 86_400_000);
  return `expires ${notAfter.slice(0, 10)} (${days} days)`;
}

export function WizardNameStep({ draft, update, errors, options }: StepProps) {
  const name = normalizeDomainName(draft.domainName);
  const certs = options.certificates.ok ? options.certificates.data : [];
  // Certificates with more SANs than the listing shows stay selectable; the server re-checks them before creating.
  const usable = name
    ? [
        ...usableCertificates(certs, name),
        ...certs.filter((c) => c.hasMoreNames && !usableCertificates([c], name).length),
      ]
    : [];
  const selected = certs.find((c) => c.arn === draft.certificateArn);
  const sameName = options.ownPrivateDomains.ok
    ? options.ownPrivateDomains.data.filter((d) => d.domainName === name)
    : [];
  const accessModeAllowed = supportsEndpointAccessMode(draft.securityPolicy);

  return (
    <Container
      header={
        <Header variant="h2" description="The name clients call, and the certificate that proves it.">
          Domain
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField
          label="Domain name"
          description="A fully qualified name, e.g. api.internal.example.com. Wildcard names are not allowed for private domains."
          errorText={errors.domainName}
        >
          <Input
            value={draft.domainName}
            placeholder="api.internal.example.com"
            ariaLabel="Domain name"
            onChange={({ detail }) => update({ domainName: detail.value, certificateArn: '' })}
          />
        </FormField>
        {sameName.length > 0 && (
          <Alert type="warning" header="This account already has a private domain with this name">
            {sameName.map((d) => `${d.domainName} (${d.domainNameId})`).join(', ')}. That is allowed – private domains
            are identified by name and id – but one VPC endpoint cannot be associated with two private domains of the
            same name, so consumers need separate endpoints.
          </Alert>
        )}
        {!options.certificates.ok && <SectionError error={options.certificates.error} what="ACM certificates" />}
        <FormField
          label="ACM certificate"
          description={`ISSUED certificates in ${options.region} that cover the name (wildcards included; RSA 2048 and ECDSA P-256/P-384).`}
          errorText={errors.certificateArn}
        >
          <Select
            ariaLabel="ACM certificate"
            selectedOption={selected ? { value: selected.arn, label: selected.domainName } : null}
            placeholder={
              name
                ? usable.length
                  ? 'Choose a certificate'
                  : 'No issued certificate covers this name'
                : 'Enter the domain name first'
            }
            disabled={!name}
            empty={`No ISSUED certificate in ${options.region} covers ${name || 'the name'}. Request one in ACM (DNS validation), then reload.`}
            filteringType="auto"
            options={usable.map((c) => ({
              value: c.arn,
              label: c.domainName,
              description: `${keyAlgorithmLabel(c.keyAlgorithm)} · ${expiryText(c.notAfter)}${c.inUse ? ' · in use' : ''}`,
              tags: c.subjectAlternativeNames.filter((n) => n !== c.domainName).slice(0, 3),
              labelTag: c.arn.split('/').pop(),
            }))}
            onChange={({ detail }) => update({ certificateArn: detail.selectedOption.value ?? '' })}
          />
        </FormField>
        <FormField
          label="Security policy"
          description="Private domains document TLS 1.2 (TLS_1_2). The enhanced policies also allow an endpoint access mode."
          errorText={errors.securityPolicy}
        >
          <Select
            ariaLabel="Security policy"
            selectedOption={{ value: draft.securityPolicy, label: draft.securityPolicy }}
            options={SECURITY_POLICIES.map((p) => ({
              value: p,
              label: p,
              description: p === 'TLS_1_2' ? 'Recommended for private domains' : undefined,
            }))}
            onChange={({ detail }) => {
              const securityPolicy = detail.selectedOption.value as SecurityPolicy;
              update({
                securityPolicy,
                endpointAccessMode: supportsEndpointAccessMode(securityPolicy) ? draft.endpointAccessMode : undefined,
              });
            }}
          />
        </FormField>
        <FormField
          label="Endpoint access mode"
          description={
            accessModeAllowed
              ? 'STRICT rejects requests whose Host header differs from the TLS server name – every "VPC endpoint hostname + Host header" call.'
              : 'Only with an enhanced SecurityPolicy_* policy.'
          }
          errorText={errors.endpointAccessMode}
        >
          <Select
            ariaLabel="Endpoint access mode"
            disabled={!accessModeAllowed}
            selectedOption={
              draft.endpointAccessMode
                ? { value: draft.endpointAccessMode, label: draft.endpointAccessMode }
                : { value: '', label: 'Not set' }
            }
            options={[{ value: '', label: 'Not set' }, ...ENDPOINT_ACCESS_MODES.map((m) => ({ value: m, label: m }))]}
            onChange={({ detail }) =>
              update({
                endpointAccessMode: (detail.selectedOption.value || undefined) as 'BASIC' | 'STRICT' | undefined,
              })
            }
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
