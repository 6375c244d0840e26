import 'server-only';
import { getSession } from '@/lib/aws/session';
import { parseDomainArn } from '@/lib/policies/arn';
import { section } from '@/lib/result';
import { SectionError } from '@/components/common/section-error';
import { ConsumerDomainPanelView } from './consumer-domain-panel-view';
import { loadConsumerDomain } from './load-consumer-domain';

/**
 * The consumer panel of a private domain another account owns (accept, associate, DNS, tell the provider,
 * invoke, leave). Props: the domain's ARN (the only place a consumer learns the owner account).
 */
export async function ConsumerDomainPanel({ domainNameArn }: { domainNameArn: string }) {
  const ref = parseDomainArn(domainNameArn);
  if (!ref) return null;
  const session = await getSession();
  const view = await section(
    () =>
      loadConsumerDomain(session, {
        name: ref.domainName,
        id: ref.domainNameId,
        arn: domainNameArn,
        ownerAccountId: ref.accountId,
        region: ref.region,
      }),
    { operation: 'sts:GetCallerIdentity' },
  );
  return view.ok ? (
    <ConsumerDomainPanelView view={view.data} />
  ) : (
    <SectionError error={view.error} what="Consumer steps" />
  );
}
