/**
 * One sync with the WebDAV folder: read the manifest, plan (core `planSync`), download, upload or
 * merge what changed, and write the manifest. Every write is conditional, so two machines syncing
 * at once never overwrite each other: a 412 means read again, merge, retry. A document that fails
 * its check is reported and left alone on both sides. The local side is an interface (the database
 * implements it on top of issue 12); this module touches no storage of its own.
 */
import { parseManifest, parsePaperDocument } from '../../core/sync/document-schema';
import { contentHash } from '../../core/sync/content-hash';
import {
  documentPath,
  emptyManifest,
  MANIFEST_FILE,
  PAPERS_FOLDER,
  serialiseDocument,
  withHashes,
  type Manifest,
} from '../../core/sync/manifest';
import { mergePaperDocuments, type PaperDocument } from '../../core/sync/paper-document';
import { planSync, type LocalDocumentState } from '../../core/sync/sync-plan';
import type { WebDavClient, WriteCondition } from './webdav-client';
import { WebDavError } from './webdav-error';

/**
 * A file on the server that fails its check: never merged, never overwritten. A paper document's
 * is reported and the sync goes on; the manifest's stops the sync.
 */
export class InvalidRemoteDocument extends Error {}

/** This machine's documents, as the sync sees them. */
export interface LocalDocuments {
  states(): Promise<LocalDocumentState[]>;
  read(name: string): Promise<PaperDocument>;
  /**
   * Merges `doc` (the server's, or what was just written there) into the local document, whatever
   * the reader changed meanwhile, and remembers `hash` as the server's version of it.
   */
  applyRemote(name: string, doc: PaperDocument, hash: string): Promise<void>;
  /** The local document already equals the server's version `hash`. */
  markSynced(name: string, hash: string): Promise<void>;
  /** The manifest as last read, with its ETag, so an unchanged one is not downloaded again. */
  cachedManifest(): Promise<CachedManifest | undefined>;
  /** Remembers the manifest as read; undefined forgets it (after a write, whose ETag is unknown). */
  cacheManifest(cached: CachedManifest | undefined): Promise<void>;
}

export interface CachedManifest {
  etag: string;
  manifest: Manifest;
}

export interface SyncReport {
  uploaded: number;
  downloaded: number;
  merged: number;
  /** Clear messages for what could not be synced this time; the rest was. */
  problems: string[];
}

/** Waits between retries after a 412: Apache's ETags stay weak (never matching) for a second. */
const RETRY_DELAYS_MS = [100, 400, 1_100, 2_000];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface RemoteFile<T> {
  value: T;
  etag?: string;
}

/**
 * The manifest, or null when the folder has none yet. With a cached copy it is asked for with
 * `If-None-Match`, so a sync with nothing new anywhere receives "304 Not Modified" and no body.
 * (The copy and its ETag always come from one answer: an ETag read apart could be another write's.)
 */
async function readManifest(
  client: WebDavClient,
  cached?: CachedManifest,
): Promise<(RemoteFile<Manifest> & { fresh: boolean }) | null> {
  let file;
  try {
    file = await client.get(MANIFEST_FILE, cached?.etag);
  } catch (error) {
    if (error instanceof WebDavError && error.kind === 'not-found') return null;
    throw error;
  }
  if (!file) return { value: cached!.manifest, etag: cached!.etag, fresh: false };
  const checked = parseManifest(file.body);
  if (!checked.ok) throw new InvalidRemoteDocument(checked.error);
  return { value: checked.value, etag: file.etag, fresh: true };
}

async function getOrNull(client: WebDavClient, path: string) {
  try {
    return await client.get(path);
  } catch (error) {
    if (error instanceof WebDavError && error.kind === 'not-found') return null;
    throw error;
  }
}

/** Runs `attempt` again after a 412, a few times, then lets the 412 through. */
async function retryOnConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (const delay of [...RETRY_DELAYS_MS, null]) {
    try {
      return await attempt();
    } catch (error) {
      const conflict = error instanceof WebDavError && error.kind === 'precondition-failed';
      if (!conflict || delay === null) throw error;
      await sleep(delay);
    }
  }
  throw new Error('unreachable');
}

/** Replace exactly the version read; create only where nothing is; a server without ETags gets neither. */
type RemoteDocument = RemoteFile<PaperDocument> & { hash: string };

const condition = (etag: string | undefined, exists: boolean): WriteCondition =>
  etag ? { ifMatch: etag } : exists ? {} : { ifNoneMatch: '*' };

export class SyncRound {
  private readonly report: SyncReport = { uploaded: 0, downloaded: 0, merged: 0, problems: [] };
  /** Document name to the hash the manifest must list for it. */
  private readonly manifestUpdates: Record<string, string> = {};

  constructor(
    private readonly client: WebDavClient,
    private readonly local: LocalDocuments,
  ) {}

  async run(): Promise<SyncReport> {
    const manifest = await readManifest(this.client, await this.local.cachedManifest());
    if (manifest?.fresh && manifest.etag)
      await this.local.cacheManifest({ etag: manifest.etag, manifest: manifest.value });
    if (!manifest) {
      await this.client.createFolder();
      await this.client.createFolder(PAPERS_FOLDER);
    }
    const plan = planSync(manifest?.value ?? null, await this.local.states());
    for (const name of plan.agreed)
      await this.local.markSynced(name, manifest!.value.papers[name]!);
    for (const name of plan.download)
      await this.guarded(name, () => this.download(name, manifest!.value));
    const listed = manifest?.value.papers ?? {};
    for (const name of [...plan.upload, ...plan.merge])
      await this.guarded(name, () => this.upload(name, !Object.hasOwn(listed, name)));
    if (plan.writeManifest || Object.keys(this.manifestUpdates).length > 0)
      await this.writeManifest(manifest);
    return this.report;
  }

  /** A problem with one document is reported and the others go on; a network or auth error stops all. */
  private async guarded(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof InvalidRemoteDocument)) throw error;
      this.report.problems.push(error.message);
      delete this.manifestUpdates[name];
    }
  }

  private async readDocument(name: string): Promise<RemoteDocument | null> {
    const file = await getOrNull(this.client, documentPath(name));
    if (!file) return null;
    const checked = parsePaperDocument(file.body, name);
    if (!checked.ok) throw new InvalidRemoteDocument(checked.error);
    return { value: checked.value, etag: file.etag, hash: contentHash(file.body) };
  }

  private async download(name: string, manifest: Manifest): Promise<void> {
    const remote = await this.readDocument(name);
    if (!remote) return;
    await this.local.applyRemote(name, remote.value, remote.hash);
    // The manifest lagged behind the file (two machines wrote it close together): set it right.
    if (manifest.papers[name] !== remote.hash) this.manifestUpdates[name] = remote.hash;
    else delete this.manifestUpdates[name];
    this.report.downloaded += 1;
  }

  /**
   * Writes the local document merged with the server's. A document the manifest does not list is
   * most likely new: it is first written with `If-None-Match: *` without reading (half the
   * requests of a first sync); if one was there after all, the 412 leads to read, merge, retry.
   */
  private async upload(name: string, probablyNew: boolean): Promise<void> {
    if (probablyNew) {
      try {
        return await this.write(name, null);
      } catch (error) {
        if (!(error instanceof WebDavError && error.kind === 'precondition-failed')) throw error;
      }
    }
    await retryOnConflict(async () => this.write(name, await this.readDocument(name)));
  }

  /** One conditional write of the local document merged with `remote` (null: create it). */
  private async write(name: string, remote: RemoteDocument | null): Promise<void> {
    const here = await this.local.read(name);
    const merged = remote ? mergePaperDocuments(here, remote.value) : here;
    const { body, hash } = serialiseDocument(merged);
    if (remote?.hash !== hash)
      await this.client.put(documentPath(name), body, condition(remote?.etag, remote !== null));
    await this.local.applyRemote(name, merged, hash);
    this.manifestUpdates[name] = hash;
    if (remote && serialiseDocument(here).hash !== hash) this.report.merged += 1;
    else this.report.uploaded += 1;
  }

  /**
   * Another machine wrote the manifest since we read it. Where it lists a document we wrote with
   * another hash, that machine wrote the document after us (its conditional PUT merged ours in):
   * the file is the truth, so read it back, take it in here and list its real hash, rather than
   * claim ours and leave this machine believing it is in step.
   */
  private async readBackOverwritten(manifest: Manifest): Promise<void> {
    for (const [name, hash] of Object.entries(this.manifestUpdates)) {
      const listed = manifest.papers[name];
      if (listed !== undefined && listed !== hash)
        await this.guarded(name, () => this.download(name, manifest));
    }
  }

  /** Our hashes written over the manifest as it is now: re-read after each 412. */
  private async writeManifest(first: RemoteFile<Manifest> | null): Promise<void> {
    let current = first;
    let fresh = true;
    await retryOnConflict(async () => {
      if (!fresh) {
        current = await readManifest(this.client);
        if (current) await this.readBackOverwritten(current.value);
      }
      fresh = false;
      const next = withHashes(current?.value ?? emptyManifest(), this.manifestUpdates);
      const body = JSON.stringify(next);
      await this.client.put(MANIFEST_FILE, body, condition(current?.etag, current !== null));
    });
    await this.local.cacheManifest(undefined);
  }
}

export const syncWithServer = (client: WebDavClient, local: LocalDocuments) =>
  new SyncRound(client, local).run();
