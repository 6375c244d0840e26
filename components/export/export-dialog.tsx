'use client';

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
import type { ExportTarget } from './export-button';

/** An export file as the dialog knows it: being read, its text, or why it could not be read. */
export type Loaded =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; error: ConsoleError };

const HIGHLIGHT: Partial<Record<ExportFormat, (code: string) => React.ReactNode>> = {
  cli: shHighlight,
  cloudformation: yamlHighlight,
  cdk: typescriptHighlight,
};

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
 * ExportButton's dialog: the code in four formats in a copyable view, a download, and the stable URL that scripts can
 * fetch. The button keeps the choices and the files read, so the dialog only shows them.
 */
export function ExportDialog({
  what,
  targets,
  targetIndex,
  format,
  url,
  loaded,
  onTargetChange,
  onFormatChange,
  onDismiss,
}: {
  what: string;
  targets: ExportTarget[];
  targetIndex: number;
  format: ExportFormat;
  url: string;
  loaded: Loaded | undefined;
  onTargetChange: (index: number) => void;
  onFormatChange: (format: ExportFormat) => void;
  onDismiss: () => void;
}) {
  const options = targets.map((t, i) => ({ value: String(i), label: t.label }));
  return (
    <Modal
      visible
      size="max"
      onDismiss={onDismiss}
      header={`Export ${what}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
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
              onChange={(e) => onTargetChange(Number(e.detail.selectedOption.value))}
            />
          </FormField>
        )}
        <SegmentedControl
          label="Format"
          selectedId={format}
          onChange={(e) => onFormatChange(e.detail.selectedId as ExportFormat)}
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
        <ExportCode loaded={loaded} format={format} what={what} />
      </SpaceBetween>
    </Modal>
  );
}
