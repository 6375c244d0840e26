import { describe, expect, it } from 'vitest';
import type { ConsoleError } from '@/lib/errors';
import { errorResponse } from './json-read';

describe('errorResponse', () => {
  it.each([
    { kind: 'invalid-input', status: 400 },
    { kind: 'forbidden', status: 403 },
    { kind: 'not-found', status: 404 },
    { kind: 'conflict', status: 409 },
    { kind: 'throttled', status: 429 },
    { kind: 'credentials', status: 502 },
    { kind: 'unavailable', status: 503 },
    { kind: 'unknown', status: 500 },
  ] as const)('$kind → HTTP $status with the error as body', async ({ kind, status }) => {
    const error: ConsoleError = { kind, title: 't', message: 'm' };
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(error);
  });

  it('tells a throttled caller when to come back', () => {
    const response = errorResponse({ kind: 'throttled', title: 't', message: 'm', retryAfterSeconds: 30 });
    expect(response.headers.get('retry-after')).toBe('30');
  });
});
