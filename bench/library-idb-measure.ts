/**
 * The library's IndexedDB work at scale, run in a page (headless Chromium): the first screen's
 * read (`listRecentPapers`) against reading every paper (`listPapers`), and `importAll` of a
 * 10,000-paper library into an empty database against plain IndexedDB puts of the same records
 * in one transaction, and the library page itself from mount to its first row, sorted by last
 * read (the first screen from the newest papers) against sorted by date added (which waits for
 * every paper). Each pair is measured alternately in the same run.
 */
import { h, render } from 'preact';
import {
  openReadingDatabase,
  openReadingDatabaseWith,
  type ReadingDatabase,
  UPGRADE_STEPS,
} from '../src/adapters/database';
import { groupIntoRecords } from '../src/adapters/reading-record';
import { backupToJson, createBackup } from '../src/core/export/backup';
import { importBackupFile } from '../src/library/import-backup';
import { LibraryApp } from '../src/library/LibraryApp';
import { generateLibrary, type GeneratedLibrary } from '../test/fixtures/library/generate-library';

export interface LibraryIdbSamples {
  recentMs: number[];
  listAllMs: number[];
  importMs: number[];
  /** The whole import of the backup file as the library page runs it: read, validate, plan, write. */
  fileImportMs: number[];
  rawPutMs: number[];
  /** Of rawPutMs, the part spent issuing the puts (cloning the records) before the commit. */
  rawIssueMs: number[];
  /** Plain puts of the same library in schema 1's layout: a record per note, timer and session. */
  schema1PutMs: number[];
  /** Counting the papers, shown beside the first screen. */
  countMs: number[];
  /** The library page (sorted by last read) from mounting to its first row drawn. */
  pageRecentMs: number[];
  /** The same page sorted by date added, which waits for every paper (as every view did before). */
  pageAllMs: number[];
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

/** The records importAll writes, written with no wrapper at all into the same schema: the floor. */
async function rawImport(
  name: string,
  library: GeneratedLibrary,
): Promise<{ totalMs: number; issueMs: number }> {
  const seeded = await openReadingDatabase(name);
  seeded.close();
  const records = groupIntoRecords(library.notes, library.timers, library.sessions);
  return timedPuts(name, (tx) => {
    for (const paper of library.papers) tx.objectStore('papers').put(paper);
    for (const record of records) tx.objectStore('reading').put(record);
  });
}

/** The same library in schema 1's layout (a record per note, timer and session), for comparison. */
async function schema1Import(name: string, library: GeneratedLibrary): Promise<number> {
  const seeded = await openReadingDatabaseWith(name, UPGRADE_STEPS.slice(0, 1));
  seeded.close();
  const { totalMs } = await timedPuts(name, (tx) => {
    for (const paper of library.papers) tx.objectStore('papers').put(paper);
    for (const note of library.notes) tx.objectStore('notes').put(note);
    for (const timer of library.timers) tx.objectStore('timers').put(timer);
    for (const session of library.sessions) {
      const fresh = { ...session };
      delete fresh.id;
      tx.objectStore('sessions').add(fresh);
    }
  });
  return totalMs;
}

/** Times `write` in one readwrite transaction over every store, to its commit. */
async function timedPuts(
  name: string,
  write: (tx: IDBTransaction) => void,
): Promise<{ totalMs: number; issueMs: number }> {
  const db = await openRaw(name);
  const start = performance.now();
  const tx = db.transaction([...db.objectStoreNames], 'readwrite', { durability: 'relaxed' });
  write(tx);
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

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts the library page on `db` and times it until a paper row is on screen. */
async function timeFirstRow(db: ReadingDatabase, search: string): Promise<number> {
  history.replaceState(null, '', `/${search}`);
  const root = document.createElement('div');
  document.body.append(root);
  const start = performance.now();
  render(h(LibraryApp, { database: Promise.resolve(db), changes: () => () => undefined }), root);
  while (!root.querySelector('.paper-row-title')) await nextFrame();
  const elapsed = performance.now() - start;
  // Let the page finish reading before the next round, so rounds do not overlap.
  while (!root.querySelector('main[data-state="ready"]')) await nextFrame();
  render(null, root);
  root.remove();
  return elapsed;
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
    fileImportMs: [],
    rawPutMs: [],
    rawIssueMs: [],
    schema1PutMs: [],
    countMs: [],
    pageRecentMs: [],
    pageAllMs: [],
  };
  const backupText = backupToJson(createBackup(library, Date.now()));
  const backupFile = new File([backupText], 'backup.json', { type: 'application/json' });
  for (let round = 0; round < rounds; round++) {
    const name = `bench-library-import-${round}`;
    const db = await openReadingDatabase(name);
    const start = performance.now();
    await db.importAll(library);
    samples.importMs.push(performance.now() - start);
    db.close();
    await deleteDatabase(name);
    const fileDb = await openReadingDatabase(`${name}-file`);
    const fileStart = performance.now();
    const outcome = await importBackupFile(fileDb, backupFile);
    samples.fileImportMs.push(performance.now() - fileStart);
    if (!outcome.ok) throw new Error(`the backup did not import: ${outcome.errors.join('; ')}`);
    fileDb.close();
    await deleteDatabase(`${name}-file`);
    const raw = await rawImport(`${name}-raw`, library);
    samples.rawPutMs.push(raw.totalMs);
    samples.rawIssueMs.push(raw.issueMs);
    await deleteDatabase(`${name}-raw`);
    samples.schema1PutMs.push(await schema1Import(`${name}-schema1`, library));
    await deleteDatabase(`${name}-schema1`);
  }

  const name = 'bench-library-read';
  const db = await openReadingDatabase(name);
  await db.importAll(library);
  for (let round = 0; round < rounds * 3; round++) {
    let start = performance.now();
    await db.listRecentPapers(FIRST_SCREEN_LIMIT);
    samples.recentMs.push(performance.now() - start);
    start = performance.now();
    await db.countPapers();
    samples.countMs.push(performance.now() - start);
    start = performance.now();
    await db.listPapers();
    samples.listAllMs.push(performance.now() - start);
  }
  for (let round = 0; round < rounds * 2; round++) {
    samples.pageRecentMs.push(await timeFirstRow(db, ''));
    samples.pageAllMs.push(await timeFirstRow(db, '?sort=added'));
  }
  db.close();
  await deleteDatabase(name);
  return samples;
}
