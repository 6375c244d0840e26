export * from './types';
export * from './arn';
export { decodePolicyText, parsePolicy } from './parse';
export { evaluateInvoke, type Caller, type Decision, type Evaluation, type InvokeQuestion } from './evaluate';
export {
  apiResourcePolicy,
  domainInvokePolicy,
  managementPolicy,
  type PolicyJson,
  type SourceAllowList,
} from './generate';
export { diffPolicies, policiesEquivalent, type PolicyDiff } from './compare';
export { globMatch } from './glob';
export { lintPolicy, LINT_DOCS, type LintContext, type LintFinding, type LintRule } from './lint';
