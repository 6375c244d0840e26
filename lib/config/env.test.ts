import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OIDC_ENV } from '@/lib/config/testing/oidc-env';
import { ENV_VARIABLES, EnvError, parseEnv } from './env';

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  it('fills the defaults when nothing is set, and treats an empty value as unset', () => {
    expect(parseEnv({ PORT: '', CONSOLE_TARGET: '' })).toEqual({
      PORT: 3000,
      CONSOLE_TARGET: 'emulator',
      CONSOLE_AWS_MAX_ATTEMPTS: 3,
      CONSOLE_APIGATEWAY_QUOTA_SHARE: 0.5,
      CONSOLE_READ_CACHE_SECONDS: 30,
      CONSOLE_READ_STALE_SECONDS: 300,
      CONSOLE_INDEX_FRESH_SECONDS: 300,
      CONSOLE_INDEX_WAIT_MS: 1000,
      NEXT_DIST_DIR: '.next',
      EMULATOR_PORT: 4566,
      EMULATOR_STATE: '.emulator/state.json',
      EMULATOR_SEED: 'demo',
      CONSOLE_AUTH: 'none',
      CONSOLE_ROLES: {},
      CONSOLE_READ_ONLY: false,
      CONSOLE_SESSION_HOURS: 8,
      OIDC_GROUPS_CLAIM: 'groups',
    });
  });

  it('turns numbers into numbers and keeps the rest', () => {
    const env = parseEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      CONSOLE_TARGET: 'aws',
      AWS_ENDPOINT_URL: 'http://localhost:4566',
      AWS_REGION: 'eu-south-2',
      CONSOLE_AWS_MAX_ATTEMPTS: '1',
      EMULATOR_SEED: 'scale:20',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      CONSOLE_TARGET: 'aws',
      AWS_REGION: 'eu-south-2',
      CONSOLE_AWS_MAX_ATTEMPTS: 1,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc": not a number; set the console port'],
    [{ PORT: '70000' }, 'PORT="70000": above 65535'],
    [{ CONSOLE_AWS_MAX_ATTEMPTS: '0' }, 'CONSOLE_AWS_MAX_ATTEMPTS="0": below 1'],
    [{ CONSOLE_AWS_MAX_ATTEMPTS: '2.5' }, 'CONSOLE_AWS_MAX_ATTEMPTS="2.5": not a whole number'],
    [{ CONSOLE_TARGET: 'prod' }, 'CONSOLE_TARGET="prod"'],
    [{ AWS_ENDPOINT_URL: 'localhost:4566' }, 'AWS_ENDPOINT_URL="localhost:4566": not an http(s) URL'],
    [{ AWS_REGION: 'Ireland' }, 'AWS_REGION="Ireland": not a Region code'],
    [{ EMULATOR_SEED: 'scale:0' }, 'EMULATOR_SEED="scale:0": not demo, none or scale:N'],
  ])('%o is refused with the variable, the value and the fix', (source, message) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  const oidc = OIDC_ENV;
  const alb = { CONSOLE_AUTH: 'alb', CONSOLE_ROLES: '{"a": {"*": "viewer"}}' };

  it.each([
    [{ CONSOLE_AUTH: 'saml' }, 'CONSOLE_AUTH="saml": not one of none, oidc, alb; use CONSOLE_AUTH=oidc'],
    [{ CONSOLE_ROLES: '{not json' }, 'CONSOLE_ROLES="{not json": not JSON ('],
    [{ CONSOLE_ROLES: '{"ops": {"*": "root"}}' }, 'at ops → *; map each group to a role per account context id'],
    [{ CONSOLE_ROLES: '["ops"]' }, 'CONSOLE_ROLES="[\\"ops\\"]": Invalid input: expected record'],
    [{ CONSOLE_ROLES: '{"ops": "admin"}' }, 'at ops; map each group'],
    [{ CONSOLE_SESSION_HOURS: 'eight' }, 'CONSOLE_SESSION_HOURS="eight": not a number; use hours above 0'],
    [{ CONSOLE_SESSION_HOURS: '721' }, 'CONSOLE_SESSION_HOURS="721": above 720 (30 days)'],
    [{ CONSOLE_READ_ONLY: 'yes' }, 'CONSOLE_READ_ONLY="yes": not true or false; use CONSOLE_READ_ONLY=true'],
    [{ CONSOLE_URL: 'console.example.com' }, 'CONSOLE_URL="console.example.com": not an http(s) URL'],
    [{ ...oidc, CONSOLE_ROLES: '' }, 'CONSOLE_ROLES is not set: required with CONSOLE_AUTH=oidc: without it nobody'],
    [
      { ...oidc, OIDC_ISSUER: '' },
      "OIDC_ISSUER is not set: required with CONSOLE_AUTH=oidc; set the identity provider's issuer URL",
    ],
    [
      { ...oidc, CONSOLE_URL: '' },
      'CONSOLE_URL is not set: required with CONSOLE_AUTH=oidc: the redirect URI is ${CONSOLE_URL}/auth/callback',
    ],
    [{ ...oidc, OIDC_CLIENT_ID: ' ' }, 'OIDC_CLIENT_ID is not set: required with CONSOLE_AUTH=oidc'],
    [{ ...oidc, OIDC_CLIENT_SECRET: '' }, 'OIDC_CLIENT_SECRET is not set: required with CONSOLE_AUTH=oidc'],
    [
      { ...oidc, CONSOLE_SESSION_SECRET: 'short' },
      'CONSOLE_SESSION_SECRET=<hidden>: shorter than 16 characters; set at least 16 random characters',
    ],
    [
      { ...oidc, OIDC_CLIENT_SECRET: 'short' },
      'CONSOLE_SESSION_SECRET is not set: not set, and OIDC_CLIENT_SECRET (used in its place) is shorter than 16 characters',
    ],
    [alb, 'ALB_ARN is not set: required with CONSOLE_AUTH=alb; set the ARN of the load balancer'],
    [{ ...alb, ALB_ARN: 'arn:aws:s3:::bucket' }, 'ALB_ARN="arn:aws:s3:::bucket": not an Application Load Balancer ARN'],
    [
      {
        ...alb,
        ALB_ARN: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/console/50dc6c495c0c9188',
        ALB_PUBLIC_KEY_URL: 'keys',
      },
      'ALB_PUBLIC_KEY_URL="keys": not an http(s) URL',
    ],
  ])('access setting %o is refused with the variable, the value and the fix', (source, message) => {
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('never repeats a secret in a message', () => {
    const problems = problemsOf({ CONSOLE_AUTH: 'oidc', OIDC_CLIENT_SECRET: 'tiny-secret', CONSOLE_ROLES: '{}' });
    expect(problems.join('\n')).not.toContain('tiny-secret');
  });

  it('lists every wrong variable at once', () => {
    expect(problemsOf({ PORT: 'x', EMULATOR_PORT: 'y' })).toHaveLength(2);
  });
});

describe('the README', () => {
  it('documents every variable in its configuration table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const undocumented = ENV_VARIABLES.filter((name) => !readme.includes(`| \`${name}\` |`));
    expect(undocumented).toEqual([]);
  });
});
