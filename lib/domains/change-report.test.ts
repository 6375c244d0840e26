import { describe, expect, it } from 'vitest';
import type { ConsoleError } from '@/lib/errors';
import { partialChangeError } from './change-report';

const failure: ConsoleError = { kind: 'unavailable', title: 'AWS unavailable', message: 'UpdateRestApi failed.' };
const domain = { done: 'Domain policy: endpoint added', what: 'Domain policy' };
const orders = { done: 'orders-api: resource policy updated', what: 'orders-api: resource policy' };
const redeploy = { done: 'orders-api: stage prod redeployed', what: 'orders-api: stage prod (not redeployed)' };

describe('partialChangeError', () => {
  it.each([
    { name: 'nothing done yet: the failure alone', done: [], failed: domain, rest: [orders], expected: failure },
    {
      name: 'half-way: what AWS holds and what it does not',
      done: [domain],
      failed: orders,
      rest: [redeploy],
      expected: {
        ...failure,
        title: 'Partly applied: AWS unavailable',
        message:
          'UpdateRestApi failed. Already changed: Domain policy: endpoint added. Not changed: orders-api: resource policy (this step failed); orders-api: stage prod (not redeployed).',
      },
    },
    {
      name: 'the last write failed',
      done: [domain, orders],
      failed: redeploy,
      rest: [],
      expected: {
        ...failure,
        title: 'Partly applied: AWS unavailable',
        message:
          'UpdateRestApi failed. Already changed: Domain policy: endpoint added; orders-api: resource policy updated. Not changed: orders-api: stage prod (not redeployed) (this step failed).',
      },
    },
  ])('$name', ({ done, failed, rest, expected }) => {
    expect(partialChangeError(done, failed, rest, failure)).toEqual(expected);
  });
});
