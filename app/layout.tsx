// Cloudscape's global styles with its fonts as cacheable files instead of base64 (scripts/cloudscape-fonts.ts).
import '@/styles/cloudscape-global-styles.css';
import './globals.css';
import type { Metadata } from 'next';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { sessionIfSignedIn, visibleContexts } from '@/lib/aws/session';
import { availableRegions } from '@/lib/config/contexts';
import { currentAccess } from '@/lib/auth/current-access';
import { grantingGroups } from '@/lib/auth/roles';
import { authConfig } from '@/lib/auth/config';
import { consoleTarget, endpointOverride } from '@/lib/config/target';
import { getCallerIdentity } from '@/lib/aws/identity';
import { section } from '@/lib/result';
import { ConsoleShell } from '@/components/shell/console-shell';
import { AccessProvider } from '@/components/common/access';
import { NoRole } from '@/components/shell/no-role';

export const metadata: Metadata = {
  title: 'Private Domains Console',
  description: 'Custom domain names for private API Gateway REST APIs',
};

export const dynamic = 'force-dynamic';

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const session = await sessionIfSignedIn();
  // Only the not-found page of a public path (`/auth/…`) renders without an identity: the proxy sends everything
  // else to sign-in first. It gets no shell, which would need an account context.
  if (!session)
    return (
      <html lang="en">
        <body>
          <main style={{ padding: '20px 40px' }}>{children}</main>
        </body>
      </html>
    );
  const access = await currentAccess();
  const contexts = session.user ? await visibleContexts(session.user) : [];
  // Not awaited: the shell streams first, the account shows when STS answers (cached for an hour).
  const identity = section(() => getCallerIdentity(session), { operation: 'sts:GetCallerIdentity' });
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>
          <AccessProvider access={access}>
            <ConsoleShell
              target={consoleTarget()}
              endpoint={endpointOverride()}
              contexts={contexts.map(({ id, label, description }) => ({ id, label, description }))}
              currentContextId={session.context.id}
              region={session.region}
              regions={availableRegions(session.context)}
              identity={identity}
            >
              {access.role ? (
                children
              ) : (
                <NoRole contextLabel={session.context.label} groups={grantingGroups(authConfig().roles)} />
              )}
            </ConsoleShell>
          </AccessProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}
