/**
 * Every environment variable the console and `npm start` read, parsed once by one schema. A wrong value stops the
 * process at the first read with a message that names the variable and says how to fix it, instead of surfacing later
 * as `NaN` retries or a client pointed nowhere. Add a variable here (schema + fix) and to the README's table.
 *
 * Plain module (no `server-only`): `scripts/start.ts` validates with it before it starts anything.
 */
import { z } from 'zod';

/** An empty value (`PORT=`) means "unset", as shells and .env files write it. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'not a number' })
      .int({ error: 'not a whole number' })
      .min(min, { error: `below ${min}` })
      .max(max, { error: `above ${max}` })
      .default(fallback),
  );
const port = (fallback: number) => wholeNumber(1, 65535, fallback);
const optionalText = z.preprocess(unsetIfEmpty, z.string().optional());
const region = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: 'not a Region code' })
    .optional(),
);

const schema = z.object({
  PORT: port(3000),
  HOST: optionalText,
  CONSOLE_TARGET: z.preprocess(unsetIfEmpty, z.enum(['emulator', 'aws']).default('emulator')),
  AWS_ENDPOINT_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, error: 'not an http(s) URL' }).optional()),
  AWS_REGION: region,
  AWS_DEFAULT_REGION: region,
  CONSOLE_AWS_MAX_ATTEMPTS: wholeNumber(1, 10, 3),
  CONSOLE_APIGATEWAY_QUOTA_SHARE: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'not a number' })
      .gt(0, { error: 'not above 0' })
      .max(1, { error: 'above 1' })
      .default(0.5),
  ),
  CONSOLE_READ_CACHE_SECONDS: wholeNumber(0, 3600, 30),
  CONSOLE_READ_STALE_SECONDS: wholeNumber(0, 86_400, 300),
  CONSOLE_INDEX_FRESH_SECONDS: wholeNumber(0, 86_400, 300),
  CONSOLE_INDEX_WAIT_MS: wholeNumber(0, 60_000, 1000),
  NEXT_DIST_DIR: z.preprocess(unsetIfEmpty, z.string().default('.next')),
  EMULATOR_PORT: port(4566),
  EMULATOR_STATE: z.preprocess(unsetIfEmpty, z.string().default('.emulator/state.json')),
  EMULATOR_SEED: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^(demo|none|scale:[1-9]\d*)$/, { error: 'not demo, none or scale:N' })
      .default('demo'),
  ),
});

export type ConsoleEnv = z.infer<typeof schema>;
export type EnvVariable = keyof ConsoleEnv;

/** What to do about a wrong value, one line per variable. */
const FIXES: Record<EnvVariable, string> = {
  PORT: 'set the console port, e.g. PORT=3000, or unset it',
  HOST: 'set the address the console listens on, e.g. HOST=0.0.0.0 behind a load balancer, or unset it for 127.0.0.1',
  CONSOLE_TARGET: 'use CONSOLE_TARGET=emulator (default) or CONSOLE_TARGET=aws',
  AWS_ENDPOINT_URL: 'set a full URL such as http://127.0.0.1:4566, or unset it to use AWS itself',
  AWS_REGION: 'use a Region code such as eu-west-1, or unset it',
  AWS_DEFAULT_REGION: 'use a Region code such as eu-west-1, or unset it',
  CONSOLE_AWS_MAX_ATTEMPTS: 'use a whole number from 1 to 10 (1 = no retries), or unset it for 3',
  CONSOLE_APIGATEWAY_QUOTA_SHARE:
    'use a fraction of API Gateway’s 10 req/s quota above 0 and at most 1, e.g. 0.5 (default), or unset it',
  CONSOLE_READ_CACHE_SECONDS: 'use whole seconds from 0 (no reuse) to 3600, or unset it for 30',
  CONSOLE_READ_STALE_SECONDS: 'use whole seconds from 0 to 86400, or unset it for 300',
  CONSOLE_INDEX_FRESH_SECONDS: 'use whole seconds from 0 to 86400, or unset it for 300',
  CONSOLE_INDEX_WAIT_MS: 'use whole milliseconds from 0 to 60000, or unset it for 1000',
  NEXT_DIST_DIR: 'set a directory name such as .next, or unset it',
  EMULATOR_PORT: 'set the emulator port, e.g. EMULATOR_PORT=4566, or unset it',
  EMULATOR_STATE: 'set a file path, or EMULATOR_STATE=memory for no state file',
  EMULATOR_SEED: 'use EMULATOR_SEED=demo, none or scale:N (N ≥ 1)',
};

export const ENV_VARIABLES = Object.keys(FIXES) as EnvVariable[];

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses `source` (the process environment by default); throws an EnvError listing every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): ConsoleEnv {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]) as EnvVariable;
    return `${name}=${JSON.stringify(source[name])}: ${issue.message}; ${FIXES[name]}.`;
  });
  throw new EnvError(problems);
}

let parsed: ConsoleEnv | undefined;

/** The console's configuration, parsed from `process.env` on first use. */
export function env(): ConsoleEnv {
  parsed ??= parseEnv(process.env);
  return parsed;
}
