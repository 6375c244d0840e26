'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ConsoleError } from '@/lib/errors';
import { loadJson } from '@/lib/http/load-json';
import type { FormId } from '@/lib/invoke/types';
import type { LiveCallResult, LiveOutcome } from '@/lib/snippets/emulator/live-call';
import { SectionError } from '@/components/common/section-error';
import { LINKS, type LinkId } from '@/lib/diagnose/walk';

const linkLabel = (id: LinkId) => LINKS.find((l) => l.id === id)?.label ?? id;

/** `/invoke/live?<selection>&form=B1` for the /invoke link an answer is for. */
export function liveCallUrl(invokeHref: string, formId: FormId): string {
  const params = new URLSearchParams(invokeHref.split('?')[1] ?? '');
  params.set('form', formId);
  return `/invoke/live?${params.toString()}`;
}

function Outcome({ outcome }: { outcome: LiveOutcome }) {
  if (outcome.kind === 'unresolvable')
    return <StatusIndicator type="stopped">Not sent: {outcome.reason}</StatusIndicator>;
  if (outcome.kind === 'connection-error')
    return <StatusIndicator type="error">No HTTP answer: {outcome.message}</StatusIndicator>;
  const ok = outcome.status >= 200 && outcome.status < 300;
  return <StatusIndicator type={ok ? 'success' : 'error'}>{`HTTP ${outcome.status}`}</StatusIndicator>;
}

function Result({ result }: { result: LiveCallResult }) {
  const { outcome } = result;
  return (
    <SpaceBetween size="s">
      <div data-testid={`live-call-result-${result.form}`}>
        <KeyValuePairs
          columns={2}
          ariaLabel={`Live call of ${result.form}`}
          items={[
            { label: 'Real answer', value: <Outcome outcome={outcome} /> },
            { label: 'Console’s prediction', value: result.predictionText },
            ...(outcome.kind === 'response' && outcome.refusedBy
              ? [{ label: 'Refused by (from the body)', value: outcome.refusedBy }]
              : []),
            ...(outcome.kind === 'response' && outcome.emulatorLink
              ? [{ label: 'Refused at (the emulator says)', value: linkLabel(outcome.emulatorLink) }]
              : []),
            {
              label: 'Sent',
              value: `${result.method} ${result.url}${result.connectedTo ? ` via ${result.connectedTo}` : ''}`,
            },
          ]}
        />
      </div>
      {outcome.kind === 'response' && (
        <Box variant="code" data-testid={`live-call-body-${result.form}`}>
          <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {outcome.body || '(empty body)'}
            {outcome.truncated ? '\n…' : ''}
          </pre>
        </Box>
      )}
      {result.agrees ? (
        <Alert type="success" data-testid={`live-call-verdict-${result.form}`}>
          The emulator answered what the console predicted.
        </Alert>
      ) : (
        <Alert type="warning" header="Not what the console predicted" data-testid={`live-call-verdict-${result.form}`}>
          The emulator’s answer differs from the prediction. One of them is wrong about AWS: report it with this form,
          the situation and both answers.
        </Alert>
      )}
    </SpaceBetween>
  );
}

/**
 * A button that sends form `formId`'s request through the emulator's data plane (server side, as the emulator
 * snippets connect) and shows the real answer next to the console's prediction. Props: `invokeHref` (the /invoke
 * link the answer is for), `formId`, `label` (the button text).
 */
export function LiveCall({ invokeHref, formId, label }: { invokeHref: string; formId: FormId; label: string }) {
  const [calling, setCalling] = useState(false);
  const [result, setResult] = useState<{ ok: true; data: LiveCallResult } | { ok: false; error: ConsoleError }>();
  const call = async () => {
    setCalling(true);
    setResult(await loadJson<LiveCallResult>(liveCallUrl(invokeHref, formId), { method: 'POST', body: {} }));
    setCalling(false);
  };
  return (
    <SpaceBetween size="s">
      <Box>
        <Button loading={calling} onClick={() => void call()} ariaLabel={`${label} (${formId})`}>
          {label}
        </Button>
      </Box>
      {result && !result.ok && <SectionError error={result.error} what="Live call" />}
      {result?.ok && <Result result={result.data} />}
    </SpaceBetween>
  );
}
