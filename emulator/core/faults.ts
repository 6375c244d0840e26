/** EMULATOR_FAULTS / POST /_emulator/faults: injected latency and errors, optionally limited to services/operations. */
export interface FaultSpec {
  latencyMs: number;
  errorRate: number;
  /** Empty = every service. */
  services: string[];
  /** Empty = every operation. Compared case-insensitively (RAM paths are lowercase operation names). */
  operations: string[];
}

export const NO_FAULTS: FaultSpec = { latencyMs: 0, errorRate: 0, services: [], operations: [] };

/**
 * `latency=200ms,error-rate=0.05,services=ram+ec2,ops=GetDomainNames`. Lists inside a value use `+` or `|`
 * (the comma separates settings). Empty text = no faults.
 */
export function parseFaultSpec(text: string | undefined, knownServices: readonly string[]): FaultSpec {
  const spec: FaultSpec = { ...NO_FAULTS, services: [], operations: [] };
  for (const part of (text ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    const list = value
      .split(/[+|]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (key === 'latency') spec.latencyMs = parseDuration(value);
    else if (key === 'error-rate') spec.errorRate = parseRate(value);
    else if (key === 'services') {
      const unknown = list.filter((service) => !knownServices.includes(service));
      if (unknown.length)
        throw new Error(`Unknown service(s) in faults: ${unknown.join(', ')} (known: ${knownServices.join(', ')})`);
      spec.services.push(...list);
    } else if (key === 'ops' || key === 'operations') spec.operations.push(...list.map((op) => op.toLowerCase()));
    else throw new Error(`Unknown fault setting "${key}" (expected latency, error-rate, services, ops)`);
  }
  return spec;
}

function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value);
  if (!match) throw new Error(`latency must look like 200ms or 1.5s; got "${value}"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

function parseRate(value: string): number {
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new Error(`error-rate must be between 0 and 1; got "${value}"`);
  return rate;
}

export function faultApplies(spec: FaultSpec, service: string, operation: string | undefined): boolean {
  if (spec.services.length > 0 && !spec.services.includes(service)) return false;
  if (spec.operations.length > 0 && !spec.operations.includes((operation ?? '').toLowerCase())) return false;
  return true;
}
