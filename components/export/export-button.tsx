'use client';

import { useState } from 'react';
import dynamic from 'next/dynamic';
import Button from '@cloudscape-design/components/button';
import type { ExportFormat } from '@/lib/export/model';
import type { ConsoleError } from '@/lib/errors';
import type { Loaded } from './export-dialog';
import { LazyLoading } from '@/components/common/lazy-loading';

// The dialog (format and target pickers, highlighted code view) downloads when it first opens, not with every page.
const ExportDialog = dynamic(() => import('./export-dialog').then((m) => m.ExportDialog), { loading: LazyLoading });

/** One thing that can be exported: the URL of its export route without `format` (e.g. one consumer endpoint). */
export interface ExportTarget {
  label: string;
  href: string;
}

export function exportUrl(href: string, format: ExportFormat): string {
  return `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
}

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
        <ExportDialog
          what={what}
          targets={targets}
          targetIndex={targetIndex}
          format={format}
          url={url}
          loaded={files[url]}
          onTargetChange={(index) => {
            setTargetIndex(index);
            load(exportUrl(targets[index].href, format), files);
          }}
          onFormatChange={(next) => {
            setFormat(next);
            load(exportUrl(target.href, next), files);
          }}
          onDismiss={() => setOpen(false)}
        />
      )}
    </>
  );
}
