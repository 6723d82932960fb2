/**
 * A paper's notes as the reader edits them: every edit shows at once, goes to the note saver and
 * to the journal (in case the page closes before the write lands); another page's newer edit of
 * a field replaces the text here, an older one never does. On opening, edits a closed page left
 * in the journal are written first. Key the component using this by paper, so a new paper starts
 * from a clean slate.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReadingDatabase } from '../adapters/database';
import type { Note, NoteField } from '../core/model';
import type { DatabaseChanges } from './database-changes';
import { errorMessage } from './error-message';
import { PAGE_NOTE_JOURNAL, writeUnsavedNotes, type NoteJournal } from './note-journal';
import type { NoteSaver, SaveStatus } from './note-saver';

interface LocalNote {
  text: string;
  updatedAt: number;
}

export type NoteTexts = Partial<Record<NoteField, string>>;

export interface NotesHandle {
  /** False until the stored notes are read; fields stay read-only until then. */
  loaded: boolean;
  texts: NoteTexts;
  edit: (field: NoteField, text: string) => void;
  status: SaveStatus;
  /** Set when the stored notes could not be read. */
  loadError?: string;
}

export function useNotes(
  db: Pick<ReadingDatabase, 'getNotes' | 'saveNote'>,
  changes: DatabaseChanges,
  saver: NoteSaver,
  paperKey: string,
  journal: NoteJournal = PAGE_NOTE_JOURNAL,
): NotesHandle {
  const notesRef = useRef<Partial<Record<NoteField, LocalNote>>>({});
  /** This page's edits still in the journal, forgotten once the saver says all is stored. */
  const journaledRef = useRef(new Map<NoteField, Note>());
  const [texts, setTexts] = useState<NoteTexts>({});
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>(() => saver.status());

  const publish = useCallback(() => {
    const notes = notesRef.current;
    setTexts(Object.fromEntries(Object.entries(notes).map(([field, note]) => [field, note.text])));
  }, []);

  /** Takes the stored notes that are newer than what is shown. */
  const takeNewer = useCallback(
    (stored: Note[]) => {
      let changed = false;
      const notes = { ...notesRef.current };
      for (const note of stored) {
        const local = notes[note.field];
        if (local && local.updatedAt >= note.updatedAt) continue;
        notes[note.field] = { text: note.text, updatedAt: note.updatedAt };
        changed = true;
      }
      if (!changed) return;
      notesRef.current = notes;
      publish();
    },
    [publish],
  );

  useEffect(() => {
    let live = true;
    const load = async () => {
      // Edits left by a page closed mid-write go in first.
      await writeUnsavedNotes(db, journal, paperKey);
      return db.getNotes(paperKey);
    };
    load().then(
      (stored) => {
        if (!live) return;
        takeNewer(stored);
        setLoaded(true);
      },
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    const stop = changes((change) => {
      if (change.kind !== 'note' || change.paperKey !== paperKey) return;
      const local = notesRef.current[change.field];
      if (local && local.updatedAt >= change.updatedAt) return;
      void db.getNotes(paperKey).then(
        (stored) => live && takeNewer(stored),
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [db, changes, paperKey, takeNewer, journal]);

  useEffect(
    () =>
      saver.subscribe((next) => {
        setStatus(next);
        if (next.state !== 'saved') return;
        for (const note of journaledRef.current.values()) journal.forget(note);
        journaledRef.current.clear();
      }),
    [saver, journal],
  );

  const edit = useCallback(
    (field: NoteField, text: string) => {
      const updatedAt = saver.edit(paperKey, field, text);
      const note: Note = { paperKey, field, text, updatedAt };
      journal.record(note);
      journaledRef.current.set(field, note);
      notesRef.current = { ...notesRef.current, [field]: { text, updatedAt } };
      publish();
    },
    [saver, paperKey, publish, journal],
  );

  return { loaded, texts, edit, status, ...(loadError === undefined ? {} : { loadError }) };
}
