import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { emptyState, STATE_VERSION, type EmulatorState } from './state';

/** Thrown when a state file exists but cannot be used; the emulator refuses to start rather than reset it. */
export class StateFileError extends Error {}

/** Where state lives: a JSON file, or nowhere (`memory`). */
export interface StateStore {
  /** Returns the stored state, or `undefined` when there is none yet (fresh start → seed). */
  load(): EmulatorState | undefined;
  save(state: EmulatorState): void;
  readonly description: string;
}

export function openStore(location: string): StateStore {
  return location === 'memory' ? memoryStore() : fileStore(location);
}

function memoryStore(): StateStore {
  return { load: () => undefined, save: () => undefined, description: 'memory (not persisted)' };
}

function fileStore(path: string): StateStore {
  return {
    description: path,
    load() {
      if (!existsSync(path)) return undefined;
      return parseStateFile(path, readFileSync(path, 'utf8'));
    },
    save(state) {
      writeAtomically(path, JSON.stringify(state));
    },
  };
}

export function parseStateFile(path: string, text: string): EmulatorState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new StateFileError(
      `State file ${path} is not valid JSON (${(err as Error).message}). ` +
        'Fix or move it away, or start with EMULATOR_STATE=memory; the emulator will not overwrite it.',
    );
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version !== 'number' || typeof parsed !== 'object' || parsed === null) {
    throw new StateFileError(`State file ${path} has no numeric "version"; it is not an emulator state file.`);
  }
  if (version > STATE_VERSION) {
    throw new StateFileError(
      `State file ${path} has version ${version}, newer than this emulator understands (${STATE_VERSION}). ` +
        'Upgrade the emulator or use another EMULATOR_STATE path.',
    );
  }
  if (version < STATE_VERSION) {
    throw new StateFileError(`State file ${path} has old version ${version}; no migration exists. Move it away.`);
  }
  // Sections added later than the file was written start empty instead of crashing on undefined.
  return { ...emptyState(), ...(parsed as EmulatorState) };
}

/**
 * Write to a temp file in the same directory, fsync, then rename over the target: a crash (kill -9) at any point
 * leaves either the old or the new complete file, never a torn one.
 */
function writeAtomically(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}
