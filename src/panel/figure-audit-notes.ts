/**
 * Which figures the audit has rows for, and whether the raw 'figureAudit' note shows beside them:
 * kept apart from the FigureAudit component, which is fetched only when pass 2 is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PdfCaption } from '../core/pdf-structure/pdf-structure';
import { figureName, hasTextBeyondAnswers } from '../core/reading/figure-audit';

/** A figure's caption found twice (a list of figures, a repeated label) is one figure. */
export function auditedFigures(figures: readonly PdfCaption[]): [string, PdfCaption][] {
  return [...new Map(figures.map((f) => [figureName(f), f])).entries()];
}

/**
 * Whether the raw 'figureAudit' note shows beside the rows: when there are no rows, or the note
 * holds more than their answers. Once shown it stays for this paper, so it never vanishes while
 * the reader is typing in it.
 */
export function useRawAuditNoteShown(note: string, figureNames: readonly string[]): boolean {
  const rows = figureNames.length > 0;
  const beyond = rows && hasTextBeyondAnswers(note, figureNames);
  const [shownOnce, setShownOnce] = useState(false);
  useEffect(() => {
    if (beyond) setShownOnce(true);
  }, [beyond]);
  return !rows || beyond || shownOnce;
}
