import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The data plane's local certificate authority, made with the openssl CLI (Node's crypto cannot issue certificates).
 * Created once per directory and kept: clients trust `ca.pem` (curl --cacert, NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE)
 * across restarts. Server certificates are issued on demand for a set of names and cached on disk; all of them share
 * one key (`leaf.key`), which is only ever used on loopback.
 */
export interface LocalCa {
  dir: string;
  caPath: string;
  /** PEM of the CA certificate. */
  caPem: string;
  /** A server certificate (PEM, chain with the CA) and key for exactly these DNS names. */
  serverCertificate(names: string[]): Promise<{ cert: string; key: string }>;
}

const CA_DAYS = 3650;
const LEAF_DAYS = 365;
/** Re-issue a cached server certificate this long before it expires. */
const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

function openssl(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { cwd }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`openssl ${args[0]} failed: ${stderr || err.message}`));
      else resolve();
    });
  });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/**
 * The CA in `dir`, created when missing. Creation happens in a sibling temp directory renamed into place, so two
 * emulators starting at once never end up with a certificate and a key from different runs.
 */
export async function openLocalCa(dir: string): Promise<LocalCa> {
  if (!existsSync(join(dir, 'ca.pem'))) await createCa(dir);
  const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
  const key = readFileSync(join(dir, 'leaf.key'), 'utf8');
  const issued = new Map<string, Promise<{ cert: string; key: string }>>();

  async function issue(names: string[]): Promise<{ cert: string; key: string }> {
    const id = createHash('sha256').update(names.join(',')).digest('hex').slice(0, 24);
    const file = join(dir, 'leaves', `${id}.pem`);
    if (existsSync(file)) {
      const cert = readFileSync(file, 'utf8');
      if (Date.parse(new X509Certificate(cert).validTo) - Date.now() > RENEW_BEFORE_MS) {
        return { cert: cert + caPem, key };
      }
    }
    mkdirSync(join(dir, 'leaves'), { recursive: true });
    const work = mkdtempSync(join(dir, 'leaves', '.issue-'));
    try {
      writeFileSync(
        join(work, 'leaf.ext'),
        [
          `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`,
          'basicConstraints=critical,CA:FALSE',
          'keyUsage=critical,digitalSignature',
          'extendedKeyUsage=serverAuth',
          'authorityKeyIdentifier=keyid',
          'subjectKeyIdentifier=hash',
        ].join('\n'),
      );
      const subject = `/CN=${names[0].slice(0, 64)}`;
      await openssl(['req', '-new', '-key', join(dir, 'leaf.key'), '-subj', subject, '-out', 'leaf.csr'], work);
      await openssl(
        [
          'x509',
          '-req',
          '-in',
          'leaf.csr',
          '-CA',
          join(dir, 'ca.pem'),
          '-CAkey',
          join(dir, 'ca.key'),
          '-set_serial',
          `0x${createHash('sha256').update(`${id}/${Date.now()}`).digest('hex').slice(0, 30)}`,
          '-days',
          String(LEAF_DAYS),
          '-extfile',
          'leaf.ext',
          '-out',
          'leaf.pem',
        ],
        work,
      );
      renameSync(join(work, 'leaf.pem'), file);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return { cert: readFileSync(file, 'utf8') + caPem, key };
  }

  return {
    dir,
    caPath: join(dir, 'ca.pem'),
    caPem,
    serverCertificate(names) {
      const key = names.join(',');
      let pending = issued.get(key);
      if (!pending) {
        pending = issue(names);
        // A failed issuance is retried on the next handshake instead of being cached.
        pending.catch(() => issued.delete(key));
        issued.set(key, pending);
      }
      return pending;
    },
  };
}

async function createCa(dir: string): Promise<void> {
  mkdirSync(dirname(dir), { recursive: true });
  const work = mkdtempSync(`${dir}.tmp-`);
  try {
    await openssl(
      [
        'req',
        '-x509',
        ...EC_KEY,
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        String(CA_DAYS),
        '-subj',
        `/CN=AWS emulator local CA ${createHash('sha256').update(`${dir}/${Date.now()}`).digest('hex').slice(0, 8)}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      work,
    );
    await openssl(
      ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-out', 'leaf.key'],
      work,
    );
    try {
      renameSync(work, dir);
    } catch (err) {
      // Another emulator created it meanwhile (or an empty directory is in the way): use what is there.
      if (!existsSync(join(dir, 'ca.pem'))) throw err;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
