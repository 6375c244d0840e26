import { env, parseEnv, type ConsoleEnv } from '@/lib/config/env';
import type { RoleMap } from './roles';

export type Env = Record<string, string | undefined>;

export type AuthMode = ConsoleEnv['CONSOLE_AUTH'];

/** The access settings as sign-in, roles and the session cookie use them (validated in `lib/config/env.ts`). */
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

/**
 * Groups the validated variables by the mode that uses them. The schema has already refused a mode without what it
 * needs; the checks here only narrow the types.
 */
export function toAuthConfig(settings: ConsoleEnv): AuthConfig {
  const config: AuthConfig = {
    mode: settings.CONSOLE_AUTH,
    roles: settings.CONSOLE_ROLES,
    readOnly: settings.CONSOLE_READ_ONLY,
    sessionHours: settings.CONSOLE_SESSION_HOURS,
    groupsClaim: settings.OIDC_GROUPS_CLAIM,
    consoleUrl: settings.CONSOLE_URL ? new URL(settings.CONSOLE_URL) : undefined,
  };
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, CONSOLE_SESSION_SECRET, ALB_ARN } = settings;
  if (config.mode === 'oidc' && OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET)
    config.oidc = {
      issuer: new URL(OIDC_ISSUER),
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      sessionSecret: CONSOLE_SESSION_SECRET ?? OIDC_CLIENT_SECRET,
    };
  if (config.mode === 'alb' && ALB_ARN)
    // arn:<partition>:elasticloadbalancing:<region>:… (the schema checked the shape)
    config.alb = { arn: ALB_ARN, region: ALB_ARN.split(':')[3], publicKeyUrl: settings.ALB_PUBLIC_KEY_URL };
  return config;
}

/** The access settings of `source`; throws an EnvError naming every wrong variable and its fix. */
export function readAuthConfig(source: Env): AuthConfig {
  return toAuthConfig(parseEnv(source));
}

let cached: AuthConfig | undefined;

/** The process's access settings, read once (start-up validation has already rejected bad values). */
export function authConfig(): AuthConfig {
  cached ??= toAuthConfig(env());
  return cached;
}
