'use server';

import { createAssociationSchema, leaveDomainSchema } from '@/lib/consumer/schemas';
import { associateEndpoint } from '@/lib/services/consumer/associate';
import { leaveDomain } from '@/lib/services/consumer/leave';
import { consoleAction } from './client';

/** The consumer's side of an access association: create one for its own endpoint, or delete it to leave. */
export const associateEndpointWithDomain = consoleAction(
  {
    name: 'consumer.associate',
    schema: createAssociationSchema,
    hint: (i) => ({ operation: 'apigateway:CreateDomainNameAccessAssociation', resource: i.domainNameArn }),
  },
  (input, { session }) => associateEndpoint(session, input),
);

export const leaveSharedDomain = consoleAction(
  {
    name: 'consumer.leave',
    schema: leaveDomainSchema,
    hint: (i) => ({ operation: 'apigateway:DeleteDomainNameAccessAssociation', resource: i.associationArn }),
  },
  (input, { session }) => leaveDomain(session, input),
);
