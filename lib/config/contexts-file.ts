import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { partition } from '@aws-sdk/util-endpoints';
import { z } from 'zod';

/** A Region the SDK's partition data names (it describes every Region it knows; a typo gets no description). */
export function isKnownRegion(region: string): boolean {
  try {
    return Boolean((partition(region) as { description?: string }).description);
  } catch {
    return false;
  }
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/;

const contextSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'id: use lower-case letters, digits, "-" and "_" (e.g. payments-prod)'),
    label: z.string().min(1, 'label: give the name the header shows'),
    description: z.string().optional(),
    roleArn: z.string().regex(ROLE_ARN, 'roleArn: must be an IAM role ARN like arn:aws:iam::123456789012:role/Name'),
    externalId: z
      .string()
      .regex(/^[\w+=,.@:/-]{2,1224}$/, 'externalId: 2–1224 characters of letters, digits and +=,.@:/-')
      .optional(),
    regions: z
      .array(z.string().refine(isKnownRegion, 'regions: not a Region the AWS SDK knows (e.g. eu-west-1)'))
      .min(1, 'regions: list at least one Region, or leave the key out for all')
      .optional(),
  })
  .strict();

const fileSchema = z
  .object({ contexts: z.array(contextSchema).min(1, 'contexts: list at least one account context') })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.contexts.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['contexts', i, 'id'], message: `id: "${c.id}" is used twice` });
      seen.add(c.id);
    });
  });

export type ContextsFile = z.infer<typeof fileSchema>;
export type FileContext = ContextsFile['contexts'][number];

export class ContextsFileError extends Error {}

/**
 * Reads CONSOLE_CONTEXTS_FILE (JSON is YAML too, so one parser gives line numbers for both); a problem names the file,
 * the line and the fix.
 */
export function parseContextsFile(text: string, file: string): ContextsFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined) => (offset === undefined ? '' : `:${lines.linePos(offset).line}`);
  if (doc.errors.length) {
    const syntax = doc.errors[0];
    throw new ContextsFileError(
      `CONSOLE_CONTEXTS_FILE ${file}${at(syntax.pos[0])}: not valid JSON or YAML (${syntax.message.split('\n')[0]}).`,
    );
  }
  const parsed = fileSchema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues as [z.core.$ZodIssue];
  let node: unknown;
  for (let depth = issue.path.length; depth >= 0 && !node; depth--) node = doc.getIn(issue.path.slice(0, depth), true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  const where = issue.path.length ? ` (${issue.path.map(String).join('.')})` : '';
  throw new ContextsFileError(
    `CONSOLE_CONTEXTS_FILE ${file}${at(range?.[0])}${where}: ${issue.message}. Expected:\n` +
      'contexts:\n  - id: payments-prod\n    label: Payments production\n    roleArn: arn:aws:iam::123456789012:role/PrivateDomainsConsole\n    externalId: optional\n    regions: [eu-west-1]',
  );
}

export function readContextsFile(file: string): ContextsFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ContextsFileError(`CONSOLE_CONTEXTS_FILE ${file}: cannot be read (${(error as Error).message}).`);
  }
  return parseContextsFile(text, file);
}

/** The role's account, from its ARN: the context's account before STS is ever asked. */
export function accountOfRole(roleArn: string): string | undefined {
  return ROLE_ARN.exec(roleArn)?.[1];
}
