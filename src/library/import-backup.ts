/**
 * Importing a backup file: refused unread when too large, validated in full, planned against the
 * library as it is, then written in one transaction. Any failure leaves the library as it was.
 */
import type { ReadingDatabase } from '../adapters/database';
import { describeImport, planImport, type ImportPlan } from '../core/export/import-plan';
import { BACKUP_LIMITS, parseBackupText, tooLargeMessage } from '../core/export/validate-backup';
import { errorMessage } from '../ui/error-message';

export type ImportOutcome =
  | { ok: true; summary: string; warnings: string[]; plan: ImportPlan }
  | { ok: false; errors: string[] };

/** UTF-8 takes at least one byte per character, so a file over the cap in bytes may still fit. */
const MAX_FILE_BYTES = BACKUP_LIMITS.fileChars * 3;

export async function importBackupFile(
  db: Pick<ReadingDatabase, 'exportAll' | 'importAll'>,
  file: Pick<File, 'size' | 'text'>,
): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, errors: [tooLargeMessage(file.size)] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [`The file could not be read: ${errorMessage(error)}`] };
  }
  const parsed = parseBackupText(text);
  if (!parsed.ok) return parsed;
  try {
    const plan = planImport(await db.exportAll(), parsed.backup);
    await db.importAll(plan.write);
    return { ok: true, summary: describeImport(plan), warnings: parsed.warnings, plan };
  } catch (error) {
    return { ok: false, errors: [`Nothing was imported: ${errorMessage(error)}`] };
  }
}
