import 'server-only';
import type { MiddlewareStack } from '@smithy/types';
import { currentTrail } from '@/lib/audit/trail';
import { isMutation, targetsOf } from '@/lib/audit/aws-targets';

interface WithMetadata {
  $metadata?: { requestId?: string };
}

/**
 * Records, for the action running now, the ARNs each mutating command changes and every AWS request id (success or
 * error), so the audit entry names them without each action listing them.
 */
export function recordForAudit<I extends object, O extends object>(
  client: { middlewareStack: MiddlewareStack<I, O> },
  service: string,
  region: string,
  account?: string,
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const trail = currentTrail();
      if (!trail) return next(args);
      const commandName = (context as { commandName?: string }).commandName ?? '';
      if (isMutation(commandName)) {
        const request = args.request as { path?: string; method?: string } | undefined;
        const path = service === 'apigateway' && request?.method !== 'GET' ? request?.path : undefined;
        for (const arn of targetsOf(args.input, { service, region, account, path })) trail.targets.add(arn);
      }
      try {
        const result = await next(args);
        const id = (result.output as WithMetadata).$metadata?.requestId;
        if (id) trail.requestIds.add(id);
        return result;
      } catch (error) {
        const id = (error as WithMetadata).$metadata?.requestId;
        if (id) trail.requestIds.add(id);
        throw error;
      }
    },
    { step: 'finalizeRequest', name: 'consoleAuditTrail' },
  );
}
