import { AwsError } from '../../core/types';

/** RAM error codes (all HTTP 400 unless noted in the model). */
export const ramError = (code: string, message: string) => new AwsError(code, 400, message);

export const unknownShare = (arn: string) =>
  ramError('UnknownResourceException', `ResourceShare ${arn} could not be found.`);
