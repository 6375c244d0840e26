'use client';

import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import type { Step } from '@/lib/consumer/steps';
import { StepStatus } from './step-status';

/** One step of the consumer path: number, title, state and why, then what the admin can do about it. */
export function StepContainer({ step, number, children }: { step: Step; number: number; children?: React.ReactNode }) {
  return (
    <section aria-label={step.title} data-testid={`step-${step.id}`}>
      <Container
        header={
          <Header variant="h2" actions={<StepStatus step={step} />} description={step.why}>
            {number}. {step.title}
          </Header>
        }
      >
        {children}
      </Container>
    </section>
  );
}
