/**
 * Where a query's words occur in a text, as ranges of the original string, and the text cut into
 * plain segments to render as spans (text, never markup).
 */
import { foldWithOffsets } from './text-folding';

export type Range = readonly [start: number, end: number];

const WORD = /[\p{L}\p{N}]+/gu;

/** Ranges of the words in `text` that start with one of `terms` (folded query words), in order. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || text === '') return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const ranges: Range[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const longest = terms.reduce(
      (best, term) => (term.length > best && word.startsWith(term) ? term.length : best),
      0,
    );
    if (longest === 0) continue;
    const at = match.index;
    ranges.push([starts[at]!, ends[at + longest - 1]!]);
  }
  return ranges;
}

export interface Segment {
  text: string;
  match: boolean;
}

/** The text cut at the ranges, for rendering each piece as a text node or a <mark>. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** A stretch of a long text around its first match, with its ranges, for a result line. */
export function snippet(
  text: string,
  terms: readonly string[],
  radius = 60,
): { text: string; ranges: Range[] } | undefined {
  const ranges = highlightRanges(text, terms);
  const first = ranges[0];
  if (!first) return undefined;
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, first[1] + radius * 2);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s + shift, e + shift]);
  return {
    text: `${prefix}${text.slice(start, end).replace(/\s/g, ' ')}${suffix}`,
    ranges: inside,
  };
}
