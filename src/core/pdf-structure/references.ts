/**
 * The reference list, entry by entry. It starts after the References/Bibliography heading and
 * ends at the next top-level heading (an appendix) or the end of the document. Entries start
 * with a label ("[12]", "[Lam78]", "12."), or, in author-year lists, by their indentation, or
 * after a vertical gap.
 */
import type { PdfReference } from './pdf-structure';
import type { TextLine } from './text-lines';

/**
 * "[12]", "[Lam78]", "[ABC+20a]", "[BP]"; not "[hep-ph]" (an arXiv category that wrapped) nor
 * "[Online]" (IEEE's note before a URL).
 */
const BRACKET_LABEL = /^\[(?:\d{1,3}|\p{L}[\p{L}+.\- ]{0,15}\d{2,4}[a-z]?|\p{Lu}{2,6}\+?)\]/u;
const NUMBER_LABEL = /^(\d{1,3})[.)]?\s+\S/;
const MAX_ENTRY_CHARS = 1500;

export function splitReferences(lines: TextLine[]): PdfReference[] {
  const content = lines.filter((line) => !/^\d{1,4}$/.test(line.text)); // page numbers
  if (content.length === 0) return [];
  const starts =
    labelledStarts(content, (line) => BRACKET_LABEL.test(line.text)) ??
    numberedStarts(content) ??
    indentStarts(content) ??
    gapStarts(content);
  return toEntries(content, starts);
}

/** Lines starting with a label, when most entries have one. */
function labelledStarts(
  lines: TextLine[],
  isStart: (line: TextLine) => boolean,
): Set<number> | null {
  const starts = new Set<number>();
  lines.forEach((line, index) => {
    if (isStart(line)) starts.add(index);
  });
  return starts.size >= 2 && starts.size >= lines.length / 12 ? starts : null;
}

/**
 * "1. Author", "2. Author": numbers that count up one by one. A label or two may be unreadable
 * (an OCR layer reads "21." as "2 1."): the count picks up again at the next one.
 */
function numberedStarts(lines: TextLine[]): Set<number> | null {
  const starts = new Set<number>();
  let expected = 1;
  lines.forEach((line, index) => {
    const match = NUMBER_LABEL.exec(line.text);
    const number = Number(match?.[1]);
    if (match && number >= expected && number <= expected + (starts.size >= 3 ? 2 : 0)) {
      starts.add(index);
      expected = number + 1;
    }
  });
  return starts.size >= 3 ? starts : null;
}

/**
 * Lists without labels set entries apart by indentation: a hanging indent (first line at the
 * column's margin, the rest indented) or, less often, a first-line indent. Which one is read
 * from where entries end: the line before an entry's start closes the previous entry, so it
 * mostly ends a sentence or a page range.
 */
function indentStarts(lines: TextLine[]): Set<number> | null {
  const margins = columnMargins(lines);
  const atMargin = new Set<number>();
  const indented = new Set<number>();
  lines.forEach((line, index) => {
    const margin = margins.get(marginKey(line)) ?? line.x;
    if (line.x - margin < line.size * 0.4) atMargin.add(index);
    else if (line.x - margin < line.size * 4) indented.add(index);
  });
  if (atMargin.size < 2 || indented.size < 2) return null;
  const hanging = endingShare(lines, atMargin);
  const firstLine = endingShare(lines, indented);
  if (firstLine > hanging && indented.size <= atMargin.size) return indented;
  // Without indented lines every line is at the margin: that is not a hanging indent.
  return indented.size >= atMargin.size * 0.5 ? atMargin : null;
}

/** An entry ends on a period, a closing bracket, a page or a year. */
const ENTRY_END = /(?:[.)\]]|\d)$/;

/** Share of the supposed starts whose previous line (same page and column) ends an entry. */
function endingShare(lines: TextLine[], starts: Set<number>): number {
  let checked = 0;
  let ending = 0;
  for (const index of starts) {
    const previous = lines[index - 1];
    if (!previous || previous.page !== lines[index]!.page || previous.y <= lines[index]!.y)
      continue;
    checked++;
    if (ENTRY_END.test(previous.text)) ending++;
  }
  return checked ? ending / checked : 0;
}

/** Left margin per page and column: the smallest x among lines that start near each other. */
function columnMargins(lines: TextLine[]): Map<string, number> {
  const margins = new Map<string, number>();
  const byPage = new Map<number, number[]>();
  for (const line of lines) {
    const xs = byPage.get(line.page) ?? [];
    xs.push(line.x);
    byPage.set(line.page, xs);
  }
  for (const [page, xs] of byPage) {
    xs.sort((a, b) => a - b);
    let columnStart = xs[0]!;
    let previous = xs[0]!;
    for (const x of xs) {
      if (x - previous > 40) columnStart = x;
      margins.set(`${page}|${Math.round(x * 10)}`, columnStart); // same key as marginKey
      previous = x;
    }
  }
  return margins;
}

function marginKey(line: TextLine): string {
  return `${line.page}|${Math.round(line.x * 10)}`;
}

/** Entries separated by more space than the lines inside an entry. */
function gapStarts(lines: TextLine[]): Set<number> {
  const starts = new Set<number>([0]);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (lines[i]!.page === lines[i - 1]!.page && gap > 0) gaps.push(gap);
  }
  const lineGap = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 4)] ?? 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    const gap = previous.y - lines[i]!.y;
    const newBlock = lines[i]!.page !== previous.page || gap < 0;
    // Entries may be set apart by as little as a fifth of a line.
    if (!newBlock && gap > lineGap * 1.12) starts.add(i);
  }
  return starts;
}

function toEntries(lines: TextLine[], starts: Set<number>): PdfReference[] {
  const entries: string[] = [];
  let current: string | null = null;
  lines.forEach((line, index) => {
    if (starts.has(index)) {
      if (current !== null) entries.push(current);
      current = line.text;
    } else if (current !== null) {
      current = joinLines(current, line.text);
    }
  });
  if (current !== null) entries.push(current);
  return entries
    .map((text) =>
      text.length > MAX_ENTRY_CHARS ? `${text.slice(0, MAX_ENTRY_CHARS - 1)}…` : text,
    )
    .map((text, index) => ({ index: index + 1, text }));
}

/** Joins a hyphenated line break: "re-" + "trieval" loses the hyphen, "558-" + "565" keeps it. */
function joinLines(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  if (/\d[-–]$/.test(before) && /^\d/.test(after)) return before + after;
  return `${before} ${after}`;
}
