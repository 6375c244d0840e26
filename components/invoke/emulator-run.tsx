'use client';

import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ConsoleError } from '@/lib/errors';
import { loadJson } from '@/lib/http/load-json';
import type { FormId } from '@/lib/invoke/types';
import type { EmulatorVariantsView } from '@/lib/snippets/emulator/live-call';
import { SectionError } from '@/components/common/section-error';
import { LiveCall, liveCallUrl } from './live-call';
import { SnippetTabs } from './snippet-tabs';

type Loaded = { ok: true; data: EmulatorVariantsView } | { ok: false; error: ConsoleError };

/**
 * "Run against the emulator" for one form (emulator mode only; renders nothing against AWS): the curl, Python and
 * Node snippets connected to the emulator's data plane, or why the name would not resolve from the client's VPC,
 * then the live call. Props: `invokeHref` (the /invoke link of the answer), `formId`.
 */
export function EmulatorRun({ invokeHref, formId }: { invokeHref: string; formId: FormId }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const url = liveCallUrl(invokeHref, formId);
  useEffect(() => {
    let live = true;
    void loadJson<EmulatorVariantsView>(url).then((result) => {
      if (live) setLoaded(result);
    });
    return () => {
      live = false;
    };
  }, [url]);

  if (!loaded) return <StatusIndicator type="loading">Asking the emulator’s data plane</StatusIndicator>;
  if (!loaded.ok) return <SectionError error={loaded.error} what="Run against the emulator" />;
  const view = loaded.data;
  if (view.target === 'aws') return null;
  const { variants } = view;
  return (
    <SpaceBetween size="s">
      <Header
        variant="h3"
        description="The same requests as above — URL, Host, TLS server name and signature unchanged — connected to the local emulator’s data plane at the address this name resolves to in the client’s VPC, trusting the emulator’s CA."
      >
        Run against the emulator
      </Header>
      {variants.kind === 'unresolvable' ? (
        <Alert
          type="warning"
          header="No emulator variant: the name does not resolve"
          data-testid={`emulator-unresolvable-${formId}`}
        >
          {variants.reason}
        </Alert>
      ) : (
        <SnippetTabs snippets={variants.snippets} formId={formId} shownAbove={view.formWarnings} />
      )}
      <Box variant="p" data-testid={`emulator-prediction-${formId}`}>
        <b>The console predicts:</b> {view.predictionText}
      </Box>
      <LiveCall invokeHref={invokeHref} formId={formId} label="Call it now through the emulator" />
    </SpaceBetween>
  );
}
