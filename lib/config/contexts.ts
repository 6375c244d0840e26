import 'server-only';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import { seedAccountsOf } from '@/emulator/seed/accounts';
import { commercialRegions } from '@/lib/aws-metadata/regions';
import { env } from './env';
import { consoleTarget } from './target';
import { accountOfRole, readContextsFile } from './contexts-file';

/** An account context the operator can switch to. Only ids from this list are ever honoured from a cookie. */
export interface AccountContext {
  id: string;
  label: string;
  description: string;
  /** Known up front in emulator mode; in aws mode STS tells us. */
  accountId?: string;
  /** Named profile in the shared config files; absent = default credential chain. */
  profile?: string;
  /** Emulator credentials: the emulator takes the access key id as the account. */
  staticAccessKeyId?: string;
  /** Role the console assumes from its base credentials (contexts file). */
  roleArn?: string;
  externalId?: string;
  /** Regions offered in this context; absent = every Region. */
  regions?: string[];
}

const EMULATOR_CONTEXTS: AccountContext[] = [
  {
    id: 'provider',
    label: 'Provider',
    description: 'API provider account 111111111111',
    accountId: '111111111111',
    staticAccessKeyId: '111111111111',
  },
  {
    id: 'consumer',
    label: 'Consumer',
    description: 'Consumer account 222222222222',
    accountId: '222222222222',
    staticAccessKeyId: '222222222222',
  },
  {
    id: 'outsider',
    label: 'Outsider',
    description: 'Account 333333333333, never shared anything',
    accountId: '333333333333',
    staticAccessKeyId: '333333333333',
  },
];

const EMULATOR_REGIONS = ['us-east-1', 'eu-west-1'];

async function profileContexts(): Promise<AccountContext[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles();
  const names = [...new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)])].sort();
  return [
    {
      id: 'default-chain',
      label: 'Default credentials',
      description: 'Standard credential chain (environment, SSO, instance role)',
    },
    ...names
      .filter((n) => n !== 'default')
      .map((n) => ({
        id: `profile:${n}`,
        label: n,
        description: `Profile "${n}" from the shared config files`,
        profile: n,
      })),
    ...(names.includes('default')
      ? [{ id: 'profile:default', label: 'default', description: 'Profile "default"', profile: 'default' }]
      : []),
  ];
}

/** The accounts of the emulator's `scale:N` seed (`EMULATOR_SEED`), so a large account can be browsed from the UI. */
function scaleContexts(): AccountContext[] {
  const seed = env().EMULATOR_SEED;
  if (!seed.startsWith('scale:')) return [];
  return seedAccountsOf(seed).map((accountId, i) => ({
    id: `scale-${i}`,
    label: `Scale ${i}`,
    description: `Scale seed account ${accountId}`,
    accountId,
    staticAccessKeyId: accountId,
  }));
}

let fileContexts: { file: string; contexts: AccountContext[] } | undefined;

/** The platform team's contexts (CONSOLE_CONTEXTS_FILE), read once; start-up has already validated the file. */
function contextsFromFile(file: string): AccountContext[] {
  if (fileContexts?.file !== file) {
    const contexts = readContextsFile(file).contexts.map((c) => ({
      id: c.id,
      label: c.label,
      description: c.description ?? `Role ${c.roleArn}`,
      accountId: accountOfRole(c.roleArn),
      roleArn: c.roleArn,
      externalId: c.externalId,
      regions: c.regions,
    }));
    fileContexts = { file, contexts };
  }
  return fileContexts.contexts;
}

export async function accountContexts(): Promise<AccountContext[]> {
  const file = process.env.CONSOLE_CONTEXTS_FILE?.trim();
  if (file) return contextsFromFile(file);
  return consoleTarget() === 'emulator' ? [...EMULATOR_CONTEXTS, ...scaleContexts()] : profileContexts();
}

export function availableRegions(context?: AccountContext): string[] {
  if (context?.regions?.length) return context.regions;
  if (consoleTarget() === 'emulator') return EMULATOR_REGIONS;
  const { AWS_REGION, AWS_DEFAULT_REGION } = env();
  const configured = AWS_REGION ?? AWS_DEFAULT_REGION;
  const listed = commercialRegions().map((r) => r.code);
  return configured && !listed.includes(configured) ? [configured, ...listed] : listed;
}

export function defaultRegion(): string {
  const { AWS_REGION, AWS_DEFAULT_REGION } = env();
  return AWS_REGION ?? AWS_DEFAULT_REGION ?? 'us-east-1';
}
