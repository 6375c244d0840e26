import { randomUUID } from 'node:crypto';
import { GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway } from '@/emulator/testing/harness';
import { PROVIDER as DEMO } from '@/emulator/seed/demo-ids';
import type { Session } from '@/lib/aws/session';
import { accountSession } from '@/lib/services/testing/demo-emulator';
import { createDomainSchema, type CreateDomainDraft, type CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { stepFromId, type PlanStep } from '@/lib/domains/create-plan';

/** Shared by the domain-creation tests: the provider of the emulator's demo data and a valid wizard input. */

export const P = DEMO['us-east-1'];

export const providerSession = (id: string): Session => accountSession(DEMO.account, id);

export function creationInput(name: string, over: Partial<CreateDomainDraft> = {}): CreateDomainInput {
  return createDomainSchema.parse({
    creationToken: randomUUID(),
    domainName: name,
    certificateArn: P.certificates.wildcardRsa,
    securityPolicy: 'TLS_1_2',
    access: { mode: 'generated', vpceIds: [P.vpceId], vpcIds: [], policyText: '' },
    mappings: [{ basePath: 'orders', restApiId: P.apis.orders.id, stage: 'prod' }],
    updateApiPolicies: true,
    redeployStages: true,
    sharing: { mode: 'ram-new', principals: ['222222222222'], shareName: `${name}-share`, existingShareArn: '' },
    ...over,
  } satisfies CreateDomainDraft);
}

export function planStep(data: CreateDomainInput, id: string): PlanStep {
  const found = stepFromId(data, id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

export async function ownDomainsNamed(e: RunningEmulator, name: string) {
  const out = await apiGateway(e).send(new GetDomainNamesCommand({ resourceOwner: 'SELF', limit: 500 }));
  return (out.items ?? []).filter((d) => d.domainName === name);
}
