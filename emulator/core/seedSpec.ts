/** How big each account of a `scale` seed is. */
export interface ScaleSizes {
  /** REST APIs per account: ten of them REGIONAL (when there are at least twenty), the rest PRIVATE. */
  apis: number;
  /** execute-api interface endpoints per account, twenty per VPC. */
  endpoints: number;
  /** Private custom domain names per account. */
  domains: number;
}

export const DEFAULT_SCALE_SIZES: ScaleSizes = { apis: 260, endpoints: 200, domains: 50 };

/** EMULATOR_SEED: `demo` (default), `none`, or `scale:N` (N accounts of `sizes` each). */
export type SeedSpec = { kind: 'demo' } | { kind: 'none' } | { kind: 'scale'; accounts: number; sizes: ScaleSizes };

export function parseSeedSpec(text: string | undefined, sizes: ScaleSizes = DEFAULT_SCALE_SIZES): SeedSpec {
  const value = (text ?? 'demo').trim();
  if (value === '' || value === 'demo') return { kind: 'demo' };
  if (value === 'none') return { kind: 'none' };
  const scale = /^scale:(\d+)$/.exec(value);
  if (scale && Number(scale[1]) > 0) return { kind: 'scale', accounts: Number(scale[1]), sizes };
  throw new Error(`EMULATOR_SEED must be demo, none or scale:N (N ≥ 1); got "${value}"`);
}

/** EMULATOR_SCALE_APIS / _ENDPOINTS / _DOMAINS (per account); unset ones keep their default. */
export function parseScaleSizes(env: Readonly<Record<string, string | undefined>>): ScaleSizes {
  return {
    apis: sizeFrom(env, 'EMULATOR_SCALE_APIS', DEFAULT_SCALE_SIZES.apis, 5000),
    // 20 endpoints per VPC and VPC CIDRs 10.0–254.0.0/16.
    endpoints: sizeFrom(env, 'EMULATOR_SCALE_ENDPOINTS', DEFAULT_SCALE_SIZES.endpoints, 5000),
    domains: sizeFrom(env, 'EMULATOR_SCALE_DOMAINS', DEFAULT_SCALE_SIZES.domains, 1000),
  };
}

function sizeFrom(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  max: number,
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}; got "${text}"`);
  }
  return value;
}

/** EMULATOR_LATENCY_MS: an added delay on every AWS call, like the round trip to a real Region (0 = none). */
export function parseLatency(text: string | undefined): number {
  const value = Number(text?.trim() || '0');
  if (!Number.isFinite(value) || value < 0 || value > 60_000) {
    throw new Error(`EMULATOR_LATENCY_MS must be a number of milliseconds from 0 to 60000; got "${text ?? ''}"`);
  }
  return value;
}
