import 'server-only';
import { readFile } from 'node:fs/promises';
import type { AuditEntry } from '@/lib/model/audit';

export type AuditFileRead =
  { ok: true; file: string; entries: AuditEntry[]; unreadable: number } | { ok: false; message: string };

/** This server's audit file; lines that are not audit entries are counted, not shown. */
export async function readAuditFile(): Promise<AuditFileRead> {
  const file = process.env.CONSOLE_AUDIT_FILE?.trim();
  if (!file)
    return {
      ok: false,
      message:
        'CONSOLE_AUDIT_FILE is not set: audit entries go to stdout only. Set it to keep a file this page can show.',
    };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, file, entries: [], unreadable: 0 };
    return { ok: false, message: `${file} could not be read: ${(error as Error).message}` };
  }
  const entries: AuditEntry[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as AuditEntry;
      if (typeof entry.action === 'string' && typeof entry.time === 'string') entries.push(entry);
      else unreadable += 1;
    } catch {
      unreadable += 1;
    }
  }
  return { ok: true, file, entries, unreadable };
}
