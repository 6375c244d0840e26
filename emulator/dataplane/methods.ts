import type { StoredMethod, StoredResource } from '../services/apigateway/state';
import { entry } from '../core/entry';

export interface MatchedMethod {
  resource: StoredResource;
  method: StoredMethod;
  pathParameters: Record<string, string>;
}

/**
 * The deployed method a request path and HTTP method select: literal path parts beat `{param}`, which beats a greedy
 * `{proxy+}`; an exact HTTP method beats `ANY`. Undefined when nothing matches (API Gateway then answers 403
 * Missing Authentication Token).
 */
export function matchMethod(resources: StoredResource[], path: string, httpMethod: string): MatchedMethod | undefined {
  const segments = path.split('/').filter((s) => s !== '');
  const candidates = resources
    .map((resource) => ({ resource, match: matchPath(resource.path, segments) }))
    .filter((c): c is { resource: StoredResource; match: PathMatch } => c.match !== undefined)
    .sort((a, b) => compareScores(b.match.score, a.match.score));
  for (const { resource, match } of candidates) {
    const method = entry(resource.resourceMethods, httpMethod) ?? entry(resource.resourceMethods, 'ANY');
    if (method) return { resource, method, pathParameters: match.parameters };
  }
  return undefined;
}

interface PathMatch {
  parameters: Record<string, string>;
  /** Per template part: 2 literal, 1 parameter, 0 greedy. */
  score: number[];
}

function matchPath(template: string, segments: string[]): PathMatch | undefined {
  const parts = template.split('/').filter((s) => s !== '');
  const parameters: Record<string, string> = {};
  const score: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) {
      if (i !== parts.length - 1 || segments.length <= i) return undefined;
      parameters[greedy[1]] = segments.slice(i).map(decode).join('/');
      score.push(0);
      return { parameters, score };
    }
    if (i >= segments.length) return undefined;
    const param = /^\{(.+)\}$/.exec(part);
    if (param) {
      parameters[param[1]] = decode(segments[i]);
      score.push(1);
    } else if (part === decode(segments[i])) {
      score.push(2);
    } else {
      return undefined;
    }
  }
  return parts.length === segments.length ? { parameters, score } : undefined;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
