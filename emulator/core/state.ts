import { emptyApiGatewayState, type ApiGatewayState } from '../services/apigateway/state';
import { emptyEc2State, type Ec2State } from '../services/ec2/state';
import { emptyRamState, type RamState } from '../services/ram/state';
import { emptyAcmState, type AcmState } from '../services/acm/state';
import { emptyRoute53State, type Route53State } from '../services/route53/state';
import { emptyStsState, type StsState } from '../services/sts/state';

/** Bump when the persisted shape changes incompatibly; the store refuses files with a newer version. */
export const STATE_VERSION = 1;

export interface Organization {
  /** `o-…` */
  id: string;
  managementAccountId: string;
  accounts: string[];
}

/** Everything the emulator knows, persisted as one JSON document. Each service owns its section's type. */
export interface EmulatorState {
  version: typeof STATE_VERSION;
  /** Seconds added to real time to get emulator time (POST /_emulator/clock). */
  clockOffsetSeconds: number;
  /** Absent = no AWS Organization (RAM shares to other accounts then need invitations). */
  organization?: Organization;
  apigateway: ApiGatewayState;
  ec2: Ec2State;
  ram: RamState;
  acm: AcmState;
  route53: Route53State;
  sts: StsState;
}

export function emptyState(): EmulatorState {
  return {
    version: STATE_VERSION,
    clockOffsetSeconds: 0,
    apigateway: emptyApiGatewayState(),
    ec2: emptyEc2State(),
    ram: emptyRamState(),
    acm: emptyAcmState(),
    route53: emptyRoute53State(),
    sts: emptyStsState(),
  };
}

const ACCOUNT_ID = /^\d{12}$/;

/**
 * Accounts that own anything, for /_emulator/health. Convention shared by all service sections: per-account
 * data lives under a `byAccount` record keyed by the 12-digit account id.
 */
export function knownAccounts(state: EmulatorState): string[] {
  const accounts = new Set<string>(state.organization?.accounts ?? []);
  for (const section of [state.apigateway, state.ec2, state.ram, state.acm, state.route53] as unknown[]) {
    const byAccount = (section as { byAccount?: Record<string, unknown> }).byAccount ?? {};
    for (const account of Object.keys(byAccount)) if (ACCOUNT_ID.test(account)) accounts.add(account);
  }
  return [...accounts].sort();
}
