'use server';

import { allowConsumerEndpointSchema, rejectAssociationSchema } from '@/lib/domains/manage-schemas';
import {
  allowConsumerEndpoint as allowEndpoint,
  rejectAssociation as rejectDomainAssociation,
} from '@/lib/services/domain-management/associations';
import { consoleAction } from './client';
import { domainHint } from './domain-hint';

/** The provider's side of access associations: allow a consumer's endpoint in the policies, or reject it. */

export const allowConsumerEndpoint = consoleAction(
  { name: 'domains.allow-endpoint', schema: allowConsumerEndpointSchema, hint: domainHint('allow consumer endpoint') },
  (input, { session }) => allowEndpoint(session, input),
);

export const rejectAssociation = consoleAction(
  {
    name: 'domains.reject-association',
    schema: rejectAssociationSchema,
    hint: domainHint('apigateway:RejectDomainNameAccessAssociation'),
  },
  ({ domain, associationArn }, { session }) => rejectDomainAssociation(session, domain, associationArn),
);
