/**
 * Groups pdf.js text items into printed lines: consecutive items on one baseline, split where
 * the text jumps back or across a column gap. Every later rule reads lines, not items.
 */
import { foldText } from './fold-text';
import { uprightPage } from './page-orientation';
import type { PdfPageText, PdfTextItem } from './pdf-structure';

export interface TextLine {
  text: string;
  page: number;
  /** Left edge and baseline, PDF units (y grows upwards). */
  x: number;
  y: number;
  right: number;
  /** Font size of most of the line's characters. */
  size: number;
  /** pdf.js font id of most of the line's characters. */
  fontName: string;
  /** Whether all the line's characters share one font (a heading usually does). */
  singleFont: boolean;
  pageHeight: number;
  pageWidth: number;
  /**
   * The line's opening words when they are set in another font or size than the rest: a run-in
   * heading ("2. The Problem" in bold, then the paragraph) or a label.
   */
  lead?: {
    text: string;
    fontName: string;
    size: number;
    followedBy: { fontName: string; size: number };
  };
}

const SPACING_ACCENT = /^[`´¨ˆ˜¯˘˙˚¸˝˛ˇ^~'’]$/;

/** Gap, in font sizes, beyond which two items on one baseline belong to different columns. */
const COLUMN_GAP = 2.5;

/** Average advance of a character, in font sizes: about half an em in common fonts. */
const EM_PER_CHAR = 0.5;

function itemFontSize(item: PdfTextItem): number {
  const [, , c = 0, d = 0] = item.transform;
  const claimed = Math.hypot(c, d) || item.height || 0;
  // Some fonts (bitmap Type3, scaled boxes) state a size their glyphs do not have: 0.24 for
  // 10-point text, or 120 for text 6 points wide. The advance per character then tells better.
  const chars = item.str.trim().length;
  if (chars === 0 || item.width <= 0) return claimed;
  const estimated = item.width / chars / EM_PER_CHAR;
  return claimed < estimated / 8 || claimed > estimated * 8 ? Math.round(estimated) : claimed;
}

/** Rotated text (arXiv's margin stamp, sideways tables) is not part of the reading flow. */
function isUpright(item: PdfTextItem): boolean {
  const [a = 1, b = 0] = item.transform;
  return Math.abs(b) < 1e-3 && a > 0;
}

interface Run {
  items: PdfTextItem[];
  x: number;
  y: number;
  right: number;
  size: number;
}

export function pageLines(printedPage: PdfPageText): TextLine[] {
  const page = uprightPage(printedPage);
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const item of page.items) {
    if (!item.str || !isUpright(item)) {
      if (item.hasEOL && current) current = null;
      continue;
    }
    const size = itemFontSize(item);
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    // Space glyphs often carry a meaningless width: spacing is decided from the words' positions.
    if (item.str.trim() === '') {
      if (item.hasEOL) current = null;
      else current?.items.push(item);
      continue;
    }
    const continues = current !== null && continuesLine(current, x, y, size);
    // TeX sets accents as separate raised glyphs: they must not break the line they sit on.
    if (current && !continues && SPACING_ACCENT.test(item.str)) continue;
    if (current && continues) {
      current.items.push(item);
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, size);
    } else {
      current = { items: [item], x, y, right: x + item.width, size };
      runs.push(current);
    }
    if (item.hasEOL) current = null;
  }
  return runs.map((run) => toLine(run, page)).filter((line) => line.text.length > 0);
}

function continuesLine(run: Run, x: number, y: number, size: number): boolean {
  const tolerance = Math.max(run.size, size) * 0.5;
  if (Math.abs(y - run.y) > tolerance) return false;
  // Small overlaps happen (accents set over the previous glyph); a real new line jumps far back.
  if (x < run.right - Math.max(run.size, size) * 1.2) return false;
  return x - run.right <= COLUMN_GAP * Math.max(run.size, size, 1);
}

function toLine(run: Run, page: PdfPageText): TextLine {
  let text = '';
  let previousRight = run.x;
  const charsByFont = new Map<string, number>();
  const charsBySize = new Map<number, number>();
  let spaceItemSeen = false;
  let leadStyle: { fontName: string; size: number } | null = null;
  let leadEnd: number | null = null;
  let followedBy: { fontName: string; size: number } | null = null;
  for (const item of run.items) {
    if (item.str.trim() === '') {
      spaceItemSeen = true;
      continue;
    }
    const x = item.transform[4] ?? 0;
    const size = itemFontSize(item);
    if (leadStyle === null) leadStyle = { fontName: item.fontName, size };
    else if (
      leadEnd === null &&
      (item.fontName !== leadStyle.fontName || Math.abs(size - leadStyle.size) > 0.5)
    ) {
      leadEnd = text.length;
      followedBy = { fontName: item.fontName, size };
    }
    const gap = x - previousRight;
    // A space glyph counts unless the next word starts right where the last one ended.
    const needsSpace =
      text.length > 0 &&
      !/\s$/.test(text) &&
      !/^\s/.test(item.str) &&
      (gap > size * 0.15 || (spaceItemSeen && gap > size * 0.05));
    spaceItemSeen = false;
    text += (needsSpace ? ' ' : '') + item.str;
    previousRight = x + item.width;
    const chars = item.str.trim().length;
    if (chars > 0) {
      charsByFont.set(item.fontName, (charsByFont.get(item.fontName) ?? 0) + chars);
      const rounded = Math.round(size * 2) / 2;
      charsBySize.set(rounded, (charsBySize.get(rounded) ?? 0) + chars);
    }
  }
  const leadText = leadEnd === null ? '' : cleanLineText(text.slice(0, leadEnd));
  return {
    text: cleanLineText(text),
    ...(leadText && leadStyle && followedBy
      ? { lead: { text: leadText, ...leadStyle, followedBy } }
      : {}),
    page: page.page,
    x: run.x,
    y: run.y,
    right: run.right,
    size: mostCommon(charsBySize) ?? run.size,
    fontName: mostCommon(charsByFont) ?? '',
    singleFont: charsByFont.size <= 1,
    pageHeight: page.height,
    pageWidth: page.width,
  };
}

/**
 * Whitespace collapsed, control characters (from fonts without a Unicode map) dropped, and
 * letter-spaced words ("I n t r o d u c t i o n") closed up.
 */
function cleanLineText(raw: string): string {
  const text = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /^(?:\S ){3,}\S$/.test(text) ? text.replace(/ /g, '') : text;
}

function mostCommon<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** The size and font of most characters in the document: the body text. */
export function bodyStyle(lines: TextLine[]): { size: number; fontName: string } {
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const line of lines) {
    const chars = line.text.length;
    bySize.set(line.size, (bySize.get(line.size) ?? 0) + chars);
    byFont.set(line.fontName, (byFont.get(line.fontName) ?? 0) + chars);
  }
  return { size: mostCommon(bySize) ?? 10, fontName: mostCommon(byFont) ?? '' };
}

/** Key under which a running head matches itself across pages (page numbers vary). */
export function runningKey(line: TextLine): string {
  return foldText(line.text).replace(/\d+/g, '');
}

/** Keys of texts printed on three or more pages: running heads and footers. */
export function runningTexts(lines: TextLine[]): Set<string> {
  const pagesByText = new Map<string, Set<number>>();
  for (const line of lines) {
    const key = runningKey(line);
    if (key.length < 4) continue;
    const pages = pagesByText.get(key) ?? new Set<number>();
    pages.add(line.page);
    pagesByText.set(key, pages);
  }
  return new Set([...pagesByText].filter(([, pages]) => pages.size >= 3).map(([key]) => key));
}
