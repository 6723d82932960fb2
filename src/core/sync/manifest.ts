/**
 * The manifest: one small file listing every paper document on the server with the hash of its
 * content, so a sync with nothing new reads this one file (or gets "304 Not Modified" for it)
 * instead of one request per paper.
 */
import { canonicalJson, contentHash } from './content-hash';
import type { PaperDocument } from './paper-document';

export const MANIFEST_FORMAT = 'three-pass-reader/manifest';
export const MANIFEST_VERSION = 1;

/** The folder's files: `manifest.json` and `papers/<document name>.json`. */
export const MANIFEST_FILE = 'manifest.json';
export const PAPERS_FOLDER = 'papers';

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: typeof MANIFEST_VERSION;
  /** Document name to the content hash of the document as last written. */
  papers: Record<string, string>;
}

export const emptyManifest = (): Manifest => ({
  format: MANIFEST_FORMAT,
  version: MANIFEST_VERSION,
  papers: {},
});

/**
 * A paper's document name: a hash of its key, since keys (DOIs, URLs) hold slashes and colons and
 * can be longer than a file name may be. The document itself holds the key.
 */
export const documentName = (paperKey: string): string => contentHash(paperKey);

export const documentPath = (name: string): string => `${PAPERS_FOLDER}/${name}.json`;

/** The document as written to the server, and its hash for the manifest. */
export function serialiseDocument(doc: PaperDocument): { body: string; hash: string } {
  const body = canonicalJson(doc);
  return { body, hash: contentHash(body) };
}

/** The manifest with `hashes` written over it, keys sorted. */
export function withHashes(manifest: Manifest, hashes: Readonly<Record<string, string>>): Manifest {
  const papers = { ...manifest.papers, ...hashes };
  const sorted = Object.fromEntries(
    Object.keys(papers)
      .sort()
      .map((n) => [n, papers[n]!]),
  );
  return { ...manifest, papers: sorted };
}
