/**
 * The library's IndexedDB work at scale, run in a page (headless Chromium): the first screen's
 * read (`listRecentPapers`) against reading every paper (`listPapers`), and `importAll` of a
 * 10,000-paper library into an empty database against plain IndexedDB puts of the same records
 * in one transaction. Each pair is measured alternately in the same run.
 */
import { openReadingDatabase } from '../src/adapters/database';
import { generateLibrary, type GeneratedLibrary } from '../test/fixtures/library/generate-library';

export interface LibraryIdbSamples {
  recentMs: number[];
  listAllMs: number[];
  importMs: number[];
  rawPutMs: number[];
  /** Of rawPutMs, the part spent issuing the puts (cloning the records) before the commit. */
  rawIssueMs: number[];
  /** Of recentMs, the part spent counting the papers. */
  countMs: number[];
}

/** The rows the first screen asks for. */
export const FIRST_SCREEN_LIMIT = 50;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** The same records written with no wrapper at all, into the same schema: the floor for a write. */
async function rawImport(
  name: string,
  library: GeneratedLibrary,
): Promise<{ totalMs: number; issueMs: number }> {
  const seeded = await openReadingDatabase(name);
  seeded.close();
  const db = await openRaw(name);
  const start = performance.now();
  const tx = db.transaction(['papers', 'notes', 'timers', 'sessions'], 'readwrite');
  for (const paper of library.papers) tx.objectStore('papers').put(paper);
  for (const note of library.notes) tx.objectStore('notes').put(note);
  for (const timer of library.timers) tx.objectStore('timers').put(timer);
  for (const session of library.sessions) {
    const fresh = { ...session };
    delete fresh.id;
    tx.objectStore('sessions').add(fresh);
  }
  const issueMs = performance.now() - start;
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  const totalMs = performance.now() - start;
  db.close();
  return { totalMs, issueMs };
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function countPapers(name: string): Promise<number> {
  const db = await openRaw(name);
  const request = db.transaction('papers').objectStore('papers').index('lastReadAt').count();
  const count = await new Promise<number>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return count;
}

export async function measureLibraryIdb(
  papers: number,
  notes: number,
  rounds: number,
): Promise<LibraryIdbSamples> {
  const library = generateLibrary({ papers, notes, seed: 2026, hostile: true });
  const samples: LibraryIdbSamples = {
    recentMs: [],
    listAllMs: [],
    importMs: [],
    rawPutMs: [],
    rawIssueMs: [],
    countMs: [],
  };
  for (let round = 0; round < rounds; round++) {
    const name = `bench-library-import-${round}`;
    const db = await openReadingDatabase(name);
    const start = performance.now();
    await db.importAll(library);
    samples.importMs.push(performance.now() - start);
    db.close();
    await deleteDatabase(name);
    const raw = await rawImport(`${name}-raw`, library);
    samples.rawPutMs.push(raw.totalMs);
    samples.rawIssueMs.push(raw.issueMs);
    await deleteDatabase(`${name}-raw`);
  }

  const name = 'bench-library-read';
  const db = await openReadingDatabase(name);
  await db.importAll(library);
  for (let round = 0; round < rounds * 3; round++) {
    let start = performance.now();
    await db.listRecentPapers(FIRST_SCREEN_LIMIT);
    samples.recentMs.push(performance.now() - start);
    start = performance.now();
    await countPapers(name);
    samples.countMs.push(performance.now() - start);
    start = performance.now();
    await db.listPapers();
    samples.listAllMs.push(performance.now() - start);
  }
  db.close();
  await deleteDatabase(name);
  return samples;
}
