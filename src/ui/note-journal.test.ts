// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openReadingDatabase } from '../adapters/database';
import type { Note } from '../core/model';
import { createNoteJournal, writeUnsavedNotes } from './note-journal';

const note = (fields: Partial<Note>): Note => ({
  paperKey: 'arxiv:2106.09608',
  field: 'category',
  text: 'A measurement paper',
  updatedAt: 1000,
  ...fields,
});

afterEach(() => localStorage.clear());

describe('note journal', () => {
  it('keeps the latest edit per paper and field, by paper or all together', () => {
    const journal = createNoteJournal(localStorage);
    journal.record(note({ text: 'A', updatedAt: 1 }));
    journal.record(note({ text: 'AB', updatedAt: 2 }));
    journal.record(note({ field: 'clarity', text: 'Clear', updatedAt: 3 }));
    journal.record(note({ paperKey: 'doi:10.1/x', text: 'Other', updatedAt: 4 }));
    expect(
      journal
        .unsaved('arxiv:2106.09608')
        .map((n) => n.text)
        .sort(),
    ).toEqual(['AB', 'Clear']);
    expect(journal.unsaved()).toHaveLength(3);
  });

  it('forgets a stored edit, but not a newer one recorded since (another window’s)', () => {
    const journal = createNoteJournal(localStorage);
    const older = note({ updatedAt: 5 });
    journal.record(older);
    journal.record(note({ text: 'Newer', updatedAt: 9 }));
    journal.forget(older);
    expect(journal.unsaved().map((n) => n.text)).toEqual(['Newer']);
    journal.forget(note({ updatedAt: 9 }));
    expect(journal.unsaved()).toEqual([]);
  });

  it('ignores damaged entries and works on without storage', () => {
    localStorage.setItem('three-pass-reader:unsaved-note:["p","category"]', '{not json');
    localStorage.setItem('three-pass-reader:unsaved-note:["p","nonsense"]', '{"paperKey":"p"}');
    expect(createNoteJournal(localStorage).unsaved()).toEqual([]);
    const none = createNoteJournal(undefined);
    none.record(note({}));
    expect(none.unsaved()).toEqual([]);
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => createNoteJournal(refusing).record(note({}))).not.toThrow();
  });

  it('writes what it holds with the edit’s own time, so newer stored text still wins', async () => {
    const db = await openReadingDatabase('journal-test');
    const journal = createNoteJournal(localStorage);
    await db.saveNote(note({ field: 'clarity', text: 'Newer elsewhere', updatedAt: 50 }));
    journal.record(note({ text: 'Recovered', updatedAt: 10 }));
    journal.record(note({ field: 'clarity', text: 'Older here', updatedAt: 20 }));
    await writeUnsavedNotes(db, journal);
    const stored = await db.getNotes('arxiv:2106.09608');
    expect(Object.fromEntries(stored.map((n) => [n.field, n.text]))).toEqual({
      category: 'Recovered',
      clarity: 'Newer elsewhere',
    });
    expect(journal.unsaved()).toEqual([]);
    db.close();
  });
});
