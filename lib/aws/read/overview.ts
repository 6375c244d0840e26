import 'server-only';
import { findAttention, type AttentionInput, type AttentionItem } from '@/lib/inventory/attention';
import { domainHref } from '@/lib/inventory/hrefs';
import type { ConsoleError } from '@/lib/errors';
import { toConsoleError } from '../errors';
import type { Session } from '../session';
import { listAccessAssociations } from './access-associations';
import { listPrivateDomainMappings } from './mapped-domains';
import { listRestApis, listStages } from './rest-apis';
import { listShareInvitations } from './sharing';

export interface Attention {
  items: AttentionItem[];
  /** Checks that could not run because a call failed; the overview says so rather than implying all is well. */
  skipped: { check: string; error: ConsoleError }[];
}

async function attempt<T>(
  check: string,
  skipped: Attention['skipped'],
  load: () => Promise<T>,
  fallback: T,
  operation: string,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    skipped.push({ check, error: toConsoleError(error, { operation }) });
    return fallback;
  }
}

/** Everything the overview's "needs attention" list is computed from; each source fails on its own. */
export async function loadAttention(session: Session): Promise<Attention> {
  const skipped: Attention['skipped'] = [];
  const [domainMappings, apis, invitations, foreign] = await Promise.all([
    attempt(
      'Private domains and their mappings',
      skipped,
      () => listPrivateDomainMappings(session),
      [],
      'apigateway:GetDomainNames / GetBasePathMappings',
    ),
    attempt('Stages of mapped APIs', skipped, () => listRestApis(session), undefined, 'apigateway:GetRestApis'),
    attempt('RAM invitations', skipped, () => listShareInvitations(session), [], 'ram:GetResourceShareInvitations'),
    attempt(
      'Other accounts’ access associations',
      skipped,
      () => listAccessAssociations(session, 'OTHER_ACCOUNTS'),
      [],
      'apigateway:GetDomainNameAccessAssociations',
    ),
  ]);

  const mapped = new Set(domainMappings.flatMap((d) => d.mappings.map((m) => m.restApiId)));
  const stagesByApi: Record<string, string[]> = {};
  if (apis) {
    await Promise.all(
      [...mapped]
        .filter((id) => apis.some((a) => a.id === id))
        .map(async (id) => {
          stagesByApi[id] = await attempt(
            `Stages of ${id}`,
            skipped,
            async () => (await listStages(session, id)).map((s) => s.stageName),
            [],
            'apigateway:GetStages',
          );
        }),
    );
  }

  const input: AttentionInput = {
    domains: domainMappings.map((d) => d.domain),
    // Without the API list nothing can be said about stages, so mappings are left out rather than all flagged.
    mappings: apis
      ? Object.fromEntries(
          domainMappings.map((d) => [domainHref(d.domain.domainName, d.domain.domainNameId), d.mappings]),
        )
      : {},
    stagesByApi,
    invitations,
    foreignAssociations: foreign,
  };
  return { items: findAttention(input), skipped };
}
