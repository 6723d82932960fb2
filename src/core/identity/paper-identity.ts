/** Which paper a URL, page or PDF is: the key every note and timer hangs on. */

export type IdentityKind =
  | 'arxiv'
  | 'doi'
  | 'openreview'
  | 'acl'
  | 'biorxiv'
  /** A venue's own number for the paper ("venue:ieee/9090146"), see venue-identity.ts. */
  | 'venue'
  | 'url'
  | 'fingerprint';

/** Which representation of the paper a URL shows. */
export type PaperFormat = 'abstract' | 'pdf' | 'html' | 'other';

export interface PaperIdentity {
  /** Stable key used across the product: `${kind}:${id}`, e.g. "arxiv:2106.09608", "doi:10.1145/1273445.1273458". */
  key: string;
  kind: IdentityKind;
  /** The identifier in its normalised form, without version. */
  id: string;
  /** Version read from the URL, e.g. "v2", when the form carries one. */
  version?: string;
  format?: PaperFormat;
}

export function identityKey(kind: IdentityKind, id: string): string {
  return `${kind}:${id}`;
}

/** Builds an identity, leaving out the version and format a form does not carry. */
export function makeIdentity(
  kind: IdentityKind,
  id: string,
  version?: string,
  format?: PaperFormat,
): PaperIdentity {
  const identity: PaperIdentity = { key: identityKey(kind, id), kind, id };
  if (version !== undefined) identity.version = version;
  if (format !== undefined) identity.format = format;
  return identity;
}
