'use client';

import SpaceBetween from '@cloudscape-design/components/space-between';
import { PolicyPanel } from '@/components/inventory/policy-panel';
import { updateDomainPolicy, loadDomainEditOptions } from '@/app/domains/[domainName]/[domainNameId]/provider-actions';
import { domainExecuteApiArn, parseDomainArn } from '@/lib/policies';
import { PolicyEditor } from './policy-editor';

export interface ManagedDomain {
  domainName: string;
  domainNameId: string;
  domainNameArn?: string;
  policy?: string;
  managementPolicy?: string;
}

/** The domain's two policies; the invoke policy is editable here, the management policy on the Sharing tab. */
export function DomainPoliciesManager({ domain }: { domain: ManagedDomain }) {
  const ref = domain.domainNameArn ? parseDomainArn(domain.domainNameArn) : undefined;
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
          resourceArn={domainExecuteApiArn(ref)}
          scope={{ kind: 'domain', ...ref }}
          showCurrent={false}
          payload={{ domain: { domainName: domain.domainName, domainNameId: domain.domainNameId } }}
          save={updateDomainPolicy}
          loadEndpoints={async () => {
            const r = await loadDomainEditOptions({});
            return r.ok ? { ok: true, data: r.data.endpoints } : r;
          }}
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
