import { z } from 'zod';
import { roleMapSchema, type RoleMap } from './roles';

export type Env = Record<string, string | undefined>;

export type AuthMode = 'none' | 'oidc' | 'alb';

export interface AuthConfig {
  mode: AuthMode;
  roles: RoleMap;
  readOnly: boolean;
  sessionHours: number;
  groupsClaim: string;
  /** The public base URL (`CONSOLE_URL`); its host is the one served besides loopback names. */
  consoleUrl?: URL;
  oidc?: { issuer: URL; clientId: string; clientSecret: string; sessionSecret: string };
  alb?: { arn: string; region: string; publicKeyUrl?: string };
}

/** A setting that stops the server at start-up: names the variable and says how to fix it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly fix: string,
  ) {
    super(`${variable}: ${fix}`);
  }
}

function required(env: Env, name: string, why: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, `is required ${why}.`);
  return value;
}

function url(env: Env, name: string, example: string): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
  } catch {
    // worded below
  }
  throw new ConfigError(name, `"${raw}" is not an http(s) URL; set it like ${example}.`);
}

function parseRoles(raw: string | undefined): RoleMap {
  if (!raw?.trim()) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(
      'CONSOLE_ROLES',
      `is not JSON (${error instanceof Error ? error.message : String(error)}); set it like ` +
        `{"platform-admins": {"*": "admin"}, "payments-team": {"payments-prod": "operator", "*": "viewer"}}.`,
    );
  }
  const parsed = roleMapSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues as [z.core.$ZodIssue];
    const where = issue.path.length ? ` at ${issue.path.map(String).join(' → ')}` : '';
    throw new ConfigError(
      'CONSOLE_ROLES',
      `${issue.message}${where}; map each group to {"<context id or *>": "viewer" | "operator" | "admin"}.`,
    );
  }
  return parsed.data;
}

const modeSchema = z.enum(['none', 'oidc', 'alb']);

const ALB_ARN = /^arn:aws[\w-]*:elasticloadbalancing:([a-z0-9-]+):\d{12}:loadbalancer\/app\/[\w-]+\/[0-9a-f]+$/;

/** Reads the access settings from the environment; throws ConfigError on the first bad one. */
export function readAuthConfig(env: Env): AuthConfig {
  const rawMode = env.CONSOLE_AUTH?.trim() || 'none';
  const mode = modeSchema.safeParse(rawMode);
  if (!mode.success) throw new ConfigError('CONSOLE_AUTH', `"${rawMode}" is not one of none, oidc, alb.`);
  const hoursRaw = env.CONSOLE_SESSION_HOURS?.trim() || '8';
  const sessionHours = Number(hoursRaw);
  if (!Number.isFinite(sessionHours) || sessionHours <= 0 || sessionHours > 24 * 30)
    throw new ConfigError('CONSOLE_SESSION_HOURS', `"${hoursRaw}" is not a number of hours between 0 and 720.`);
  const readOnlyRaw = env.CONSOLE_READ_ONLY?.trim().toLowerCase() ?? '';
  if (!['', 'true', 'false', '1', '0'].includes(readOnlyRaw))
    throw new ConfigError('CONSOLE_READ_ONLY', `"${readOnlyRaw}" is not true or false.`);
  const config: AuthConfig = {
    mode: mode.data,
    roles: parseRoles(env.CONSOLE_ROLES),
    readOnly: readOnlyRaw === 'true' || readOnlyRaw === '1',
    sessionHours,
    groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || 'groups',
    consoleUrl: url(env, 'CONSOLE_URL', 'https://console.example.com'),
  };
  if (config.mode !== 'none' && Object.keys(config.roles).length === 0)
    throw new ConfigError(
      'CONSOLE_ROLES',
      `is required with CONSOLE_AUTH=${config.mode}: without it nobody may use the console; set it like {"platform-admins": {"*": "admin"}}.`,
    );
  if (config.mode === 'oidc') {
    const why = 'with CONSOLE_AUTH=oidc';
    const issuer = url(env, 'OIDC_ISSUER', 'https://login.example.com/realms/main');
    if (!issuer) throw new ConfigError('OIDC_ISSUER', `is required ${why} (the identity provider's issuer URL).`);
    if (!config.consoleUrl)
      throw new ConfigError('CONSOLE_URL', `is required ${why}: the redirect URI is \${CONSOLE_URL}/auth/callback.`);
    const clientSecret = required(env, 'OIDC_CLIENT_SECRET', why);
    const sessionSecret = env.CONSOLE_SESSION_SECRET?.trim() || clientSecret;
    if (sessionSecret.length < 16)
      throw new ConfigError(
        'CONSOLE_SESSION_SECRET',
        'must be at least 16 characters (it encrypts the session cookie).',
      );
    config.oidc = { issuer, clientId: required(env, 'OIDC_CLIENT_ID', why), clientSecret, sessionSecret };
  }
  if (config.mode === 'alb') {
    const arn = required(env, 'ALB_ARN', 'with CONSOLE_AUTH=alb (the load balancer that signs x-amzn-oidc-data)');
    const match = ALB_ARN.exec(arn);
    if (!match)
      throw new ConfigError(
        'ALB_ARN',
        `"${arn}" is not an Application Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>).`,
      );
    const keyUrl = url(env, 'ALB_PUBLIC_KEY_URL', 'https://public-keys.auth.elb.eu-west-1.amazonaws.com');
    config.alb = { arn, region: match[1], publicKeyUrl: keyUrl?.toString() };
  }
  return config;
}

let cached: AuthConfig | undefined;

/** The process's access settings, read once (start-up validation has already rejected bad values). */
export function authConfig(): AuthConfig {
  cached ??= readAuthConfig(process.env);
  return cached;
}
