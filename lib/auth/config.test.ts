import { describe, expect, it } from 'vitest';
import { OIDC_ENV } from '@/lib/config/testing/oidc-env';
import { readAuthConfig } from './config';
import { checkAccessSettings } from './startup-check';

const oidc = OIDC_ENV;

describe('readAuthConfig', () => {
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

  it('keeps a key URL template as written (the {kid} placeholder is not escaped)', () => {
    const config = readAuthConfig({
      CONSOLE_AUTH: 'alb',
      CONSOLE_ROLES: '{"a": {"*": "viewer"}}',
      ALB_ARN: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/console/50dc6c495c0c9188',
      ALB_PUBLIC_KEY_URL: 'https://keys.example.com/{kid}',
    });
    expect(config.alb?.publicKeyUrl).toBe('https://keys.example.com/{kid}');
  });

  it('uses the client secret for the session cookie when no session secret is set', () => {
    expect(readAuthConfig(oidc).oidc?.sessionSecret).toBe(oidc.OIDC_CLIENT_SECRET);
    expect(readAuthConfig({ ...oidc, CONSOLE_SESSION_SECRET: 'another-long-secret' }).oidc?.sessionSecret).toBe(
      'another-long-secret',
    );
  });

  it('reads no sign-in, no roles and read-only off when nothing is set', () => {
    expect(readAuthConfig({})).toEqual({
      mode: 'none',
      roles: {},
      readOnly: false,
      sessionHours: 8,
      groupsClaim: 'groups',
      consoleUrl: undefined,
    });
    expect(readAuthConfig({ CONSOLE_READ_ONLY: ' TRUE ' }).readOnly).toBe(true);
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
