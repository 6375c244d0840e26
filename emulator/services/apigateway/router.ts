import { AwsError, type EmulatorRequest, type EmulatorResponse, type ServiceContext } from '../../core/types';

export type PathParams = Record<string, string>;
export type OperationHandler = (ctx: ServiceContext, params: PathParams) => EmulatorResponse;

export interface Route {
  method: string;
  /** Literal segments and `{name}` placeholders, e.g. `/restapis/{restapi_id}/stages`. */
  path: string;
  operation: string;
  handler: OperationHandler;
}

interface Match {
  route: Route;
  params: PathParams;
}

/** Match a request against the route table; path parameters are percent-decoded (`+` stays `+`). */
export function matchRoute(routes: readonly Route[], req: EmulatorRequest): Match | undefined {
  const segments = req.rawPath.replace(/\/+$/, '').split('/').slice(1);
  for (const route of routes) {
    if (route.method !== req.method) continue;
    const pattern = route.path.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const params: PathParams = {};
    const matched = pattern.every((part, i) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (placeholder) {
        params[placeholder[1]] = decodeSegment(segments[i]);
        return params[placeholder[1]] !== '';
      }
      return part === segments[i];
    });
    if (matched) return { route, params };
  }
  return undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new AwsError('BadRequestException', 400, `Invalid percent-encoding in path segment: ${segment}`);
  }
}
