/**
 * What one sync must transfer, decided from the server's manifest and the local documents'
 * hashes alone. Each local document remembers the hash it had when it last agreed with the
 * server (`syncedHash`); comparing the three hashes says which side changed since:
 * - neither: nothing to do (a sync with no change reads the manifest and nothing else);
 * - only here: upload it; only there: download it;
 * - both: download, merge, upload the merge (a conflict in transfer terms; the merge loses nothing).
 * Uploads and merges also rewrite the manifest.
 */
import { own } from './registers';
import type { Manifest } from './manifest';

export interface LocalDocumentState {
  name: string;
  /** Hash of the document as it is here now. */
  hash: string;
  /** Hash of the document when it last matched the server; absent when it never has. */
  syncedHash?: string;
}

export interface SyncPlan {
  /** Changed here only: PUT. */
  upload: string[];
  /** Changed on the server only: GET and store. */
  download: string[];
  /** Changed on both sides: GET, merge, store, PUT. */
  merge: string[];
  /** Already equal on both sides though not recorded as synced: remember the hash, transfer nothing. */
  agreed: string[];
  /** True when the manifest must be written (after the uploads and merges). */
  writeManifest: boolean;
}

/** `remote` is null when the server has no manifest yet (an empty folder). */
export function planSync(remote: Manifest | null, local: readonly LocalDocumentState[]): SyncPlan {
  const plan: SyncPlan = { upload: [], download: [], merge: [], agreed: [], writeManifest: false };
  const remoteHashes = remote?.papers ?? {};
  const localNames = new Set<string>();
  for (const doc of local) {
    localNames.add(doc.name);
    const remoteHash = own(remoteHashes, doc.name);
    if (remoteHash === doc.hash) {
      if (doc.syncedHash !== doc.hash) plan.agreed.push(doc.name);
    } else if (remoteHash === undefined || remoteHash === doc.syncedHash) {
      plan.upload.push(doc.name);
    } else if (doc.hash === doc.syncedHash) {
      plan.download.push(doc.name);
    } else {
      plan.merge.push(doc.name);
    }
  }
  for (const name of Object.keys(remoteHashes).sort())
    if (!localNames.has(name)) plan.download.push(name);
  plan.writeManifest = remote === null || plan.upload.length > 0 || plan.merge.length > 0;
  return plan;
}

/** Requests the plan costs, the manifest read included: what the bench reports. */
export function planRequestCount(plan: SyncPlan): number {
  return (
    1 +
    plan.upload.length +
    plan.download.length +
    2 * plan.merge.length +
    (plan.writeManifest ? 1 : 0)
  );
}
