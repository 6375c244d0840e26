import { describe, expect, it } from 'vitest';
import { explainAssociationFailure } from './association-errors';
import { DOMAIN_ARN } from './test-fixtures';

const ctx = { accountId: '333333333333', domainNameArn: DOMAIN_ARN, vpceId: 'vpce-0f33c0de5e73000e1' };

describe('explainAssociationFailure', () => {
  it('turns a resource-policy denial into "not shared with you", naming both accounts and the fix', () => {
    const p = explainAssociationFailure(
      {
        code: 'AccessDeniedException',
        status: 403,
        message: `User: arn:aws:iam::333333333333:root is not authorized to perform: apigateway:CreateAccessAssociation on resource: ${DOMAIN_ARN} because no resource-based policy allows the apigateway:CreateAccessAssociation action`,
      },
      ctx,
    );
    expect(p?.title).toBe('This domain is not shared with this account');
    expect(p?.message).toMatch(
      /The provider \(account 111111111111\) has not shared api\.internal\.example\.com with account 333333333333, and no invitation for it is waiting\. The provider must share it again: via RAM/,
    );
  });

  it('sends the consumer to its waiting invitation instead of the provider', () => {
    const p = explainAssociationFailure(
      {
        code: 'AccessDeniedException',
        status: 403,
        message: 'not authorized to perform: apigateway:CreateAccessAssociation',
      },
      { ...ctx, pendingInvitation: true },
    );
    expect(p?.message).toMatch(/an invitation for it is waiting\. Accept it on the Sharing page/);
    expect(p?.message).not.toMatch(/must share it again/);
  });

  it('leaves a denial by the caller’s own IAM policy to the generic mapping', () => {
    expect(
      explainAssociationFailure(
        {
          code: 'AccessDeniedException',
          message:
            'not authorized to perform: apigateway:CreateAccessAssociation because no identity-based policy allows it',
        },
        ctx,
      ),
    ).toBeUndefined();
  });

  it('puts unknown domains, conflicts and Region mistakes on the right field', () => {
    expect(
      explainAssociationFailure({ code: 'NotFoundException', message: 'Invalid domain name identifier specified' }, ctx)
        ?.field,
    ).toBe('domainNameArn');
    const same = explainAssociationFailure(
      {
        code: 'ConflictException',
        message: 'VPC endpoint x is already associated with another private domain named y',
      },
      ctx,
    );
    expect(same).toMatchObject({ field: 'vpcEndpointId', title: 'Endpoint fronts a domain of the same name' });
    expect(explainAssociationFailure({ code: 'ConflictException', message: 'already associated' }, ctx)?.title).toBe(
      'Already associated',
    );
    expect(
      explainAssociationFailure(
        {
          code: 'BadRequestException',
          message: 'The private domain name is in eu-west-1 but the request is for us-east-1',
        },
        ctx,
      )?.field,
    ).toBe('domainNameArn');
    expect(
      explainAssociationFailure(
        { code: 'BadRequestException', message: 'Invalid VPC endpoint identifier specified' },
        ctx,
      )?.field,
    ).toBe('vpcEndpointId');
  });

  it('does not claim throttling or unknown errors', () => {
    expect(
      explainAssociationFailure({ code: 'TooManyRequestsException', status: 429, message: 'Too Many Requests' }, ctx),
    ).toBeUndefined();
  });
});
