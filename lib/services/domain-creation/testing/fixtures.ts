import { randomUUID } from 'node:crypto';
import { GetDomainNamesCommand } from '@aws-sdk/client-api-gateway';
import type { RunningEmulator } from '@/emulator/server';
import { apiGateway, startTestEmulator } from '@/emulator/testing/harness';
import { PROVIDER as DEMO } from '@/emulator/seed/demo-ids';
import type { EmulatorOptions } from '@/emulator/server';
import type { Session } from '@/lib/aws/session';
import { createDomainSchema, type CreateDomainDraft, type CreateDomainInput } from '@/lib/domains/create-domain-schema';
import { stepFromId, type PlanStep } from '@/lib/domains/create-plan';

/** Shared by the domain-creation tests: the provider of the emulator's demo data and a valid wizard input. */

export const P = DEMO['us-east-1'];

/**
 * An emulator with the demo data, and the console pointed at it. The console's environment is parsed once per test
 * file, so each file talks to one emulator.
 */
export async function startDemoEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const emulator = await startTestEmulator({ seed: { kind: 'demo' }, ...options });
  process.env.AWS_ENDPOINT_URL = emulator.url;
  process.env.CONSOLE_AWS_MAX_ATTEMPTS = '1';
  return emulator;
}

export const providerSession = (id: string): Session => ({
  context: { id, label: id, description: id, accountId: DEMO.account, staticAccessKeyId: DEMO.account },
  region: 'us-east-1',
});

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
