import 'server-only';

export type ConsoleTarget = 'emulator' | 'aws';

export function consoleTarget(): ConsoleTarget {
  const raw = process.env.CONSOLE_TARGET ?? 'emulator';
  if (raw !== 'emulator' && raw !== 'aws') {
    throw new Error(`CONSOLE_TARGET must be "emulator" or "aws", got "${raw}"`);
  }
  return raw;
}

/** Where the emulator answers; also honoured in `aws` mode so the console runs against LocalStack or moto. */
export function endpointOverride(): string | undefined {
  if (process.env.AWS_ENDPOINT_URL) return process.env.AWS_ENDPOINT_URL;
  if (consoleTarget() === 'emulator') return `http://127.0.0.1:${process.env.EMULATOR_PORT ?? '4566'}`;
  return undefined;
}
