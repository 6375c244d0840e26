import { jsonRead } from '@/lib/http/json-read';
import { loadKnownEndpointIds } from '@/lib/services/policies/known-endpoints';

/**
 * `GET /policies/known-endpoints`: the execute-api endpoint ids of every account context the operator holds, in
 * the current Region, for the policy editors' "endpoint no visible account owns" lint. Answers `string[]`, or a
 * `ConsoleError`.
 */
export function GET() {
  return jsonRead({ operation: 'ec2:DescribeVpcEndpoints' }, loadKnownEndpointIds);
}
