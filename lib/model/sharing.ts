export interface ResourceShare {
  arn: string;
  name: string;
  owningAccountId?: string;
  /** PENDING | ACTIVE | FAILED | DELETING | DELETED */
  status: string;
  statusMessage?: string;
  allowExternalPrincipals: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface ShareInvitation {
  arn: string;
  shareName?: string;
  shareArn?: string;
  senderAccountId?: string;
  receiverAccountId?: string;
  invitedAt?: string;
  /** PENDING | ACCEPTED | REJECTED | EXPIRED */
  status: string;
  /** 12 hours after `invitedAt`. */
  expiresAt?: string;
  /** For PENDING invitations: seconds left, measured on the service's clock (see `serviceNow`). */
  secondsLeft?: number;
}

export interface SharedResource {
  arn: string;
  /** e.g. `apigateway:Domainnames` (RAM compares types case-insensitively). */
  type: string;
  shareArn?: string;
  /** AVAILABLE | ZONAL_RESOURCE_INACCESSIBLE | LIMIT_EXCEEDED | UNAVAILABLE | PENDING */
  status?: string;
  statusMessage?: string;
  createdAt?: string;
}

export type ShareAssociationType = 'PRINCIPAL' | 'RESOURCE';

export interface ShareAssociation {
  shareArn: string;
  shareName?: string;
  /** Account id / organization ARN (PRINCIPAL) or resource ARN (RESOURCE). */
  associatedEntity: string;
  associationType: string;
  /** ASSOCIATING | ASSOCIATED | FAILED | DISASSOCIATING | DISASSOCIATED | … */
  status: string;
  statusMessage?: string;
  external: boolean;
  updatedAt?: string;
}

/** A share this account owns with the entities it shares and with whom. */
export interface OwnedShareRow extends ResourceShare {
  resources: string[];
  principals: string[];
}
