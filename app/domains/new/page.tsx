import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import ContentLayout from '@cloudscape-design/components/content-layout';
import { PageHeader } from '@/components/common/page-header';
import { CreateDomainWizard } from '@/components/provider/create-domain-wizard';
import type { WizardOptions } from '@/components/provider/wizard-types';
import { getSession } from '@/lib/aws/session';
import { getCallerIdentity } from '@/lib/aws/identity';
import { listDomainCertificates } from '@/lib/aws/read/certificates';
import { isPrivateApi, listRestApis } from '@/lib/aws/read/rest-apis';
import { listExecuteApiEndpoints } from '@/lib/aws/read/vpc-endpoints';
import { listOwnedShares } from '@/lib/aws/read/sharing';
import { listOwnDomains } from '@/lib/aws/read/domains';
import { isPrivateDomain } from '@/lib/model/domains';
import { section } from '@/lib/result';
import { CREATION_TOKEN_TAG } from '@/lib/aws/write/domain-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default async function NewDomainPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const session = await getSession();
  const { token: wanted } = await searchParams;
  // The token makes creation idempotent; it lives in the URL so a reload or a refresh keeps it.
  if (!wanted || !UUID.test(wanted)) redirect(`/domains/new?token=${randomUUID()}`);
  const token = wanted;
  const [identity, certificates, apis, endpoints, shares, domains] = await Promise.all([
    section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' }),
    section(() => listDomainCertificates(session), { operation: 'acm:ListCertificates' }),
    section(() => listRestApis(session), { operation: 'apigateway:GetRestApis' }),
    section(() => listExecuteApiEndpoints(session), { operation: 'ec2:DescribeVpcEndpoints' }),
    section(() => listOwnedShares(session), { operation: 'ram:GetResourceShares' }),
    section(() => listOwnDomains(session), { operation: 'apigateway:GetDomainNames' }),
  ]);
  const options: WizardOptions = {
    region: session.region,
    accountId: identity.ok ? identity.data.account : undefined,
    certificates,
    privateApis: apis.ok
      ? { ok: true, data: apis.data.filter(isPrivateApi).map((a) => ({ id: a.id, name: a.name })) }
      : apis,
    endpoints: endpoints.ok
      ? { ok: true, data: endpoints.data.map((e) => ({ id: e.id, name: e.name, vpcId: e.vpcId, state: e.state })) }
      : endpoints,
    shares: shares.ok
      ? { ok: true, data: shares.data.map((s) => ({ arn: s.arn, name: s.name, status: s.status })) }
      : shares,
    ownPrivateDomains: domains.ok
      ? {
          ok: true,
          data: domains.data.flatMap((d) =>
            isPrivateDomain(d) && d.domainNameId ? [{ domainName: d.domainName, domainNameId: d.domainNameId }] : [],
          ),
        }
      : domains,
  };
  // A creation link opened where the run's state is not (another tab or browser): the domain may already exist.
  const created = domains.ok
    ? domains.data
        .flatMap((d) =>
          d.domainNameId && d.tags[CREATION_TOKEN_TAG] === token
            ? [{ domainName: d.domainName, domainNameId: d.domainNameId }]
            : [],
        )
        .at(0)
    : undefined;
  return (
    <ContentLayout
      header={
        <PageHeader
          title="Create private custom domain"
          breadcrumbs={[
            { text: 'Custom domain names', href: '/domains' },
            { text: 'Create', href: '/domains/new' },
          ]}
          description={`In ${session.region}, account ${options.accountId ?? 'unknown'}. Name, certificate, who may invoke, mappings and sharing – created in one run that can be resumed.`}
        />
      }
    >
      <CreateDomainWizard key={token} token={token} options={options} created={created} />
    </ContentLayout>
  );
}
