import '@cloudscape-design/global-styles/index.css';
import './globals.css';
import type { Metadata } from 'next';
import { getSession } from '@/lib/aws/session';
import { accountContexts, availableRegions } from '@/lib/config/contexts';
import { consoleTarget, endpointOverride } from '@/lib/config/target';
import { getCallerIdentity } from '@/lib/aws/identity';
import { section } from '@/lib/result';
import { ConsoleShell } from '@/components/shell/console-shell';

export const metadata: Metadata = {
  title: 'Private Domains Console',
  description: 'Custom domain names for private API Gateway REST APIs',
};

export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await getSession();
  const contexts = await accountContexts();
  const identity = await section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' });
  return (
    <html lang="en">
      <body>
        <ConsoleShell
          target={consoleTarget()}
          endpoint={endpointOverride()}
          contexts={contexts.map(({ id, label, description }) => ({ id, label, description }))}
          currentContextId={session.context.id}
          region={session.region}
          regions={availableRegions()}
          identity={identity}
        >
          {children}
        </ConsoleShell>
      </body>
    </html>
  );
}
