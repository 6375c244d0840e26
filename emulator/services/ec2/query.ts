import { RequestInput, type InputErrors } from '../../core/input';
import { AwsError, type EmulatorRequest } from '../../core/types';
import type { Tags } from './state';

const EC2_ERRORS: InputErrors = {
  missing: (member) => new AwsError('MissingParameter', 400, `The request must contain the parameter ${member}`),
  invalid: (member, expected, value) =>
    new AwsError(
      'InvalidParameterValue',
      400,
      `Invalid value '${String(value)}' for ${member}. It must be ${expected}.`,
    ),
  notOneOf: (member, value) =>
    new AwsError('InvalidParameterValue', 400, `Value (${value}) for parameter ${member} is invalid.`),
  malformed: (problem) => new AwsError('InvalidParameterValue', 400, `The request could not be read: ${problem}`),
};

/** The form parameters of an EC2 query request (`Name.N` lists are 1-based and may arrive unordered). */
export function paramsOf(req: EmulatorRequest): RequestInput {
  return RequestInput.form(req, EC2_ERRORS);
}

export interface Ec2Filter {
  name: string;
  values: string[];
}

/** `Filter.N.Name` / `Filter.N.Value.M`. */
export function filtersOf(params: RequestInput): Ec2Filter[] {
  return params.indexes('Filter', '.Name').map((n) => ({
    name: params.string(`Filter.${n}.Name`) ?? '',
    values: params.list(`Filter.${n}.Value`),
  }));
}

/** Tags of every `TagSpecification.N` whose ResourceType is `resourceType`. */
export function tagsOf(params: RequestInput, resourceType: string): Tags {
  const tags: Tags = {};
  for (const n of params.indexes('TagSpecification', '.ResourceType')) {
    const type = params.string(`TagSpecification.${n}.ResourceType`) ?? '';
    if (type !== resourceType) {
      throw new AwsError(
        'InvalidParameterValue',
        400,
        `'${type}' is not a valid taggable resource type for this operation.`,
      );
    }
    for (const m of params.indexes(`TagSpecification.${n}.Tag`, '.Key')) {
      tags[params.string(`TagSpecification.${n}.Tag.${m}.Key`) ?? ''] =
        params.string(`TagSpecification.${n}.Tag.${m}.Value`) ?? '';
    }
  }
  return tags;
}
