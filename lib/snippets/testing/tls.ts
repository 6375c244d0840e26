/** Test-only: a throwaway CA and a server certificate for the given names, made with the openssl CLI. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

export interface TestPki {
  dir: string;
  caFile: string;
  key: Buffer;
  cert: Buffer;
}

function openssl(args: string[], cwd: string): void {
  const r = run(
    'openssl',
    args.map((a) => a.replace('{dir}', cwd)),
  );
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
}

export function makePki(names: string[]): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'snippet-pki-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      '{dir}/ca.key',
      '-out',
      '{dir}/ca.crt',
      '-days',
      '1',
      '-subj',
      '/CN=snippet test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(['req', ...ec, '-keyout', '{dir}/leaf.key', '-out', '{dir}/leaf.csr', '-subj', '/CN=endpoint'], dir);
  writeFileSync(
    join(dir, 'leaf.ext'),
    [
      `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      'authorityKeyIdentifier=keyid',
      'subjectKeyIdentifier=hash',
    ].join('\n'),
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      '{dir}/leaf.csr',
      '-CA',
      '{dir}/ca.crt',
      '-CAkey',
      '{dir}/ca.key',
      '-CAcreateserial',
      '-out',
      '{dir}/leaf.crt',
      '-days',
      '1',
      '-extfile',
      '{dir}/leaf.ext',
    ],
    dir,
  );
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    key: readFileSync(join(dir, 'leaf.key')),
    cert: readFileSync(join(dir, 'leaf.crt')),
  };
}
