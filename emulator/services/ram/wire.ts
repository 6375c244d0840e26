import type { AssociationChange } from './shares';
import { DOMAIN_PERMISSION_ARN, DOMAIN_RESOURCE_TYPE } from './shared-resources';
import type { InvitationRecord, PrincipalAssociation, ResourceAssociation, ShareRecord } from './state';

/** restJson1 shapes; timestamps are epoch seconds. */
const seconds = (iso: string) => Date.parse(iso) / 1000;

export function shareToWire(share: ShareRecord) {
  return {
    resourceShareArn: share.resourceShareArn,
    name: share.name,
    owningAccountId: share.owningAccountId,
    allowExternalPrincipals: share.allowExternalPrincipals,
    status: share.status,
    tags: Object.entries(share.tags).map(([key, value]) => ({ key, value })),
    creationTime: seconds(share.creationTime),
    lastUpdatedTime: seconds(share.lastUpdatedTime),
    featureSet: 'STANDARD',
  };
}

export function associationToWire(share: ShareRecord, association: PrincipalAssociation | ResourceAssociation) {
  const isPrincipal = 'id' in association;
  return {
    resourceShareArn: share.resourceShareArn,
    resourceShareName: share.name,
    associatedEntity: isPrincipal ? association.id : association.arn,
    associationType: isPrincipal ? 'PRINCIPAL' : 'RESOURCE',
    status: association.status,
    statusMessage: isPrincipal ? association.statusMessage : undefined,
    creationTime: seconds(association.creationTime),
    lastUpdatedTime: seconds(association.lastUpdatedTime),
    external: isPrincipal ? association.external : false,
  };
}

/** What Associate/Disassociate return: the transitional status of each entity touched. */
export function changeToWire(change: AssociationChange, now: Date) {
  return {
    resourceShareArn: change.share.resourceShareArn,
    resourceShareName: change.share.name,
    associatedEntity: change.entity,
    associationType: change.type,
    status: change.status,
    creationTime: now.getTime() / 1000,
    lastUpdatedTime: now.getTime() / 1000,
    external: change.external ?? false,
  };
}

export function invitationToWire(invitation: InvitationRecord) {
  return {
    resourceShareInvitationArn: invitation.resourceShareInvitationArn,
    resourceShareName: invitation.resourceShareName,
    resourceShareArn: invitation.resourceShareArn,
    senderAccountId: invitation.senderAccountId,
    receiverAccountId: invitation.receiverAccountId,
    invitationTimestamp: seconds(invitation.invitationTimestamp),
    status: invitation.status,
  };
}

export function resourceToWire(share: ShareRecord, resource: ResourceAssociation, available: boolean) {
  return {
    arn: resource.arn,
    type: resource.type,
    resourceShareArn: share.resourceShareArn,
    status: available ? 'AVAILABLE' : 'UNAVAILABLE',
    creationTime: seconds(resource.creationTime),
    lastUpdatedTime: seconds(resource.lastUpdatedTime),
    resourceRegionScope: 'REGIONAL',
  };
}

export function permissionToWire(share: ShareRecord) {
  return {
    arn: DOMAIN_PERMISSION_ARN,
    version: '1',
    defaultVersion: true,
    name: 'APIGatewayPrivateDomainNameManagementPolicyDefaultPermission',
    resourceType: DOMAIN_RESOURCE_TYPE,
    status: 'ASSOCIATED',
    creationTime: seconds(share.creationTime),
    lastUpdatedTime: seconds(share.lastUpdatedTime),
    isResourceTypeDefault: true,
    permissionType: 'AWS_MANAGED',
    featureSet: 'STANDARD',
  };
}
