'use client';

import { useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { SectionError } from '@/components/common/section-error';
import { InternalLink } from '@/components/common/internal-link';
import { InvokePanel } from '@/components/invoke/invoke-panel';
import { basePathProblem, NONE_BASE_PATH, normalizeBasePath } from '@/lib/domains/base-path';
import type { ConsumerInvoke } from '@/lib/consumer/panel';

/** The page parameter the panel reads the base path from, so a link keeps the answer. */
const BASE_PATH_PARAM = 'basePath';

/**
 * A consumer cannot read the domain's API mappings, so it says which base path it calls; the answer, URLs and
 * snippets are recomputed for it on the server.
 */
function BasePathField({ current }: { current?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(current ?? '');
  const [problem, setProblem] = useState<string>();
  const apply = () => {
    const error = basePathProblem(value);
    setProblem(error);
    if (error) return;
    const next = new URLSearchParams(params.toString());
    const basePath = normalizeBasePath(value);
    if (basePath === NONE_BASE_PATH) next.delete(BASE_PATH_PARAM);
    else next.set(BASE_PATH_PARAM, basePath);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <FormField
        label="Base path"
        description="This account cannot read which base paths the provider mapped on the domain: ask them which one serves the API you call (e.g. ledger). Leave it empty for the catch-all mapping."
        errorText={problem}
      >
        <SpaceBetween direction="horizontal" size="xs">
          <Input
            ariaLabel="Base path"
            value={value}
            placeholder="(none)"
            onChange={({ detail }) => setValue(detail.value)}
          />
          <Button formAction="submit">Use base path</Button>
        </SpaceBetween>
      </FormField>
    </form>
  );
}

/** Step 5: the invoke answer for this consumer's endpoint, with every prerequisite this account can see. */
export function InvokeStep({ invoke }: { invoke?: ConsumerInvoke }) {
  if (!invoke) return null;
  const link = <InternalLink href={invoke.href}>Open in Invoke URLs</InternalLink>;
  const field = <BasePathField key={invoke.basePath ?? ''} current={invoke.basePath} />;
  if (!invoke.answer.ok) {
    return (
      <SpaceBetween size="s">
        {field}
        <SectionError error={invoke.answer.error} what="Invoke answer" />
        {link}
      </SpaceBetween>
    );
  }
  const { answer, vpcId } = invoke.answer.data;
  // Keyed on the recommended form and base path: once a step completes (e.g. the DNS record) or the base path
  // changes, the newly recommended form opens.
  return (
    <SpaceBetween size="m">
      {field}
      <InvokePanel
        key={`${answer.result.recommended ?? 'none'}:${invoke.basePath ?? ''}`}
        answer={answer}
        vpcId={vpcId}
        actions={link}
        invokeHref={invoke.href}
      />
    </SpaceBetween>
  );
}
