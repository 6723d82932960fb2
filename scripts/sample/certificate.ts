/**
 * A throwaway self-signed certificate for the sample server, made with the openssl command so the
 * browser can be shown `https://arxiv.org/...` served from this machine. Browsers that use it are
 * started with certificate errors ignored; the key never leaves the temp folder it is written to.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/** Returns null when openssl is not installed. */
export function makeSelfSignedCertificate(folder: string): Certificate | null {
  const keyPath = join(folder, 'sample-key.pem');
  const certPath = join(folder, 'sample-cert.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=arxiv.org',
      '-addext',
      'subjectAltName=DNS:arxiv.org,DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  if (result.error || result.status !== 0) return null;
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
