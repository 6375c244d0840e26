/**
 * Which API Gateway method a request reaches, so the console can tell whether it is AWS_IAM without asking the
 * operator. Resource paths use `{name}` for one segment and `{name+}` for the rest of the path.
 */
import type { AuthorizationType } from '@/lib/invoke/types';
import type { ResourceMethods } from '@/lib/model/resource-methods';
import { HTTP_METHODS, type HttpMethod } from './selection';

export interface MethodMatch {
  resourcePath: string;
  httpMethod: string;
  authorizationType: AuthorizationType;
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Literal segments beat `{param}`, which beats `{proxy+}` — API Gateway prefers the most specific resource. */
function score(template: string[], actual: string[]): number | undefined {
  let total = 0;
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    if (/^\{[^}]+\+\}$/.test(t)) return i < actual.length && i === template.length - 1 ? total : undefined;
    if (i >= actual.length) return undefined;
    if (/^\{[^}]+\}$/.test(t)) total += 1;
    else if (t === actual[i]) total += 2;
    else return undefined;
  }
  return template.length === actual.length ? total + 1 : undefined;
}

const KNOWN: ReadonlySet<string> = new Set(['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS']);

export function matchMethod(resources: ResourceMethods[], method: string, path: string): MethodMatch | undefined {
  const actual = segments(path);
  const wanted = method.toUpperCase();
  let best: { match: MethodMatch; score: number } | undefined;
  for (const r of resources) {
    const s = score(segments(r.path), actual);
    if (s === undefined) continue;
    const httpMethod = wanted in r.methods ? wanted : 'ANY' in r.methods ? 'ANY' : undefined;
    if (!httpMethod) continue;
    // An exact method beats ANY on the same resource.
    const total = s * 2 + (httpMethod === wanted ? 1 : 0);
    if (best && best.score >= total) continue;
    const auth = r.methods[httpMethod];
    best = {
      score: total,
      match: {
        resourcePath: r.path,
        httpMethod,
        authorizationType: (KNOWN.has(auth) ? auth : 'NONE') as AuthorizationType,
      },
    };
  }
  return best?.match;
}

function examplePath(path: string): string {
  return path.replace(/\{[^}]+\}/g, 'example');
}

/**
 * A request that reaches a real method, for answers where nobody chose one yet: GET before other methods, paths
 * without parameters before those with, shorter before longer. Path parameters become `example`.
 */
export function sampleRequest(resources: ResourceMethods[]): { method: HttpMethod; path: string } | undefined {
  const candidates = resources.flatMap((r) =>
    Object.keys(r.methods)
      .map((m) => (m === 'ANY' ? 'GET' : HTTP_METHODS.find((known) => known === m)))
      .filter((m) => m !== undefined)
      .map((method) => ({ method, path: r.path, hasParams: r.path.includes('{') })),
  );
  candidates.sort(
    (a, b) =>
      Number(a.method !== 'GET') - Number(b.method !== 'GET') ||
      Number(a.hasParams) - Number(b.hasParams) ||
      a.path.split('/').length - b.path.split('/').length ||
      a.path.localeCompare(b.path),
  );
  const best = candidates.at(0);
  return best && { method: best.method, path: examplePath(best.path) };
}
