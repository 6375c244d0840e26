import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
