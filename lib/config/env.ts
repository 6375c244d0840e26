/**
 * Every environment variable the console and `npm start` read, parsed once by one schema. A wrong value stops the
 * process at the first read with a message that names the variable and says how to fix it, instead of surfacing later
 * as `NaN` retries or a client pointed nowhere. Add a variable here (schema + fix) and to the README's table.
 *
 * Plain module (no `server-only`): `scripts/start.ts` validates with it before it starts anything.
 */
import { z } from 'zod';
import { roleMapSchema } from '../auth/roles';

/** Surrounding blanks are dropped, and an empty value (`PORT=`) means "unset", as shells and .env files write it. */
const unsetIfEmpty = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

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
const httpUrl = z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, error: 'not an http(s) URL' }).optional());
const region = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, { error: 'not a Region code' })
    .optional(),
);

/** `true`/`false` (or 1/0), any case. */
const flag = z.preprocess(
  (value) => (typeof value === 'string' ? unsetIfEmpty(value.toLowerCase()) : value),
  z
    .enum(['true', 'false', '1', '0'], { error: 'not true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
);

/** JSON that maps groups to a role per context id; each problem names where in the JSON it is. */
const roleMap = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .default('{}')
    .transform((raw, ctx): unknown => {
      try {
        return JSON.parse(raw);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `not JSON (${error instanceof Error ? error.message : String(error)})`,
        });
        return z.NEVER;
      }
    })
    .pipe(roleMapSchema),
);

const ALB_ARN = /^arn:aws[\w-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[\w-]+\/[0-9a-f]+$/;

const schema = z.object({
  PORT: port(3000),
  HOST: optionalText,
  CONSOLE_TARGET: z.preprocess(unsetIfEmpty, z.enum(['emulator', 'aws']).default('emulator')),
  AWS_ENDPOINT_URL: httpUrl,
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
  CONSOLE_AUTH: z.preprocess(
    unsetIfEmpty,
    z.enum(['none', 'oidc', 'alb'], { error: 'not one of none, oidc, alb' }).default('none'),
  ),
  CONSOLE_ROLES: roleMap,
  CONSOLE_READ_ONLY: flag,
  CONSOLE_URL: httpUrl,
  CONSOLE_SESSION_HOURS: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'not a number' })
      .gt(0, { error: 'not above 0' })
      .max(720, { error: 'above 720 (30 days)' })
      .default(8),
  ),
  CONSOLE_SESSION_SECRET: z.preprocess(
    unsetIfEmpty,
    z.string().min(16, { error: 'shorter than 16 characters' }).optional(),
  ),
  OIDC_ISSUER: httpUrl,
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_GROUPS_CLAIM: z.preprocess(unsetIfEmpty, z.string().default('groups')),
  ALB_ARN: z.preprocess(
    unsetIfEmpty,
    z.string().regex(ALB_ARN, { error: 'not an Application Load Balancer ARN' }).optional(),
  ),
  ALB_PUBLIC_KEY_URL: httpUrl,
});

/** Settings that only make sense together: what each sign-in mode needs. */
const consistentSchema = schema.superRefine((env, ctx) => {
  const missing = (variable: EnvVariable, why: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message: `required with CONSOLE_AUTH=${env.CONSOLE_AUTH}${why}` });
  if (env.CONSOLE_AUTH !== 'none' && Object.keys(env.CONSOLE_ROLES).length === 0)
    missing('CONSOLE_ROLES', ': without it nobody may use the console');
  if (env.CONSOLE_AUTH === 'oidc') {
    if (!env.OIDC_ISSUER) missing('OIDC_ISSUER', '');
    if (!env.CONSOLE_URL) missing('CONSOLE_URL', ': the redirect URI is ${CONSOLE_URL}/auth/callback');
    if (!env.OIDC_CLIENT_ID) missing('OIDC_CLIENT_ID', '');
    if (!env.OIDC_CLIENT_SECRET) missing('OIDC_CLIENT_SECRET', '');
    else if (!env.CONSOLE_SESSION_SECRET && env.OIDC_CLIENT_SECRET.length < 16)
      ctx.addIssue({
        code: 'custom',
        path: ['CONSOLE_SESSION_SECRET'],
        message: 'not set, and OIDC_CLIENT_SECRET (used in its place) is shorter than 16 characters',
      });
  }
  if (env.CONSOLE_AUTH === 'alb' && !env.ALB_ARN) missing('ALB_ARN', '');
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
  CONSOLE_AUTH: 'use CONSOLE_AUTH=oidc (built-in sign-in), alb (behind an authenticating ALB) or none (default)',
  CONSOLE_ROLES:
    'map each group to a role per account context id, e.g. {"platform-admins": {"*": "admin"}, "payments-team": {"payments-prod": "operator", "*": "viewer"}}',
  CONSOLE_READ_ONLY: 'use CONSOLE_READ_ONLY=true or false (default)',
  CONSOLE_URL: 'set the public base URL, e.g. https://console.example.com',
  CONSOLE_SESSION_HOURS: 'use hours above 0 and at most 720, e.g. 8 (default)',
  CONSOLE_SESSION_SECRET:
    'set at least 16 random characters, the same on every replica (it encrypts the session cookie)',
  OIDC_ISSUER: "set the identity provider's issuer URL, e.g. https://login.example.com/realms/main",
  OIDC_CLIENT_ID: "set the console's client id at the identity provider",
  OIDC_CLIENT_SECRET: "set the console's client secret at the identity provider",
  OIDC_GROUPS_CLAIM: "name the claim that lists the user's groups, or unset it for groups",
  ALB_ARN:
    'set the ARN of the load balancer that signs x-amzn-oidc-data: arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>',
  ALB_PUBLIC_KEY_URL: 'set an http(s) URL such as https://public-keys.auth.elb.eu-west-1.amazonaws.com, or unset it',
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
  const result = consistentSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const [name, ...inside] = issue.path.map(String) as [EnvVariable, ...string[]];
    const value = source[name]?.trim() ? `${name}=${quoted(name, source[name])}` : `${name} is not set`;
    const where = inside.length ? ` at ${inside.join(' → ')}` : '';
    return `${value}: ${issue.message}${where}; ${FIXES[name]}.`;
  });
  throw new EnvError(problems);
}

/** Secrets are never echoed back: an error message may end up in a log. */
const SECRETS: ReadonlySet<EnvVariable> = new Set(['OIDC_CLIENT_SECRET', 'CONSOLE_SESSION_SECRET']);

function quoted(name: EnvVariable, value: string | undefined): string {
  return SECRETS.has(name) ? '<hidden>' : JSON.stringify(value);
}

let parsed: ConsoleEnv | undefined;

/** The console's configuration, parsed from `process.env` on first use. */
export function env(): ConsoleEnv {
  parsed ??= parseEnv(process.env);
  return parsed;
}
