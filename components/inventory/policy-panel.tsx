'use client';

import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { parsePolicy } from '@/lib/policies';
import { policyShape } from '@/lib/policies/source-allow-list';
import { JsonView } from '@/components/common/json-view';

type PolicyRole = 'api' | 'domain' | 'management';

const NONE_TEXT: Record<PolicyRole, string> = {
  api: 'No resource policy is attached: API Gateway denies every call, and the API cannot be deployed until one is attached.',
  domain: 'No policy is attached.',
  management: 'No management policy: only this account can create access associations with the domain.',
};

/** Who a managementPolicy lets create access associations: named accounts, or "*" narrowed by conditions (RAM's org shares). */
function managementGrantees(raw: string | undefined): string | undefined {
  const parsed = parsePolicy(raw);
  if (!parsed.ok) return undefined;
  const grants = parsed.policy.statements.filter(
    (s) => s.effect === 'Allow' && (s.actions ?? []).some((a) => /^apigateway:(CreateAccessAssociation|\*)$/i.test(a)),
  );
  if (grants.length === 0) return undefined;
  const named = grants.flatMap((s) => (s.principal?.kind === 'aws' ? s.principal.values : []));
  const open = grants.filter((s) => s.principal?.kind === 'any');
  const parts = [
    named.length ? `accounts ${named.join(', ')}` : '',
    ...open.map((s) =>
      s.conditions.length
        ? `principals matching ${s.conditions.map((c) => `${c.key} ${c.operator} ${c.values.join(', ')}`).join(' and ')}`
        : 'any AWS account',
    ),
  ].filter(Boolean);
  return `Lets ${parts.join('; ')} create access associations with this domain.`;
}

function summary(
  role: PolicyRole,
  raw: string | undefined,
): { type: 'info' | 'warning' | 'success'; text: string } | undefined {
  if (role === 'management' && raw) {
    const grantees = managementGrantees(raw);
    if (grantees) return { type: 'info', text: grantees };
  }
  const shape = policyShape(raw);
  switch (shape.kind) {
    case 'none':
      return { type: role === 'management' ? 'info' : 'warning', text: NONE_TEXT[role] };
    case 'deny-all':
      return role === 'management'
        ? { type: 'info', text: 'The management policy allows no other account to create access associations.' }
        : {
            type: 'warning',
            text: 'Deny-all policy: no VPC endpoint can invoke through it. A new private domain starts like this; replace it with a policy that allows the consumers’ VPC endpoints.',
          };
    case 'source-allow-list': {
      const parts = [
        shape.sources.vpceIds.length ? `VPC endpoints ${shape.sources.vpceIds.join(', ')}` : '',
        shape.sources.vpcIds.length ? `VPCs ${shape.sources.vpcIds.join(', ')}` : '',
      ].filter(Boolean);
      return { type: 'success', text: `Allows invocations only from ${parts.join(' and from ')}.` };
    }
    case 'invalid':
      return { type: 'warning', text: `The stored policy could not be read: ${shape.error}` };
    default:
      return undefined;
  }
}

/** A policy with a one-line reading of what it allows, then the formatted JSON. */
export function PolicyPanel({
  title,
  description,
  role,
  policy,
}: {
  title: string;
  description?: string;
  role: PolicyRole;
  policy?: string;
}) {
  const said = summary(role, policy);
  return (
    <Container
      header={
        <Header variant="h2" description={description}>
          {title}
        </Header>
      }
    >
      <SpaceBetween size="m">
        {said && <Alert type={said.type}>{said.text}</Alert>}
        {policy && <JsonView value={policy} label={title} />}
      </SpaceBetween>
    </Container>
  );
}
