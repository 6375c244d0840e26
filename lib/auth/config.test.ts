import { describe, expect, it } from 'vitest';
import { ConfigError, readAuthConfig } from './config';
import { checkAccessSettings } from './startup-check';

const oidc = {
  CONSOLE_AUTH: 'oidc',
  CONSOLE_ROLES: '{"ops": {"*": "operator"}}',
  OIDC_ISSUER: 'https://idp.example.com',
  OIDC_CLIENT_ID: 'console',
  OIDC_CLIENT_SECRET: 'a-long-enough-secret',
  CONSOLE_URL: 'https://console.example.com',
};

describe('readAuthConfig', () => {
  it.each([
    [{ CONSOLE_AUTH: 'saml' }, 'CONSOLE_AUTH'],
    [{ CONSOLE_ROLES: '{not json' }, 'CONSOLE_ROLES'],
    [{ CONSOLE_ROLES: '{"ops": {"*": "root"}}' }, 'CONSOLE_ROLES'],
    [{ CONSOLE_ROLES: '["ops"]' }, 'CONSOLE_ROLES'],
    [{ CONSOLE_SESSION_HOURS: 'eight' }, 'CONSOLE_SESSION_HOURS'],
    [{ CONSOLE_READ_ONLY: 'yes' }, 'CONSOLE_READ_ONLY'],
    [{ ...oidc, CONSOLE_ROLES: '' }, 'CONSOLE_ROLES'],
    [{ ...oidc, OIDC_ISSUER: '' }, 'OIDC_ISSUER'],
    [{ ...oidc, CONSOLE_URL: 'console.example.com' }, 'CONSOLE_URL'],
    [{ ...oidc, OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET'],
    [{ CONSOLE_AUTH: 'alb', CONSOLE_ROLES: '{"a": {"*": "viewer"}}' }, 'ALB_ARN'],
    [{ CONSOLE_AUTH: 'alb', CONSOLE_ROLES: '{"a": {"*": "viewer"}}', ALB_ARN: 'arn:aws:s3:::bucket' }, 'ALB_ARN'],
  ])('%j is refused naming %s', (env, variable) => {
    expect(() => readAuthConfig(env)).toThrow(ConfigError);
    try {
      readAuthConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
    }
  });

  it('reads a complete oidc setting with defaults', () => {
    const config = readAuthConfig(oidc);
    expect(config).toMatchObject({ mode: 'oidc', sessionHours: 8, groupsClaim: 'groups', readOnly: false });
    expect(config.roles).toEqual({ ops: { '*': 'operator' } });
  });

  it('takes the ALB Region from its ARN', () => {
    const config = readAuthConfig({
      CONSOLE_AUTH: 'alb',
      CONSOLE_ROLES: '{"a": {"*": "viewer"}}',
      ALB_ARN: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/console/50dc6c495c0c9188',
    });
    expect(config.alb?.region).toBe('eu-west-1');
  });
});

describe('checkAccessSettings', () => {
  it.each([
    [{ CONSOLE_TARGET: 'aws', HOST: '0.0.0.0' }, true],
    [{ CONSOLE_TARGET: 'aws' }, true],
    [{ CONSOLE_TARGET: 'aws', HOST: '127.0.0.1' }, false],
    [{ CONSOLE_TARGET: 'emulator', HOST: '0.0.0.0' }, false],
    [{ ...oidc, CONSOLE_TARGET: 'aws', HOST: '0.0.0.0' }, false],
  ])('%j refused: %s', (env, refused) => {
    if (refused) expect(() => checkAccessSettings(env)).toThrow(/CONSOLE_AUTH.*HOST=127.0.0.1/);
    else expect(() => checkAccessSettings(env)).not.toThrow();
  });
});
