export interface CallerIdentity {
  account: string;
  arn: string;
}
