'use server';

import { deleteDomainSchema, updateDomainPolicySchema } from '@/lib/domains/manage-schemas';
import { deleteDomain as deleteOwnedDomain } from '@/lib/services/domain-management/delete-domain';
import { saveDomainInvokePolicy } from '@/lib/services/domain-management/invoke-policy';
import { consoleAction } from './client';
import { domainHint } from './domain-hint';

export const updateDomainPolicy = consoleAction(
  { name: 'domains.update-policy', schema: updateDomainPolicySchema, hint: domainHint('apigateway:UpdateDomainName') },
  (input, { session }) => saveDomainInvokePolicy(session, input.domain, input.access),
);

export const deleteDomain = consoleAction(
  { name: 'domains.delete', schema: deleteDomainSchema, hint: domainHint('apigateway:DeleteDomainName') },
  (input, { session }) => deleteOwnedDomain(session, input.domain),
);
