/** The full JSON backup: everything the reader owns, with a format name and version. */
import type { Note, Paper, ReadingSession, Settings, TimerState } from '../model';

export const BACKUP_FORMAT = 'three-pass-reader-backup';
/** Raise when the shape changes, and teach `validateBackup` to read the older versions. */
export const BACKUP_VERSION = 1;

/** Everything stored, as the database exports it and an import writes it. */
export interface LibraryData {
  papers: Paper[];
  notes: Note[];
  timers: TimerState[];
  sessions: ReadingSession[];
  settings: Settings;
}

export interface Backup extends LibraryData {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
}

export function createBackup(data: LibraryData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    papers: data.papers,
    notes: data.notes,
    timers: data.timers,
    sessions: data.sessions,
    settings: data.settings,
  };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/** "three-pass-reader-backup-2026-11-25.json" */
export function backupFileName(now: number): string {
  return `three-pass-reader-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
