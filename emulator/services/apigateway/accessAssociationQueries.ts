import type { EmulatorState } from '../../core/state';
import { allRegionStates, type StoredAccessAssociation } from './state';

/** Every account's DNAAs with the domain `domainArn` that its owner has not rejected. */
export function liveAssociationsOf(state: EmulatorState, domainArn: string): StoredAccessAssociation[] {
  const found: StoredAccessAssociation[] = [];
  for (const { slot } of allRegionStates(state.apigateway)) {
    for (const association of slot.accessAssociations) {
      if (association.domainNameArn === domainArn && !association.rejectedDate) found.push(association);
    }
  }
  return found;
}
