/**
 * The note-save measurement itself, shared by the Node run (fake-indexeddb) and the Chromium run
 * (the same code bundled into a page): 1,000 papers with their notes stored, then `saveNote` and a
 * raw idb `put` of the same record (the paper's reading record with the note in it) into the same
 * store, alternately.
 */
import { openDB } from 'idb';
import { openReadingDatabase, UPGRADE_STEPS } from '../src/adapters/database';
import type { ReadingRecord } from '../src/adapters/reading-record';
import type { Note, Paper } from '../src/core/model';

export const PAPERS = 1_000;
const FIELDS = ['category', 'context', 'keyPoints', 'free2'] as const;
const WARMUP = 20;
const T0 = Date.UTC(2026, 0, 5, 9);

function paper(i: number): Paper {
  const id = `2601.${String(i).padStart(5, '0')}`;
  return {
    key: `arxiv:${id}`,
    aliases: [`doi:10.48550/arXiv.${id}`],
    title: `Synthetic paper ${i}`,
    authors: [{ name: 'Ada Lovelace', original: 'Lovelace, Ada' }],
    links: {},
    tags: [],
    state: { kind: 'in-pass', pass: 2 },
    history: [],
    checklist: {},
    addedAt: T0,
    lastReadAt: T0 + i,
  };
}

export interface NoteSaveSamples {
  saveMs: number[];
  putMs: number[];
}

export async function measureNoteSaves(
  databaseName: string,
  iterations: number,
): Promise<NoteSaveSamples> {
  const db = await openReadingDatabase(databaseName);
  const papers = Array.from({ length: PAPERS }, (_, i) => paper(i));
  const notes: Note[] = papers.flatMap((p) =>
    FIELDS.map((field) => ({
      paperKey: p.key,
      field,
      text: `Notes on ${p.title}: `.repeat(20),
      updatedAt: T0,
    })),
  );
  await db.importAll({ papers, notes, timers: [], sessions: [] });
  const raw = await openDB(databaseName, UPGRADE_STEPS.length);

  const target = papers[PAPERS / 2]!.key;
  const record = (await raw.get('reading', target)) as ReadingRecord;
  const text = 'Key points so far: '.repeat(40);
  const saveMs: number[] = [];
  const putMs: number[] = [];
  let updatedAt = T0 + 1;
  for (let i = 0; i < iterations + WARMUP; i++) {
    const note: Note = { paperKey: target, field: 'keyPoints', text, updatedAt: updatedAt++ };
    let start = performance.now();
    await db.saveNote(note);
    const save = performance.now() - start;
    start = performance.now();
    const raced = { ...note, updatedAt: updatedAt++ };
    await raw.put('reading', { ...record, notes: { ...record.notes, keyPoints: raced } });
    const put = performance.now() - start;
    if (i >= WARMUP) {
      saveMs.push(save);
      putMs.push(put);
    }
  }
  raw.close();
  db.close();
  return { saveMs, putMs };
}
