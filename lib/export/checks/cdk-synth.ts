import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ts from 'typescript';

/**
 * Compiles generated CDK apps against the installed aws-cdk-lib (strict type checking, one program for all of them:
 * loading the library's types is the slow part), then synthesizes each stack in-process, as `cdk synth` would.
 */

const WORK_DIR = path.join(process.cwd(), 'node_modules', '.cache', 'export-cdk');

export interface CdkApp {
  source: string;
  stackClass: string;
}

export type SynthResult = { ok: true; templates: unknown[] } | { ok: false; diagnostics: string[] };

export function synthCdkApps(apps: CdkApp[]): SynthResult {
  const dir = path.join(WORK_DIR, randomUUID());
  mkdirSync(dir, { recursive: true });
  try {
    return compileAndSynth(dir, apps);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compileAndSynth(dir: string, apps: CdkApp[]): SynthResult {
  const files = apps.map((app, i) => {
    const file = path.join(dir, `app${i}.ts`);
    writeFileSync(file, app.source);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noUnusedLocals: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    // CommonJS output keeps the synth in-process and synchronous; Node10 resolution is what CommonJS resolves with.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- TypeScript 7 drops it; CommonJS still needs it
    moduleResolution: ts.ModuleResolutionKind.Node10,
    ignoreDeprecations: '6.0',
    skipLibCheck: true,
    types: [],
    outDir: dir,
  });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map(
    (d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
  );
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const load = createRequire(files[0]);
  const cdk = load('aws-cdk-lib/core') as typeof import('aws-cdk-lib/core');
  const templates = apps.map((app, i) => {
    const mod = load(files[i].replace(/\.ts$/, '.js')) as Record<string, new (scope: unknown, id: string) => unknown>;
    const synthApp = new cdk.App({ outdir: path.join(dir, `cdk.out.${i}`) });
    new mod[app.stackClass](synthApp, 'Exported');
    return synthApp.synth().getStackByName('Exported').template as unknown;
  });
  return { ok: true, templates };
}
