import { z } from 'zod';
import { RequestInput, type InputErrors } from '../../core/input';
import { AwsError, type EmulatorRequest } from '../../core/types';

/** ACM answers a bad member with its model validation's ValidationException. */
const ACM_ERRORS: InputErrors = {
  missing: (member) => invalid(member, 'must not be null'),
  invalid: (member, expected) => invalid(member, `must be ${expected}`),
  notOneOf: (member, value, allowed) =>
    new AwsError(
      'ValidationException',
      400,
      `Value '${value}' at '${lowerFirst(member)}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    ),
  malformed: () => new AwsError('SerializationException', 400, 'Request body is not a valid JSON object'),
};

/** The awsJson1_1 body of an ACM request. */
export function bodyOf(req: EmulatorRequest): RequestInput {
  return RequestInput.json(req, ACM_ERRORS);
}

const TAGS = z.array(z.object({ Key: z.string(), Value: z.string().optional() }));
const INCLUDES = z.object({ keyTypes: z.array(z.string()).optional() });

/** `[{Key, Value}]` → record. */
export function tagsOf(input: RequestInput): Record<string, string> | undefined {
  const tags = input.read('Tags', TAGS, 'a list');
  return tags && Object.fromEntries(tags.map((t) => [t.Key, t.Value ?? '']));
}

/** `Includes.keyTypes` of ListCertificates. */
export function includedKeyTypes(input: RequestInput): string[] | undefined {
  return input.read('Includes', INCLUDES, 'an object')?.keyTypes;
}

/** Blob members arrive base64-encoded in awsJson. */
export function blobText(input: RequestInput, member: string): string {
  return Buffer.from(input.required(member), 'base64').toString('utf8');
}

function invalid(member: string, problem: string): AwsError {
  return new AwsError(
    'ValidationException',
    400,
    `1 validation error detected: Value at '${lowerFirst(member)}' failed to satisfy constraint: Member ${problem}`,
  );
}

function lowerFirst(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}
