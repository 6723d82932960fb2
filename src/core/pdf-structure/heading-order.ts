/** Checks on the order of found headings, and the conclusions section among them. */
import { foldText } from './fold-text';
import { parseNumbering, romanValue } from './heading-numbering';
import type { LineHeading } from './headings';
import type { PdfHeading } from './pdf-structure';

/**
 * Section numbers rise through a paper: a numbered top-level line that breaks the rise (a list
 * item, a table row) is dropped, keeping the longest rising sequence.
 */
export function keepIncreasingSections(headings: LineHeading[]): LineHeading[] {
  const valueOf = (h: LineHeading): number | null => {
    if (h.level !== 1 || !h.number) return null;
    // Parts, chapters and appendices count on their own.
    const kind = parseNumbering(h.text)?.kind;
    if (kind !== 'arabic' && kind !== 'roman') return null;
    if (/^\d+$/.test(h.number)) return Number(h.number);
    return romanValue(h.number);
  };
  const numbered = headings
    .map((h, index) => ({ index, value: valueOf(h) }))
    .filter((e): e is { index: number; value: number } => e.value !== null);
  const keep = new Set(
    longestIncreasing(numbered.map((e) => e.value)).map((i) => numbered[i]!.index),
  );
  const dropped = new Set(numbered.map((e) => e.index).filter((i) => !keep.has(i)));
  return headings.filter((_, index) => !dropped.has(index));
}

/** Indices of a longest strictly increasing subsequence (O(n²), n is small). */
function longestIncreasing(values: number[]): number[] {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if (values[j]! < values[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = length.indexOf(Math.max(0, ...length));
  const result: number[] = [];
  while (end >= 0) {
    result.unshift(end);
    end = previous[end]!;
  }
  return result;
}

const CONCLUSION_PATTERNS = [/conclu/, /summary|finalremarks|closingremarks|discussion/];

/** Index of the conclusions heading (top level preferred), or null. */
export function findConclusions(headings: PdfHeading[]): number | null {
  for (const pattern of CONCLUSION_PATTERNS) {
    for (const level of [1, 2]) {
      const index = headings.findLastIndex(
        (h) => h.level === level && pattern.test(foldText(h.text)),
      );
      if (index >= 0) return index;
    }
  }
  return null;
}
