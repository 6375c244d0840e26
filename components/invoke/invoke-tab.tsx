'use client';

import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { InvokeTabData } from '@/lib/invoke-ui/answer';
import { loadJson } from '@/lib/http/load-json';
import type { Section } from '@/lib/result';
import { DEFAULT_SELECTION, invokeHref, selectionToSearch, type InvokeSelection } from '@/lib/invoke-ui/selection';
import { SectionError } from '@/components/common/section-error';
import { InvokePanel } from './invoke-panel';

export type InvokeTabTarget = { kind: 'api'; api: string } | { kind: 'domain'; domain: string; domainId: string };

function tabSelection(target: InvokeTabTarget): InvokeSelection {
  return target.kind === 'api'
    ? { ...DEFAULT_SELECTION, target: 'api', api: target.api }
    : { ...DEFAULT_SELECTION, target: 'domain', domain: target.domain, domainId: target.domainId };
}

/** Without method and path, so the server picks a request the target really has. */
function tabSearch(target: InvokeTabTarget): string {
  const params = new URLSearchParams(selectionToSearch(tabSelection(target)));
  params.delete('method');
  params.delete('path');
  return params.toString();
}

function situationText(s: InvokeSelection): string {
  const where = s.from === 'onprem' ? 'on premises' : s.from === 'internet' ? 'on the public internet' : 'in a VPC';
  const via = s.vpce ? ` through ${s.vpce}` : '';
  const target = s.target === 'api' ? `stage ${s.stage}` : `base path ${s.basePath}`;
  return `Answer for a ${s.client} client ${where}${via}, sending ${s.method} ${s.path} to ${target}.`;
}

/**
 * The Invoke tab of an API or domain page: the answer for this account's default client situation, loaded when
 * the tab opens, with a way to the /invoke page to change the situation. Props: `target`.
 */
export function InvokeTab({ target }: { target: InvokeTabTarget }) {
  const router = useRouter();
  const search = tabSearch(target);
  const [response, setResponse] = useState<Section<InvokeTabData> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadJson<InvokeTabData>(`/invoke/answer?${search}`).then((loaded) => {
      if (live) setResponse(loaded);
    });
    return () => {
      live = false;
    };
  }, [search]);

  if (!response) return <StatusIndicator type="loading">Computing invoke URLs</StatusIndicator>;
  if (!response.ok) return <SectionError error={response.error} what="Invoke answer" />;
  const { answer, vpcId, selection } = response.data;
  const href = invokeHref(selection);
  return (
    <InvokePanel
      answer={answer}
      vpcId={vpcId}
      invokeHref={href}
      intro={<Box variant="p">{situationText(selection)}</Box>}
      actions={
        <Button
          href={href}
          onFollow={(e) => {
            e.preventDefault();
            router.push(href);
          }}
        >
          Change client situation
        </Button>
      }
    />
  );
}
