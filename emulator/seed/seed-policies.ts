/** Resource policies the seeds attach, in the recommended shapes (docs/aws/policies.md#private-api-resource-policy, docs/aws/policies.md#domain-invoke-policy). */

/** Allow invoking through the listed VPC endpoints only (allow-all, then deny unless aws:SourceVpce). */
export function allowOnlyFromEndpoints(vpceIds: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 'execute-api:Invoke',
        Resource: 'execute-api:/*',
        Condition: { StringNotEquals: { 'aws:SourceVpce': vpceIds } },
      },
    ],
  });
}

/** A public API's policy: anyone may invoke. */
export const ALLOW_EVERYONE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }],
});
