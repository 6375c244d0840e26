import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AuditEntry } from '../../lib/model/audit';

export async function newAuditFile(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'console-audit-')), 'audit.jsonl');
}

export async function auditEntries(file: string): Promise<AuditEntry[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry);
}
