/**
 * Saving a note with 1,000 papers (and their notes) stored: `saveNote` (a readwrite transaction
 * that reads the stored note, compares updatedAt and writes) against a raw idb `put` of the same
 * record into the same store, measured alternately in the same run.
 *
 * Honest first version: this runs under Node on fake-indexeddb, an in-memory implementation, so it
 * measures our code's overhead over a plain put, not a browser's disk. A Chromium run is to follow.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { openReadingDatabase, UPGRADE_STEPS } from '../src/adapters/database';
import type { Note, Paper } from '../src/core/model';
import { summarise, type Benchmark } from './harness';

const PAPERS = 1_000;
const NOTES_PER_PAPER = 4;
const T0 = Date.UTC(2026, 0, 5, 9);

function paper(i: number): Paper {
  return {
    key: `arxiv:2601.${String(i).padStart(5, '0')}`,
    aliases: [`doi:10.48550/arXiv.2601.${String(i).padStart(5, '0')}`],
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

const FIELDS = ['category', 'context', 'keyPoints', 'free2'] as const;

const benchmark: Benchmark = {
  name: 'note-save',
  async run(ctx) {
    const name = `bench-note-save-${Date.now()}`;
    const db = await openReadingDatabase(name);
    const papers = Array.from({ length: PAPERS }, (_, i) => paper(i));
    const notes: Note[] = papers.flatMap((p) =>
      FIELDS.slice(0, NOTES_PER_PAPER).map((field) => ({
        paperKey: p.key,
        field,
        text: `Notes on ${p.title}: `.repeat(20),
        updatedAt: T0,
      })),
    );
    await db.importAll({ papers, notes, timers: [], sessions: [] });
    const raw = await openDB(name, UPGRADE_STEPS.length);

    const target = papers[PAPERS / 2]!.key;
    const text = 'Key points so far: '.repeat(40);
    const iterations = ctx.quick ? 100 : 1_000;
    const saveMs: number[] = [];
    const putMs: number[] = [];
    let updatedAt = T0 + 1;
    for (let i = 0; i < iterations + 20; i++) {
      const note: Note = { paperKey: target, field: 'keyPoints', text, updatedAt: updatedAt++ };
      let start = performance.now();
      await db.saveNote(note);
      const save = performance.now() - start;
      start = performance.now();
      await raw.put('notes', { ...note, updatedAt: updatedAt++ });
      const put = performance.now() - start;
      // The first rounds warm up the JIT.
      if (i >= 20) {
        saveMs.push(save);
        putMs.push(put);
      }
    }
    raw.close();
    db.close();

    const save = summarise(saveMs);
    const put = summarise(putMs);
    return [
      {
        name: `saveNote with ${PAPERS} papers stored`,
        unit: 'ms',
        median: save.median,
        spread: save.spread,
        baseline: { name: 'raw idb put', median: put.median },
        target: 'under 5 ms median per write',
        note: `fake-indexeddb under Node (in memory), ${save.samples} writes; not yet a browser figure`,
      },
    ];
  },
};

export default benchmark;
