import { pythonBody, pythonHeaders } from './python';
import { pythonQuote } from './quote';
import { renderShellCommand } from './shell';
import type { HttpRequestSpec, SigV4Spec } from './types';

/**
 * awscurl argv, grouped per line. awscurl reads `-d @name` as a file and splits headers on ": ", and replaces its
 * default headers (Accept: application/xml, Content-Type: application/json) whenever -H is given — hence the
 * warnings returned next to the args.
 */
export function awscurlArgGroups(spec: HttpRequestSpec, sig: SigV4Spec): { groups: string[][]; warnings: string[] } {
  const warnings: string[] = [];
  const groups = [
    ['--service', sig.service],
    ['--region', sig.region],
    ['--request', spec.method],
  ];
  for (const h of spec.headers) {
    if (h.value.includes(': ') || h.value === '')
      warnings.push(`awscurl cannot pass header ${h.name} with this value; use the Python SigV4 snippet.`);
    groups.push(['--header', `${h.name}: ${h.value}`]);
  }
  if (spec.body !== undefined) {
    if (spec.body.startsWith('@'))
      warnings.push('awscurl reads a body starting with "@" as a file name; use the Python SigV4 snippet.');
    groups.push(['--data', spec.body]);
  }
  groups.push([spec.url]);
  return { groups, warnings };
}

export function awscurlSnippet(spec: HttpRequestSpec, sig: SigV4Spec): { code: string; warnings: string[] } {
  const { groups, warnings } = awscurlArgGroups(spec, sig);
  return { code: renderShellCommand('awscurl', groups), warnings };
}

/**
 * Python: sign with botocore's SigV4Auth (credentials from the usual chain: env, profile, role), send with
 * requests. The signature covers the URL host, which requests then sends as Host — never override it.
 */
export function pythonSigV4Snippet(spec: HttpRequestSpec, sig: SigV4Spec): string {
  return [
    'import botocore.session',
    'import requests',
    'from botocore.auth import SigV4Auth',
    'from botocore.awsrequest import AWSRequest',
    '',
    `method = ${pythonQuote(spec.method)}`,
    `url = ${pythonQuote(spec.url)}`,
    `headers = ${pythonHeaders(spec, '', false)}`,
    `body = ${pythonBody(spec)}`,
    '',
    'credentials = botocore.session.Session().get_credentials().get_frozen_credentials()',
    'signed = AWSRequest(method=method, url=url, headers=headers, data=body)',
    `SigV4Auth(credentials, ${pythonQuote(sig.service)}, ${pythonQuote(sig.region)}).add_auth(signed)`,
    'response = requests.request(method, url, headers=dict(signed.headers), data=body, timeout=30)',
    'print(response.status_code)',
    'print(response.text)',
    '',
  ].join('\n');
}
