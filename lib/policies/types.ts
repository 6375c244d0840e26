/**
 * Normalised IAM-style policy model for execute-api resource policies and the domain managementPolicy.
 * Every list-or-scalar element of the JSON grammar is normalised to a list so evaluators never branch on shape.
 */

export type Effect = 'Allow' | 'Deny';

/** `*` and `{"AWS":"*"}` both mean "anyone, including anonymous callers". */
export type PrincipalSpec =
  | { kind: 'any' }
  | { kind: 'aws'; values: string[] }
  /** Service / Federated / CanonicalUser principals: never an execute-api caller coming through a VPCE. */
  | { kind: 'other'; raw: unknown };

export interface ConditionClause {
  /** Operator as written, e.g. `StringNotEquals` or `ForAnyValue:StringLike`. */
  operator: string;
  key: string;
  values: string[];
}

export interface PolicyStatement {
  /** Position in the document, so a UI can point at "statement #2" when there is no Sid. */
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  conditions: ConditionClause[];
  /**
   * Parts of the statement this parser could not read. A statement with problems is never silently ignored:
   * the evaluator reports "unknown" whenever it could have mattered.
   */
  problems: string[];
}

export interface PolicyDocument {
  version?: string;
  id?: string;
  statements: PolicyStatement[];
}

export type ParseResult =
  | { ok: true; policy: PolicyDocument; warnings: string[] }
  /** `empty`: no policy attached (API Gateway then denies everything). `invalid`: text we could not decode. */
  | { ok: false; reason: 'empty' | 'invalid'; error: string };
