import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStartupSettings } from './startup';

const dir = mkdtempSync(path.join(os.tmpdir(), 'startup-'));

describe('checkStartupSettings: CONSOLE_AUDIT_FILE', () => {
  it.each([
    ['unset', undefined],
    ['a new file in an existing directory', path.join(dir, 'audit.jsonl')],
    [
      'an existing file',
      (() => {
        const file = path.join(dir, 'kept.jsonl');
        writeFileSync(file, '');
        return file;
      })(),
    ],
  ])('accepts %s', (_, file) => {
    expect(() => checkStartupSettings({ CONSOLE_AUDIT_FILE: file })).not.toThrow();
  });

  it('names the variable, the missing directory and the fix', () => {
    const file = path.join(dir, 'no-such-dir', 'audit.jsonl');
    expect(() => checkStartupSettings({ CONSOLE_AUDIT_FILE: file })).toThrow(
      `CONSOLE_AUDIT_FILE ${file}: the directory ${path.join(dir, 'no-such-dir')} does not exist; create it or point the variable at a file in an existing directory.`,
    );
  });
});
