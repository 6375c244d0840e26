import { RequestInput, type InputErrors } from '../../core/input';
import { AwsError, type EmulatorRequest } from '../../core/types';

/** awsQuery's model validation answers a bad member with ValidationError. */
const STS_ERRORS: InputErrors = {
  missing: (member) =>
    validation(`Value null at '${lowerFirst(member)}' failed to satisfy constraint: Member must not be null`),
  invalid: (member, expected) =>
    validation(`Value at '${lowerFirst(member)}' failed to satisfy constraint: Member must be ${expected}`),
  notOneOf: (member, value, allowed) =>
    validation(
      `Value '${value}' at '${lowerFirst(member)}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    ),
  malformed: (problem) => validation(`The request could not be read: ${problem}`),
};

/** The form parameters of an STS (awsQuery) request. */
export function paramsOf(req: EmulatorRequest): RequestInput {
  return RequestInput.form(req, STS_ERRORS);
}

function validation(message: string): AwsError {
  return new AwsError('ValidationError', 400, `1 validation error detected: ${message}`);
}

function lowerFirst(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}
