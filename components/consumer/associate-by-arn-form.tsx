'use client';

import { useState, useTransition } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { associateEndpointWithDomain } from '@/lib/actions/consumer-associations';
import { runAction } from '@/lib/actions/action-result';
import { createAssociationSchema } from '@/lib/consumer/schemas';
import { parseDomainNameArn } from '@/lib/domains/arn';
import { domainHref } from '@/lib/inventory/hrefs';
import { fieldErrorsOf, type ConsoleError, type FieldErrors } from '@/lib/errors';
import { formReads } from '@/lib/domains/edit-options';
import { InternalLink } from '@/components/common/internal-link';
import { ActionError } from './action-error';
import { endpointOption } from './endpoint-option';
import { useCanMutate } from '@/components/common/access';
import { useRemoteOptions } from '@/components/options/use-remote-options';

const FIELDS = ['domainNameArn', 'vpcEndpointId'];

/**
 * For a domain ARN that reached the admin without an invitation (a management-policy grant, or a share accepted
 * elsewhere). AWS decides whether this account may associate; its refusal is worded here. The endpoints load page
 * by page from `/vpc-endpoints/options` when their list opens.
 */
export function AssociateByArnForm({ accountId }: { accountId?: string }) {
  const [pending, startTransition] = useTransition();
  const [domainNameArn, setArn] = useState('');
  const [vpcEndpointId, setVpce] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ error: ConsoleError; fieldErrors?: FieldErrors }>();
  const [created, setCreated] = useState<{ arn: string; href?: string; name?: string }>();
  const mutate = useCanMutate();
  const endpoints = useRemoteOptions(formReads.endpointOptions(), endpointOption, 'execute-api endpoints');
  const chosen = endpoints.items.find((e) => e.id === vpcEndpointId);

  const submit = () => {
    const input = { domainNameArn, vpcEndpointId };
    const parsed = createAssociationSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues));
      setFailure(undefined);
      return;
    }
    startTransition(async () => {
      const result = await runAction(associateEndpointWithDomain, parsed.data);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFailure(result);
        setCreated(undefined);
        return;
      }
      const domain = parseDomainNameArn(parsed.data.domainNameArn);
      setErrors({});
      setFailure(undefined);
      setCreated({
        arn: result.data.associationArn,
        href: domain ? domainHref(domain.domainName, domain.domainNameId) : undefined,
        name: domain?.domainName,
      });
    });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Got a domain ARN from a provider instead of an invitation? Associate one of your execute-api endpoints with it directly."
        >
          Associate by domain ARN
        </Header>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Form
          actions={
            <Button
              variant="primary"
              loading={pending}
              disabled={!mutate.allowed}
              disabledReason={mutate.reason}
              formAction="submit"
            >
              Associate endpoint
            </Button>
          }
        >
          <SpaceBetween size="m">
            {failure && <ActionError error={failure.error} fieldErrors={failure.fieldErrors} shownFields={FIELDS} />}
            {created && (
              <Alert type="success" header="Association created" data-testid="associate-result">
                {created.arn}. It may take up to 15 minutes to start working.{' '}
                {created.href && (
                  <InternalLink href={created.href}>Continue with the DNS record for {created.name}</InternalLink>
                )}
              </Alert>
            )}
            <FormField
              label="Domain ARN"
              description="From the provider, e.g. arn:aws:apigateway:us-east-1:111111111111:/domainnames/api.example.com+abcd1234"
              errorText={errors.domainNameArn}
            >
              <Input
                ariaLabel="Domain ARN"
                value={domainNameArn}
                placeholder="arn:aws:apigateway:…:/domainnames/…+…"
                onChange={({ detail }) => setArn(detail.value)}
              />
            </FormField>
            <FormField
              label="VPC endpoint"
              description={`An execute-api interface endpoint of ${accountId ? `account ${accountId}` : 'this account'} in the domain's Region.`}
              errorText={errors.vpcEndpointId}
            >
              <Select
                ariaLabel="VPC endpoint"
                {...endpoints.selectProps}
                placeholder="Choose an endpoint"
                filteringPlaceholder="Find endpoints by id, name, VPC or subnet"
                empty="This account has no execute-api interface endpoint in this Region."
                selectedOption={
                  chosen
                    ? endpointOption(chosen)
                    : vpcEndpointId
                      ? { value: vpcEndpointId, label: vpcEndpointId }
                      : null
                }
                onChange={({ detail }) => setVpce(detail.selectedOption.value ?? '')}
              />
            </FormField>
          </SpaceBetween>
        </Form>
      </form>
    </Container>
  );
}
