'use client';

import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import CodeView from '@cloudscape-design/code-view/code-view';
import shHighlight from '@cloudscape-design/code-view/highlight/sh';
import typescriptHighlight from '@cloudscape-design/code-view/highlight/typescript';
import yamlHighlight from '@cloudscape-design/code-view/highlight/yaml';
import { EXPORT_FORMATS, FORMAT_LABELS, type ExportFormat } from '@/lib/export/model';
import type { ConsoleError } from '@/lib/errors';

/** One thing that can be exported: the URL of its export route without `format` (e.g. one consumer endpoint). */
export interface ExportTarget {
  label: string;
  href: string;
}

const HIGHLIGHT: Partial<Record<ExportFormat, (code: string) => React.ReactNode>> = {
  cli: shHighlight,
  cloudformation: yamlHighlight,
  cdk: typescriptHighlight,
};

export function exportUrl(href: string, format: ExportFormat): string {
  return `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
}

type Loaded = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; error: ConsoleError };

async function fetchExport(url: string): Promise<Loaded> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (response.ok) return { status: 'ready', text: await response.text() };
    return { status: 'error', error: (await response.json()) as ConsoleError };
  } catch (error) {
    return {
      status: 'error',
      error: { kind: 'unavailable', title: 'Export not loaded', message: (error as Error).message },
    };
  }
}

function ExportCode({ loaded, format, what }: { loaded: Loaded | undefined; format: ExportFormat; what: string }) {
  if (!loaded || loaded.status === 'loading')
    return <StatusIndicator type="loading">Reading AWS and writing the code…</StatusIndicator>;
  if (loaded.status === 'error')
    return (
      <Alert type="error" header={loaded.error.title}>
        {loaded.error.message}
      </Alert>
    );
  const label = `${FORMAT_LABELS[format]} export of ${what}`;
  return (
    <CodeView
      content={loaded.text}
      lineNumbers
      highlight={HIGHLIGHT[format]}
      ariaLabel={label}
      actions={
        <CopyToClipboard
          variant="icon"
          textToCopy={loaded.text}
          copyButtonAriaLabel={`Copy the ${label}`}
          copySuccessText="Code copied"
          copyErrorText="The code could not be copied"
        />
      }
    />
  );
}

/**
 * "Export" button and its dialog: the code in four formats in a copyable view, a download, and the stable URL that
 * scripts can fetch. Props: `what` (named in the dialog), `targets` (several = a choice, e.g. one per VPC
 * endpoint), `buttonText`.
 */
export function ExportButton({
  what,
  targets,
  buttonText = 'Export',
}: {
  what: string;
  targets: ExportTarget[];
  buttonText?: string;
}) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('cli');
  const [targetIndex, setTargetIndex] = useState(0);
  // Each file is read once per dialog: switching formats back and forth does not ask AWS again.
  const [files, setFiles] = useState<Partial<Record<string, Loaded>>>({});
  const target = targets.at(targetIndex) ?? targets.at(0);
  if (!target) return null;
  const url = exportUrl(target.href, format);
  const load = (next: string, known: Partial<Record<string, Loaded>>) => {
    if (known[next]) return;
    setFiles({ ...known, [next]: { status: 'loading' } });
    void fetchExport(next).then((result) => {
      setFiles((current) => ({ ...current, [next]: result }));
    });
  };
  const options = targets.map((t, i) => ({ value: String(i), label: t.label }));
  return (
    <>
      <Button
        onClick={() => {
          setOpen(true);
          load(url, {});
        }}
        ariaLabel={`${buttonText}: ${what} as code`}
      >
        {buttonText}
      </Button>
      {open && (
        <Modal
          visible
          size="max"
          onDismiss={() => setOpen(false)}
          header={`Export ${what}`}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setOpen(false)}>
                  Close
                </Button>
                <Button variant="primary" href={url} download iconName="download">
                  Download
                </Button>
              </SpaceBetween>
            </Box>
          }
        >
          <SpaceBetween size="m">
            {targets.length > 1 && (
              <FormField label="VPC endpoint">
                <Select
                  selectedOption={options[targetIndex] ?? options[0]}
                  options={options}
                  onChange={(e) => {
                    const index = Number(e.detail.selectedOption.value);
                    setTargetIndex(index);
                    load(exportUrl(targets[index].href, format), files);
                  }}
                />
              </FormField>
            )}
            <SegmentedControl
              label="Format"
              selectedId={format}
              onChange={(e) => {
                const next = e.detail.selectedId as ExportFormat;
                setFormat(next);
                load(exportUrl(target.href, next), files);
              }}
              options={EXPORT_FORMATS.map((f) => ({ id: f, text: FORMAT_LABELS[f] }))}
            />
            <FormField label="Stable URL" description="Scripts can fetch the same file with the console's session.">
              <CopyToClipboard
                variant="inline"
                textToCopy={new URL(url, window.location.href).toString()}
                copyButtonAriaLabel="Copy the export URL"
                copySuccessText="URL copied"
                copyErrorText="The URL could not be copied"
              />
            </FormField>
            <ExportCode loaded={files[url]} format={format} what={what} />
          </SpaceBetween>
        </Modal>
      )}
    </>
  );
}
