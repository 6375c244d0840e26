export { handle } from './handler';
export { emptyRamState, type RamState, type ShareRecord, type InvitationRecord } from './state';
export { createResourceShare, associateResourceShare, disassociateResourceShare, deleteResourceShare } from './shares';
export { acceptInvitation, sendInvitation, INVITATION_TTL_MS } from './invitations';
export { DOMAIN_PERMISSION_ARN, DOMAIN_RESOURCE_TYPE } from './shared-resources';
