/**
 * Saves note fields as the reader types: at most `delayMs` (500 ms) after the last keystroke, at
 * once when the page is hidden or closed, and again and again with backoff when a write fails,
 * keeping the latest text until it is stored. Shared by the panel and the library.
 */
import type { ReadingDatabase } from '../adapters/database';
import type { NoteField } from '../core/model';

export type SaveStatus =
  { state: 'saved' } | { state: 'saving' } | { state: 'failed'; error: string };

export interface NoteSaver {
  /** Records a keystroke's result; the write follows within `delayMs`. */
  edit(paperKey: string, field: NoteField, text: string): void;
  /** Writes every pending edit now; resolves when they are stored (or have failed and are queued for retry). */
  flush(): Promise<void>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Flushes what is pending and stops listening to page events and retrying. */
  dispose(): void;
}

export interface NoteSaverOptions {
  /** Quiet time after the last keystroke before writing; 500 ms by default. */
  delayMs?: number;
  /** Clock for the notes' updatedAt; Date.now by default. */
  now?: () => number;
}

export function createNoteSaver(
  _db: Pick<ReadingDatabase, 'saveNote'>,
  _options: NoteSaverOptions = {},
): NoteSaver {
  throw new Error('not implemented yet');
}
