import { badRequest } from './errors';

export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: string;
  from?: string;
}

const OPS = ['add', 'remove', 'replace', 'move', 'copy', 'test'];

/** The `patchOperations` list of an Update* body, shape-checked. */
export function patchOperations(body: Record<string, unknown>): PatchOperation[] {
  const list = body.patchOperations ?? [];
  if (!Array.isArray(list)) throw badRequest("Invalid request input: 'patchOperations' must be a list");
  return list.map((raw: unknown) => {
    const op = raw as Partial<PatchOperation> | null;
    if (!op || typeof op.op !== 'string' || !OPS.includes(op.op) || typeof op.path !== 'string') {
      throw badRequest('Invalid patch operation: op and path are required');
    }
    if (op.value !== undefined && typeof op.value !== 'string')
      throw badRequest('Invalid patch operation: value must be a string');
    return op as PatchOperation;
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
