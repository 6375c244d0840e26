'use server';

import { z } from 'zod';
import { createDomainSchema } from '@/lib/domains/create-domain-schema';
import { stepFromId } from '@/lib/domains/create-plan';
import { ActionFailure } from '@/lib/errors';
import { runCreationStep } from '@/lib/services/domain-creation/run-step';
import { consoleAction } from './client';

const stepSchema = z.object({ input: createDomainSchema, stepId: z.string().min(1).max(400) });

/**
 * Runs one step of the create wizard's plan; idempotent, so Resume and double clicks are safe. A step AWS throttles
 * returns `waiting` with the seconds to wait, and the wizard runs it again by itself.
 */
export const runDomainCreationStep = consoleAction(
  {
    name: 'domains.create.step',
    schema: stepSchema,
    hint: ({ input, stepId }) => ({ operation: `Create step ${stepId}`, resource: input.domainName }),
  },
  async ({ input, stepId }, { session }) => {
    // The step is rebuilt from the validated input, never trusted from the browser.
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
