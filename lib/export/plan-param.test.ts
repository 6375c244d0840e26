import { describe, expect, it } from 'vitest';
import type { CreateDomainDraft } from '@/lib/domains/create-domain-schema';
import { decodePlanParam, encodePlanParam } from './plan-param';

const draft: CreateDomainDraft = {
  creationToken: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  domainName: 'Orders.Internal.Example.com',
  certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/0f3c0a43-9a8e-4b7e-9f55-1c2d3e4f5a6b',
  securityPolicy: 'TLS_1_2',
  access: { mode: 'generated', vpceIds: ['vpce-0123456789abcdef0'], vpcIds: [], policyText: '' },
  mappings: [{ basePath: '/orders/', restApiId: 'a1b2c3d4e5', stage: 'prod' }],
  updateApiPolicies: true,
  redeployStages: true,
  sharing: { mode: 'ram-new', principals: ['222222222222'], shareName: 'orders share', existingShareArn: '' },
};

describe('the wizard input in an export URL', () => {
  it('round-trips through base64url, normalized by the wizard schema, without the creation token', () => {
    const param = encodePlanParam(draft);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param).not.toContain(draft.creationToken);
    const decoded = decodePlanParam(param);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.input.domainName).toBe('orders.internal.example.com');
    expect(decoded.input.mappings[0].basePath).toBe('orders');
    expect(decoded.input.sharing.shareName).toBe('orders share');
  });

  it.each([
    ['no parameter', null, /Add the wizard input/],
    ['not base64url JSON', '%%%', /not base64url-encoded JSON/],
    [
      'an incomplete input',
      encodePlanParam({ ...draft, mappings: [] }),
      /mappings: Add at least one base path mapping/,
    ],
  ])('says what is wrong with %s', (_, param, message) => {
    const decoded = decodePlanParam(param);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });
});
