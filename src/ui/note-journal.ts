/**
 * A synchronous copy of every note edit not yet known to be stored, in the extension's
 * localStorage. Closing a page can abort its IndexedDB writes (Firefox does, for a write begun
 * in pagehide); a localStorage write, made at the keystroke, cannot be lost that way. The next
 * page to open the paper writes what it finds with the edit's own time, so newer text elsewhere
 * still wins.
 */
import type { ReadingDatabase } from '../adapters/database';
import type { Note } from '../core/model';
import { isNoteField } from '../core/reading/note-fields';

export interface NoteJournal {
  record(note: Note): void;
  /** Edits (of one paper, or of all) that may not have reached the database. */
  unsaved(paperKey?: string): Note[];
  /** Forgets an edit once stored; a newer edit of the same field (another window's) stays. */
  forget(note: Note): void;
}

const PREFIX = 'three-pass-reader:unsaved-note:';
const keyOf = (paperKey: string, field: string) => `${PREFIX}${JSON.stringify([paperKey, field])}`;

function parse(raw: string | null): Note | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { paperKey, field, text, updatedAt } = value as Record<string, unknown>;
    if (typeof paperKey !== 'string' || !isNoteField(field) || typeof text !== 'string')
      return null;
    if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) return null;
    return { paperKey, field, text, updatedAt };
  } catch {
    return null;
  }
}

/** Without storage (or when it refuses), the journal does nothing and the saver alone saves. */
export function createNoteJournal(storage: Storage | undefined): NoteJournal {
  const attempt = <T>(action: () => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return action();
    } catch {
      return fallback; // full or blocked storage: the database write still goes ahead
    }
  };
  return {
    record: (note) =>
      attempt(() => {
        const { paperKey, field, text, updatedAt } = note;
        storage!.setItem(
          keyOf(paperKey, field),
          JSON.stringify({ paperKey, field, text, updatedAt }),
        );
      }, undefined),
    unsaved: (paperKey) =>
      attempt(() => {
        const notes: Note[] = [];
        for (let i = 0; i < storage!.length; i++) {
          const key = storage!.key(i);
          if (!key?.startsWith(PREFIX)) continue;
          const note = parse(storage!.getItem(key));
          if (!note || keyOf(note.paperKey, note.field) !== key) continue;
          if (paperKey === undefined || note.paperKey === paperKey) notes.push(note);
        }
        return notes;
      }, []),
    forget: (note) =>
      attempt(() => {
        const key = keyOf(note.paperKey, note.field);
        const current = parse(storage!.getItem(key));
        if (current && current.updatedAt <= note.updatedAt) storage!.removeItem(key);
      }, undefined),
  };
}

/** The journal of this page: the extension's localStorage where there is one. */
export const PAGE_NOTE_JOURNAL: NoteJournal = createNoteJournal(
  typeof localStorage === 'undefined' ? undefined : localStorage,
);

/**
 * Writes the journal's edits (one paper's, or all) to the database with their own times, so a
 * newer text stored meanwhile wins, and forgets each once written.
 */
export async function writeUnsavedNotes(
  db: Pick<ReadingDatabase, 'saveNote'>,
  journal: NoteJournal,
  paperKey?: string,
): Promise<void> {
  for (const note of journal.unsaved(paperKey)) {
    await db.saveNote(note);
    journal.forget(note);
  }
}
