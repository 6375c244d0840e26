import { z } from 'zod';
import type { RequestInput } from '../../core/input';
import { badRequest } from './errors';

const PATCH_OPERATION = z.object({
  op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
  path: z.string(),
  value: z.string().optional(),
  from: z.string().optional(),
});

export type PatchOperation = z.infer<typeof PATCH_OPERATION>;

/** The `patchOperations` list of an Update* body, shape-checked. */
export function patchOperations(body: RequestInput): PatchOperation[] {
  const list = body.read('patchOperations', z.array(z.unknown()), 'a list') ?? [];
  return list.map((raw) => {
    const parsed = PATCH_OPERATION.safeParse(raw);
    if (parsed.success) return parsed.data;
    const valueIsWrong = parsed.error.issues.every((issue) => issue.path[0] === 'value');
    throw badRequest(
      valueIsWrong
        ? 'Invalid patch operation: value must be a string'
        : 'Invalid patch operation: op and path are required',
    );
  });
}

export function unsupportedPatch(op: PatchOperation, resource: string): never {
  throw badRequest(`Invalid patch path '${op.path}' specified for op '${op.op}' on ${resource}`);
}

/** `replace` (or `add`) with a value; anything else on a scalar field is rejected. */
export function replacementValue(op: PatchOperation, resource: string): string {
  if ((op.op !== 'replace' && op.op !== 'add') || op.value === undefined) unsupportedPatch(op, resource);
  return op.value;
}
