/**
 * Which settled sessions the reader has been told about, kept in the extension's localStorage
 * (a display preference, not the reader's data: losing it only shows a notice again).
 */
import type { ReadingSession } from '../core/model';

const STORAGE_KEY = 'three-pass-reader:settled-seen';
const KEPT = 100;

const idOf = (s: Pick<ReadingSession, 'paperKey' | 'pass' | 'start'>) =>
  `${s.paperKey}|${s.pass}|${s.start}`;

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function isSettledAcknowledged(session: ReadingSession): boolean {
  return read().includes(idOf(session));
}

export function acknowledgeSettled(session: ReadingSession): void {
  const seen = [...read().filter((id) => id !== idOf(session)), idOf(session)].slice(-KEPT);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(seen));
  } catch {
    // Storage full or blocked: the notice shows again next time, nothing else is lost.
  }
}
