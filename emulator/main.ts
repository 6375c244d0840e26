import { startEmulator } from './server';
import { parseLatency, parseScaleSizes, parseSeedSpec } from './core/seedSpec';
import { parseFaultSpec } from './core/faults';
import { StateFileError } from './core/store';
import { SERVICE_NAMES } from './core/registry';

/** `npm run emulator`: configuration from the environment, runs in the foreground until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const env = process.env;
  const quotas = env.EMULATOR_QUOTAS ?? 'off';
  if (quotas !== 'off' && quotas !== 'aws') throw new Error(`EMULATOR_QUOTAS must be off or aws; got "${quotas}"`);
  const scaleSizes = parseScaleSizes(env);
  const emulator = await startEmulator({
    port: Number(env.EMULATOR_PORT ?? 4566),
    statePath: env.EMULATOR_STATE ?? '.emulator/state.json',
    seed: parseSeedSpec(env.EMULATOR_SEED, scaleSizes),
    scaleSizes,
    latencyMs: parseLatency(env.EMULATOR_LATENCY_MS),
    quotas,
    faults: parseFaultSpec(env.EMULATOR_FAULTS, SERVICE_NAMES),
    dataplanePort: parseDataPlanePort(env.EMULATOR_DATAPLANE_PORT),
    caDir: env.EMULATOR_CA_DIR,
  });
  console.log(`[emulator] listening on ${emulator.url} (state: ${env.EMULATOR_STATE ?? '.emulator/state.json'})`);
  const dataplane = emulator.dataplane();
  if (dataplane) {
    const serving = dataplane.endpoints.filter((e) => e.listening).length;
    console.log(
      `[emulator] data plane: HTTPS port ${dataplane.port ?? '(none yet)'} on ${serving} execute-api endpoint address(es); ` +
        `CA ${dataplane.caPath} (also ${emulator.url}/_emulator/dataplane/ca.pem); addresses: ${emulator.url}/_emulator/dataplane`,
    );
  }
  const stop = () => {
    void emulator.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function parseDataPlanePort(value: string | undefined): number | 'off' {
  if (value === undefined || value === '') return 4443;
  if (value === 'off') return 'off';
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`EMULATOR_DATAPLANE_PORT must be a port (0 = any free one) or off; got "${value}"`);
  }
  return port;
}

main().catch((err: unknown) => {
  const prefix = err instanceof StateFileError ? 'cannot use state file' : 'failed to start';
  console.error(`[emulator] ${prefix}: ${(err as Error).message}`);
  process.exit(1);
});
