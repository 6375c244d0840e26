import { createDomainSchema } from '@/lib/domains/create-domain-schema';
import { errorResponse, jsonRead } from '@/lib/http/json-read';
import { fieldErrorsOf, invalidInputError } from '@/lib/errors';
import { preflightDomainCreation } from '@/lib/services/domain-creation/preflight';

/**
 * POST /domains/new/review: the wizard's Review step. Checks the whole input against AWS and returns the plan;
 * changes nothing. A read, so not a server action; POST only because the input (a policy of up to 32 KB) does not
 * belong in a URL.
 */
export async function POST(request: Request) {
  const parsed = createDomainSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    const [field] = Object.keys(fieldErrors);
    return errorResponse({ ...invalidInputError(fieldErrors), field });
  }
  return jsonRead({ operation: 'review private domain', resource: parsed.data.domainName }, (session) =>
    preflightDomainCreation(session, parsed.data),
  );
}
