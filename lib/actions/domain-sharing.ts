'use server';

import { removeFromShare } from '@/lib/aws/write/resource-shares';
import type { ChangeReport } from '@/lib/domains/change-report';
import {
  removeSharePrincipalSchema,
  setManagementAccountsSchema,
  shareDomainSchema,
  stopSharingSchema,
} from '@/lib/domains/manage-schemas';
import {
  setManagementAccounts as writeManagementAccounts,
  shareDomain as shareOwnedDomain,
  stopSharing as unshareDomain,
} from '@/lib/services/domain-management/sharing';
import { consoleAction } from './client';
import { domainHint } from './domain-hint';

export const shareDomain = consoleAction(
  { name: 'domains.share', schema: shareDomainSchema, hint: domainHint('ram:share domain') },
  ({ domain, sharing }, { session }) => shareOwnedDomain(session, domain, sharing),
);

export const setManagementAccounts = consoleAction(
  {
    name: 'domains.management-accounts',
    schema: setManagementAccountsSchema,
    hint: domainHint('apigateway:UpdateDomainName'),
  },
  ({ domain, accounts }, { session }) => writeManagementAccounts(session, domain, accounts),
);

export const removeSharePrincipal = consoleAction(
  {
    name: 'domains.unshare-principal',
    schema: removeSharePrincipalSchema,
    hint: domainHint('ram:DisassociateResourceShare'),
  },
  async ({ shareArn, principal }, { session }): Promise<ChangeReport> => {
    await removeFromShare(session, shareArn, { principals: [principal] });
    return {
      message: `${principal} removed from the share. Existing associations keep working until you reject them.`,
      changes: [],
    };
  },
);

export const stopSharing = consoleAction(
  { name: 'domains.stop-sharing', schema: stopSharingSchema, hint: domainHint('ram:DisassociateResourceShare') },
  ({ domain, shareArn }, { session }) => unshareDomain(session, domain, shareArn),
);
