import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import ContentLayout from '@cloudscape-design/components/content-layout';
import { PageHeader } from '@/components/common/page-header';
import { CreateDomainWizard } from '@/components/provider/create-domain-wizard';
import type { WizardOptions } from '@/components/provider/wizard-types';
import { getSession } from '@/lib/aws/session';
import { loadCreationStart } from '@/lib/services/domain-creation/wizard-options';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default async function NewDomainPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const session = await getSession();
  const { token: wanted } = await searchParams;
  // The token makes creation idempotent; it lives in the URL so a reload or a refresh keeps it.
  if (!wanted || !UUID.test(wanted)) redirect(`/domains/new?token=${randomUUID()}`);
  const token = wanted;
  const { created, ...start } = await loadCreationStart(session, token);
  const options: WizardOptions = { region: session.region, ...start };
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
