import { z } from 'zod';
import { RequestInput, type InputErrors } from '../../core/input';
import type { EmulatorRequest } from '../../core/types';
import { ramError } from './errors';

/** RAM's own 400s: MissingRequiredParameterException and InvalidParameterException. */
const RAM_ERRORS: InputErrors = {
  missing: (member) => ramError('MissingRequiredParameterException', `The ${member} parameter is required.`),
  invalid: (member, expected) => ramError('InvalidParameterException', `The parameter ${member} must be ${expected}.`),
  notOneOf: (member, value, allowed) =>
    ramError(
      'InvalidParameterException',
      `The parameter ${member} must be one of ${allowed.join(', ')}; got ${value}.`,
    ),
  malformed: (problem) =>
    ramError(
      'InvalidParameterException',
      problem === 'malformed JSON'
        ? 'Could not parse request body into json: malformed JSON'
        : 'Request body must be a JSON object',
    ),
};

/** The JSON body of a RAM request. */
export function bodyOf(req: EmulatorRequest): RequestInput {
  return RequestInput.json(req, RAM_ERRORS);
}

/** The query string (DeleteResourceShare sends its members there). */
export function queryOf(req: EmulatorRequest): RequestInput {
  return RequestInput.query(req, RAM_ERRORS);
}

const TAGS = z.array(z.object({ key: z.string(), value: z.string().optional() }));
const TAG_FILTERS = z.array(z.object({ tagKey: z.string().optional(), tagValues: z.array(z.string()).optional() }));

export type TagFilter = z.infer<typeof TAG_FILTERS>[number];

/** `[{key, value}]` → record. */
export function tagsOf(input: RequestInput): Record<string, string> | undefined {
  const tags = input.read('tags', TAGS, 'a list');
  return tags && Object.fromEntries(tags.map((t) => [t.key, t.value ?? '']));
}

/** `[{tagKey, tagValues}]` as GetResourceShares takes them. */
export function tagFiltersOf(input: RequestInput): TagFilter[] | undefined {
  return input.read('tagFilters', TAG_FILTERS, 'a list');
}
