import { AwsError, type EmulatorRequest, type ServiceHandler } from '../../core/types';
import { matchRoute } from './router';
import { ROUTES } from './routes';

export const handle: ServiceHandler = (ctx) => {
  const match = matchRoute(ROUTES, ctx.req);
  if (!match) {
    throw new AwsError(
      'UnknownOperationException',
      404,
      `No API Gateway operation matches ${ctx.req.method} ${ctx.req.rawPath}`,
    );
  }
  return match.route.handler(ctx, match.params);
};

export function operationName(req: EmulatorRequest): string | undefined {
  return matchRoute(ROUTES, req)?.route.operation;
}
