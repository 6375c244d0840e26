import { describe, expect, it, vi } from 'vitest';
import { throttleDelaySeconds, withQuotaWait } from './quota';
import { domainPolicyPatch } from './domain-names';

const throttled = (retryAfter: string) =>
  Object.assign(new Error('Too Many Requests'), {
    name: 'TooManyRequestsException',
    $metadata: { httpStatusCode: 429 },
    $response: { headers: { 'retry-after': retryAfter } },
  });

describe('domain mutation quota', () => {
  it('reads Retry-After from a throttled call and ignores other errors', () => {
    expect(throttleDelaySeconds(throttled('30'))).toBe(30);
    expect(
      throttleDelaySeconds(
        Object.assign(new Error('bad'), { name: 'BadRequestException', $metadata: { httpStatusCode: 400 } }),
      ),
    ).toBeUndefined();
  });

  it('waits for the quota and retries instead of failing', async () => {
    vi.useFakeTimers();
    const call = vi.fn().mockRejectedValueOnce(throttled('2')).mockResolvedValueOnce('ok');
    const result = withQuotaWait(call, 65);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(result).resolves.toBe('ok');
    expect(call).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('gives up once the wait budget is spent', async () => {
    const call = vi.fn().mockRejectedValue(throttled('30'));
    await expect(withQuotaWait(call, 10)).rejects.toThrow('Too Many Requests');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('batches policy and managementPolicy into one UpdateDomainName', () => {
    expect(domainPolicyPatch({ policy: '{"a":1}', managementPolicy: '' })).toEqual([
      { op: 'replace', path: '/policy', value: '{"a":1}' },
      { op: 'replace', path: '/managementPolicy', value: '' },
    ]);
    expect(domainPolicyPatch({})).toEqual([]);
  });
});
