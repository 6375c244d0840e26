import { describe, expect, it } from 'vitest';
import { domainPolicyPatch } from './domain-names';

describe('domainPolicyPatch', () => {
  it.each([
    {
      changes: { policy: '{"a":1}', managementPolicy: '' },
      ops: [
        { op: 'replace', path: '/policy', value: '{"a":1}' },
        { op: 'replace', path: '/managementPolicy', value: '' },
      ],
    },
    { changes: { managementPolicy: '{}' }, ops: [{ op: 'replace', path: '/managementPolicy', value: '{}' }] },
    { changes: {}, ops: [] },
  ])('batches $changes into one UpdateDomainName', ({ changes, ops }) => {
    expect(domainPolicyPatch(changes)).toEqual(ops);
  });
});
