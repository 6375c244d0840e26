import http from 'node:http';

/**
 * An HTTP proxy between the console and the emulator that counts every AWS call by operation and every throttled
 * answer, the way a proxy in front of AWS would: from the signed request alone (SigV4 scope, path, body, target).
 */

export interface CallStats {
  calls: Record<string, number>;
  throttled: Record<string, number>;
}

const API_GATEWAY_ROUTES: [RegExp, string][] = [
  [/^GET \/restapis$/, 'GetRestApis'],
  [/^GET \/restapis\/[^/]+$/, 'GetRestApi'],
  [/^GET \/restapis\/[^/]+\/stages$/, 'GetStages'],
  [/^GET \/restapis\/[^/]+\/stages\/[^/]+$/, 'GetStage'],
  [/^GET \/restapis\/[^/]+\/deployments$/, 'GetDeployments'],
  [/^GET \/restapis\/[^/]+\/resources$/, 'GetResources'],
  [/^GET \/domainnames$/, 'GetDomainNames'],
  [/^GET \/domainnames\/[^/]+$/, 'GetDomainName'],
  [/^GET \/domainnames\/[^/]+\/basepathmappings$/, 'GetBasePathMappings'],
  [/^GET \/domainnameaccessassociations$/, 'GetDomainNameAccessAssociations'],
  [/^GET \/tags\/.+$/, 'GetTags'],
];

function serviceOf(req: http.IncomingMessage): string {
  const auth = req.headers.authorization ?? '';
  return /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\/aws4_request/.exec(auth)?.[1] ?? 'unknown';
}

/** `service:Operation` of one signed request. */
export function operationOf(req: http.IncomingMessage, body: string): string {
  const service = serviceOf(req);
  const path = (req.url ?? '/').split('?')[0];
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') return `${service}:${target.split('.').pop() ?? target}`;
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1];
  if (action) return `${service}:${action}`;
  if (service === 'apigateway') {
    const route = `${req.method ?? 'GET'} ${path}`;
    const match = API_GATEWAY_ROUTES.find(([re]) => re.test(route));
    return `apigateway:${match ? match[1] : route}`;
  }
  if (service === 'ram') return `ram:${path.replace(/^\//, '')}`;
  return `${service}:${req.method ?? 'GET'} ${path}`;
}

function isThrottling(status: number, body: string): boolean {
  return status === 429 || /Throttl|RequestLimitExceeded|TooManyRequests|Rate exceeded/.test(body.slice(0, 2000));
}

export interface CountingProxy {
  url: string;
  stats: () => CallStats;
  reset: () => void;
  close: () => Promise<void>;
}

export function startCountingProxy(target: string, port: number): Promise<CountingProxy> {
  let stats: CallStats = { calls: {}, throttled: {} };
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = operationOf(req, body.toString('utf8'));
      if (!req.url?.startsWith('/_emulator')) stats.calls[operation] = (stats.calls[operation] ?? 0) + 1;
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          const out: Buffer[] = [];
          answer.on('data', (c: Buffer) => out.push(c));
          answer.on('end', () => {
            const payload = Buffer.concat(out);
            if (isThrottling(answer.statusCode ?? 0, payload.toString('utf8')))
              stats.throttled[operation] = (stats.throttled[operation] ?? 0) + 1;
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(payload);
          });
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      forward.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        stats: () => structuredClone(stats),
        reset: () => {
          stats = { calls: {}, throttled: {} };
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
