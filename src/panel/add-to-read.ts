/** A reference marked "relevant, unread" becomes a to-read paper, unless the library has it. */
import type { ReadingDatabase } from '../adapters/database';
import { referenceIdentifierKeys } from '../core/reference-match';
import { nextQueuePosition, referencePaperKey, toReadPaper } from '../core/to-read-paper';

type QueueDatabase = Pick<ReadingDatabase, 'findPaper' | 'listPapers' | 'putPaper'>;

/** 'already' when a paper with the reference's key or identifiers is stored: it is left as it is. */
export async function addReferenceToRead(
  db: QueueDatabase,
  reference: string,
  citedBy: string,
  now: number,
): Promise<'added' | 'already'> {
  const keys = [referencePaperKey(reference), ...referenceIdentifierKeys(reference)];
  if (await db.findPaper(keys)) return 'already';
  const papers = await db.listPapers();
  await db.putPaper(toReadPaper(reference, citedBy, nextQueuePosition(papers), now));
  return 'added';
}
