/**
 * A PDF read at an address the library does not know may belong to a paper it does: the one its
 * text names (arXiv id, DOI) or whose fingerprint was seen before. That paper is brought up to
 * date with the PDF and learns the address, so the next visit opens its notes at once.
 */
import type { ReadingDatabase } from '../adapters/database';
import type { Paper } from '../core/model';
import { keysToLinkPdf, withPdfAddress } from '../core/pdf-link';
import { mergePdfIntoPaper } from '../core/paper-from-page';
import type { PdfStructure } from '../core/pdf-structure/pdf-structure';

type LinkDatabase = Pick<ReadingDatabase, 'findPaper' | 'putPaper' | 'putCached'>;

/** The stored paper the PDF belongs to, saved with the new alias; undefined when there is none. */
export async function linkPdfToPaper(
  db: LinkDatabase,
  shown: { key: string; stored: boolean },
  pdf: PdfStructure,
): Promise<Paper | undefined> {
  const keys = keysToLinkPdf(shown, pdf);
  if (!keys.length) return undefined;
  const found = await db.findPaper(keys);
  if (!found || found.key === shown.key) return undefined;
  const linked = mergePdfIntoPaper(withPdfAddress(found, shown.key), pdf);
  await db.putPaper(linked);
  // The paper's guide opens with this structure instead of reading the PDF again.
  await db.putCached('pdfStructures', linked.key, pdf).catch(() => undefined);
  return linked;
}
