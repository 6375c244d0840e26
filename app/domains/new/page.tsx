import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import ContentLayout from '@cloudscape-design/components/content-layout';
import { Breadcrumbs } from '@/components/common/breadcrumbs';
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
    // No page title here: the wizard's step title is the page's one h1 (Cloudscape focuses it on every step), and
    // the wizard names the page itself when it shows the run instead of the steps.
    <ContentLayout
      header={
        <Breadcrumbs
          items={[
            { text: 'Custom domain names', href: '/domains' },
            { text: 'Create', href: '/domains/new' },
          ]}
        />
      }
    >
      <CreateDomainWizard key={token} token={token} options={options} created={created} />
    </ContentLayout>
  );
}
