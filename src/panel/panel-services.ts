/** What the panel's parts work with, handed down as one object (tests build it from fakes). */
import type { ReadingDatabase } from '../adapters/database';
import type { DatabaseChanges } from '../ui/database-changes';
import type { NoteSaver } from '../ui/note-saver';
import type { BackgroundClient } from './background-client';
import type { ReadAbstractPage } from './use-abstract-page';
import type { AnalysePdf } from './use-paper-structure';

export interface PanelServices {
  db: ReadingDatabase;
  changes: DatabaseChanges;
  saver: NoteSaver;
  client: BackgroundClient;
  /** Absent where PDFs cannot be read (the checklists then stay generic). */
  analysePdf?: AnalysePdf;
  /** Reads an arXiv abstract page for a PDF tab's title and authors; absent, the PDF's own stand. */
  readAbstractPage?: ReadAbstractPage;
}
