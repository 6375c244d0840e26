import 'server-only';
import { env } from './env';

export type ConsoleTarget = 'emulator' | 'aws';

export function consoleTarget(): ConsoleTarget {
  return env().CONSOLE_TARGET;
}

/** Where the emulator answers; also honoured in `aws` mode so the console runs against LocalStack or moto. */
export function endpointOverride(): string | undefined {
  const { AWS_ENDPOINT_URL, CONSOLE_TARGET, EMULATOR_PORT } = env();
  if (AWS_ENDPOINT_URL) return AWS_ENDPOINT_URL;
  return CONSOLE_TARGET === 'emulator' ? `http://127.0.0.1:${EMULATOR_PORT}` : undefined;
}
