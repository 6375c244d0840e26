import { AwsError } from '../../core/types';

/** API Gateway error codes and statuses from the 2015-07-09 model. Messages follow observed AWS wording. */
export const badRequest = (message: string) => new AwsError('BadRequestException', 400, message);
export const notFound = (message: string) => new AwsError('NotFoundException', 404, message);
export const conflict = (message: string) => new AwsError('ConflictException', 409, message);
export const limitExceeded = (message: string) => new AwsError('LimitExceededException', 429, message, 1);
/** IAM-style denial; AWS answers control-plane authorization failures with 403 AccessDeniedException. */
export const accessDenied = (message: string) => new AwsError('AccessDeniedException', 403, message);
