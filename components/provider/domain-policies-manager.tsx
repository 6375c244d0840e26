'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import { PolicyPanel } from '@/components/inventory/policy-panel';
import { PolicyEditor } from './policy-editor';
import { runAction } from '@/lib/actions/action-result';
import { updateDomainPolicy } from '@/lib/actions/domains';
import { domainPolicyFromAccess } from '@/lib/domains/access-policy';
import { domainExecuteApiArn, parseDomainNameArn } from '@/lib/domains/arn';

export interface ManagedDomain {
  domainName: string;
  domainNameId: string;
  domainNameArn?: string;
  policy?: string;
  managementPolicy?: string;
}

/** The domain's two policies; the invoke policy is editable here, the management policy on the Sharing tab. */
export function DomainPoliciesManager({ domain }: { domain: ManagedDomain }) {
  const ref = domain.domainNameArn ? parseDomainNameArn(domain.domainNameArn) : undefined;
  const target = { domainName: domain.domainName, domainNameId: domain.domainNameId };
  return (
    <SpaceBetween size="l">
      <PolicyPanel
        title="Invoke policy (policy)"
        role="domain"
        policy={domain.policy}
        description="execute-api: which VPC endpoints may invoke through this domain. The mapped APIs' own policies must allow them too."
      />
      {ref && (
        <PolicyEditor
          kind="domain"
          title="Change the invoke policy"
          current={domain.policy}
          scope={{ kind: 'domain', ...ref }}
          showCurrent={false}
          propose={(access) => domainPolicyFromAccess(access, domainExecuteApiArn(ref))}
          save={(access) => runAction(updateDomainPolicy, { domain: target, access })}
        />
      )}
      <PolicyPanel
        title="Management policy (managementPolicy)"
        role="management"
        policy={domain.managementPolicy}
        description="API Gateway management: which other accounts may create access associations. RAM writes it when the domain is shared; edit the accounts on the Sharing tab."
      />
    </SpaceBetween>
  );
}
