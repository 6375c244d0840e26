'use server';

import { z } from 'zod';
import { guarded, ActionFailure } from '@/lib/actions/guard';
import { createDomainSchema } from '@/lib/domains/create-domain-schema';
import { stepFromId } from '@/lib/domains/create-plan';
import { preflightDomainCreation, runCreationStep } from '@/lib/aws/write/domain-creation';
import { listStages } from '@/lib/aws/read/rest-apis';

/** Review step: validates the whole input against AWS and returns the plan; changes nothing. */
export async function reviewDomainCreation(raw: unknown) {
  return guarded(
    { name: 'domains.create.review', schema: createDomainSchema, hint: { operation: 'review private domain' } },
    raw,
    (input, session) => preflightDomainCreation(session, input),
  );
}

const stepSchema = z.object({ input: createDomainSchema, stepId: z.string().min(1).max(400) });

/** Runs one plan step; idempotent, so Resume and double clicks are safe. */
export async function runDomainCreationStep(raw: unknown) {
  return guarded(
    {
      name: 'domains.create.step',
      schema: stepSchema,
      hint: ({ input, stepId }) => ({ operation: `Create step ${stepId}`, resource: input.domainName }),
    },
    raw,
    async ({ input, stepId }, session) => {
      const step = stepFromId(input, stepId);
      if (!step)
        throw new ActionFailure({
          kind: 'invalid-input',
          title: 'Unknown step',
          message: `Step "${stepId}" is not part of this plan; go back to Review.`,
        });
      return runCreationStep(session, input, step);
    },
  );
}

/** Stages of the API picked in a mapping row, loaded when the row needs them. */
export async function loadApiStages(raw: unknown) {
  return guarded(
    {
      name: 'apis.stages',
      schema: z.string().regex(/^[a-z0-9]{10}$/),
      hint: (id) => ({ operation: 'apigateway:GetStages', resource: id }),
    },
    raw,
    async (restApiId, session) => (await listStages(session, restApiId)).map((s) => s.stageName),
  );
}
