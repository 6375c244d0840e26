import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError, type EmulatorRequest, type EmulatorResponse, type ServiceContext } from './core/types';
import { emptyState, knownAccounts, type EmulatorState } from './core/state';
import { openStore } from './core/store';
import { emulatorNow } from './core/clock';
import { SERVICES, SERVICE_NAMES, isServiceName } from './core/registry';
import { accountFromAccessKey, credentialScope } from './core/sigv4';
import { createQuotaCheck } from './core/quotas';
import { faultApplies, NO_FAULTS, parseFaultSpec, type FaultSpec } from './core/faults';
import { parseSeedSpec, type ScaleSizes, type SeedSpec } from './core/seedSpec';
import { RequestStats, type CallOutcome } from './core/stats';
import { CLOCK_BODY, controlJson, FAULTS_BODY, messageOf, parseControlBody, RESET_BODY } from './control';
import { applySeed } from './seed/index';
import { startDataPlane, type DataPlane, type DataPlaneInfo } from './dataplane/server';
import { dataPlaneControl } from './dataplane/control';
import { dirname, join, resolve } from 'node:path';

export interface EmulatorOptions {
  /** 0 = any free port. */
  port: number;
  host?: string;
  /** File path, or `memory`. */
  statePath: string;
  seed: SeedSpec;
  quotas?: 'off' | 'aws';
  faults?: FaultSpec;
  /** Added to every AWS call (EMULATOR_LATENCY_MS), like the round trip to a real Region. */
  latencyMs?: number;
  /** Sizes for `scale:N` seeds requested through `POST /_emulator/reset`. */
  scaleSizes?: ScaleSizes;
  /**
   * HTTPS port of the data plane on every execute-api endpoint's loopback address (`EMULATOR_DATAPLANE_PORT`;
   * `npm run emulator` defaults to 4443); 0 = one free port; `off` (the in-process default) = no data plane.
   */
  dataplanePort?: number | 'off';
  /** Directory of the data plane's local CA (default: `ca/` next to the state file, `.emulator/ca` for memory). */
  caDir?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** The live state object (tests may inspect it; mutate only through the API). */
  state(): EmulatorState;
  /** The data plane's port, CA and endpoint addresses; undefined when it is off or could not start. */
  dataplane(): DataPlaneInfo | undefined;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const BODY_TOO_LARGE = `Request body is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB the emulator accepts`;

/**
 * Start the emulator. Throws (before listening) when the state file is corrupt or from a newer version, so a
 * bad file is never silently replaced.
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const store = openStore(options.statePath);
  let state = store.load() ?? seeded(options.seed);
  store.save(state);
  let faults = options.faults ?? NO_FAULTS;
  const quotas = options.quotas === 'aws' ? createQuotaCheck() : undefined;
  const stats = new RequestStats(emulatorNow(state));
  const latencyMs = options.latencyMs ?? 0;
  let dataplane: DataPlane | undefined;

  function seeded(seed: SeedSpec): EmulatorState {
    const fresh = emptyState();
    applySeed(fresh, seed, emulatorNow(fresh));
    return fresh;
  }

  function handleControl(req: IncomingMessage, path: string, body: Buffer): EmulatorResponse {
    if (path === '/_emulator/dataplane' || path.startsWith('/_emulator/dataplane/')) {
      return dataPlaneControl(
        dataplane,
        req.method ?? 'GET',
        path,
        new URL(req.url ?? '/', 'http://emulator').searchParams,
      );
    }
    if (req.method === 'GET' && path === '/_emulator/health') {
      return controlJson(200, {
        status: 'ready',
        services: SERVICE_NAMES,
        accounts: knownAccounts(state),
        now: emulatorNow(state).toISOString(),
        state: store.description,
        quotas: options.quotas ?? 'off',
      });
    }
    if (req.method === 'POST' && path === '/_emulator/clock') {
      const input = CLOCK_BODY.safeParse(parseControlBody(body));
      if (!input.success) return controlJson(400, { message: 'advanceSeconds (number) is required' });
      state.clockOffsetSeconds += input.data.advanceSeconds;
      store.save(state);
      return controlJson(200, { now: emulatorNow(state).toISOString(), clockOffsetSeconds: state.clockOffsetSeconds });
    }
    if (req.method === 'POST' && path === '/_emulator/reset') {
      const { seed: spec } = RESET_BODY.parse(parseControlBody(body));
      const seed = spec === undefined ? options.seed : parseSeedSpec(spec, options.scaleSizes);
      state = seeded(seed);
      store.save(state);
      quotas?.reset();
      stats.reset(emulatorNow(state));
      // Back to start-up conditions: a test that set faults and failed must not poison the next one.
      faults = options.faults ?? NO_FAULTS;
      return controlJson(200, { status: 'reset', seed: seed.kind, accounts: knownAccounts(state) });
    }
    if (req.method === 'POST' && path === '/_emulator/faults') {
      faults = parseFaultSpec(FAULTS_BODY.parse(parseControlBody(body)).spec ?? '', SERVICE_NAMES);
      return controlJson(200, { faults });
    }
    if (req.method === 'GET' && path === '/_emulator/faults') return controlJson(200, { faults });
    if (req.method === 'GET' && path === '/_emulator/stats') return controlJson(200, stats.snapshot());
    if (req.method === 'GET' && path === '/_emulator/sts/sessions') {
      const sessions = Object.values(state.sts.sessions).sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
      return controlJson(200, { sessions });
    }
    if (
      (req.method === 'DELETE' && path === '/_emulator/stats') ||
      (req.method === 'POST' && path === '/_emulator/stats/reset')
    ) {
      stats.reset(emulatorNow(state));
      return controlJson(200, stats.snapshot());
    }
    return controlJson(404, { message: `Unknown control endpoint ${req.method} ${path}` });
  }

  async function handleAws(request: EmulatorRequest): Promise<EmulatorResponse> {
    const service = SERVICES[request.service];
    const operation = service.operationName(request);
    if (latencyMs > 0) await sleep(latencyMs);
    let outcome: CallOutcome = 'error';
    try {
      const waitSeconds = quotas?.check(request, operation, emulatorNow(state).getTime()) ?? 0;
      if (waitSeconds > 0) {
        outcome = 'throttled';
        throw service.throttled(Math.max(1, Math.ceil(waitSeconds)));
      }
      if (faultApplies(faults, request.service, operation)) {
        if (faults.latencyMs > 0) await sleep(faults.latencyMs);
        if (faults.errorRate > 0 && Math.random() < faults.errorRate) throw service.injectedFailure();
      }
      const writes = { committed: false };
      const ctx: ServiceContext = {
        req: request,
        state,
        now: () => emulatorNow(state),
        commit: () => {
          store.save(state);
          writes.committed = true;
        },
      };
      const response = await service.handle(ctx);
      // A new or deleted execute-api endpoint is (un)served before the caller hears back.
      if (writes.committed) await dataplane?.changed();
      outcome = response.status < 400 ? 'ok' : 'error';
      return response;
    } catch (err) {
      if (err instanceof AwsError) return service.renderError(err);
      console.error(`[emulator] ${request.service} ${request.method} ${request.rawPath} failed:`, err);
      return service.renderError(new AwsError('InternalFailure', 500, `Emulator internal error: ${messageOf(err)}`));
    } finally {
      stats.record(request.account, request.service, operation, outcome);
    }
  }

  async function dispatch(req: IncomingMessage): Promise<EmulatorResponse> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.startsWith('/_emulator/')) {
      if (body === undefined) return controlJson(413, { message: BODY_TOO_LARGE });
      try {
        const response = handleControl(req, url.pathname, body);
        if (req.method === 'POST') await dataplane?.changed();
        return response;
      } catch (err) {
        return controlJson(400, { message: messageOf(err) });
      }
    }
    const scope = credentialScope(req.headers, url.searchParams);
    if (!scope) {
      return plainError(
        403,
        'MissingAuthenticationTokenException',
        'Request is not signed with AWS Signature Version 4; the emulator routes by the credential scope ' +
          '(Authorization: AWS4-HMAC-SHA256 Credential=ACCOUNT/date/region/service/aws4_request).',
      );
    }
    if (!isServiceName(scope.service)) {
      return plainError(
        400,
        'UnknownServiceException',
        `Service "${scope.service}" is not emulated; supported: ${SERVICE_NAMES.join(', ')}`,
      );
    }
    if (body === undefined) {
      return SERVICES[scope.service].renderError(new AwsError('RequestEntityTooLarge', 413, BODY_TOO_LARGE));
    }
    return handleAws({
      service: scope.service,
      region: scope.region,
      account: accountFromAccessKey(scope.accessKeyId),
      method: req.method ?? 'GET',
      rawPath: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    });
  }

  const server = createServer((req, res) => {
    // AWS's Date header is what SDKs use to correct clock skew; it must follow the emulator clock.
    res.setHeader('date', emulatorNow(state).toUTCString());
    dispatch(req)
      .then((response) => send(res, response))
      .catch((err: unknown) => {
        send(res, plainError(400, 'BadRequest', messageOf(err)));
      });
  });
  // SDK clients keep sockets alive between calls; closing idle ones after Node's 5 s default races their reuse (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const dataplanePort = options.dataplanePort ?? 'off';
  if (dataplanePort !== 'off') {
    try {
      dataplane = await startDataPlane({
        port: dataplanePort,
        caDir: resolve(options.caDir ?? defaultCaDir(options.statePath)),
        state: () => state,
        now: () => emulatorNow(state),
        warn: (message) => console.warn(`[emulator] ${message}`),
      });
    } catch (err) {
      // The control plane is what most users need: never fail start-up because of the data plane.
      console.warn(`[emulator] data plane not started: ${messageOf(err)}`);
    }
  }
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    state: () => state,
    dataplane: () => dataplane?.info(),
    close: async () => {
      await dataplane?.close();
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

function defaultCaDir(statePath: string): string {
  return statePath === 'memory' ? join('.emulator', 'ca') : join(dirname(statePath), 'ca');
}

/** For requests that never reached a service (no protocol known): JSON with the header the AWS SDKs read. */
function plainError(status: number, code: string, message: string): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': code },
    body: JSON.stringify({ __type: code, message }),
  };
}

/**
 * The whole body, or `undefined` when it is larger than MAX_BODY_BYTES. The rest of a too-large body is read and
 * dropped rather than the socket reset, so the client gets the 413 answer instead of a connection error.
 */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function send(res: ServerResponse, response: EmulatorResponse): void {
  const body = response.body ?? '';
  res.writeHead(response.status, { ...response.headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}
