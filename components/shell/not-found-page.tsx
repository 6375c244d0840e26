'use client';

import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { InternalLink } from '@/components/common/internal-link';

const LISTS = [
  { href: '/apis', text: 'Private REST APIs' },
  { href: '/vpc-endpoints', text: 'VPC endpoints' },
  { href: '/domains', text: 'Custom domain names' },
  { href: '/sharing', text: 'Sharing (RAM)' },
];

/**
 * No route, or no resource, at this address. Most often the resource lives in another account context or Region. An
 * anonymous visitor (a public `/auth/…` address) has no header to switch them in; the lists lead through sign-in.
 */
export function NotFoundPage({ signedIn }: { signedIn: boolean }) {
  if (!signedIn)
    return (
      <SpaceBetween size="l">
        <Header variant="h1">Not found</Header>
        <Alert type="info" header="Nothing at this address" data-testid="not-found">
          <SpaceBetween size="xs">
            <div>Sign in to see the APIs, endpoints, domains and shares of your accounts.</div>
            <InternalLink href="/">Sign in to the console</InternalLink>
          </SpaceBetween>
        </Alert>
      </SpaceBetween>
    );
  return (
    <SpaceBetween size="l">
      <Header variant="h1">Not found</Header>
      <Alert type="info" header="Nothing at this address in this account and Region" data-testid="not-found">
        <SpaceBetween size="xs">
          <div>
            The page or resource may have been deleted, or it belongs to another account or Region: switch the account
            context or the Region in the header, or find it in a list.
          </div>
          <SpaceBetween size="m" direction="horizontal">
            {LISTS.map((list) => (
              <InternalLink key={list.href} href={list.href}>
                {list.text}
              </InternalLink>
            ))}
          </SpaceBetween>
        </SpaceBetween>
      </Alert>
    </SpaceBetween>
  );
}
