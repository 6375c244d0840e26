'use server';

import { createDnsRecordSchema, fixVpcDnsSchema } from '@/lib/consumer/schemas';
import { writeDnsRecord } from '@/lib/services/consumer/dns-record';
import { turnOnVpcDns } from '@/lib/services/consumer/vpc-dns';
import { consoleAction } from './client';

/** What makes a shared domain resolve to the consumer's endpoint inside its VPC. */
export const createDnsRecord = consoleAction(
  {
    name: 'consumer.dns.create',
    schema: createDnsRecordSchema,
    hint: (i) => ({ operation: 'route53:ChangeResourceRecordSets', resource: i.hostedZone }),
  },
  (input, { session }) => writeDnsRecord(session, input),
);

export const enableVpcDnsAttributes = consoleAction(
  {
    name: 'consumer.vpc.dns',
    schema: fixVpcDnsSchema,
    hint: (i) => ({ operation: 'ec2:ModifyVpcAttribute', resource: i.vpcId, field: 'vpcId' }),
  },
  ({ vpcId }, { session }) => turnOnVpcDns(session, vpcId),
);
