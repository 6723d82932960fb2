/**
 * Headings from the PDF's outline (bookmarks), reconciled with the printed headings where the
 * two usually disagree.
 */
import { foldText, stripHeadingNumber } from './fold-text';
import { parseNumbering } from './heading-numbering';
import type { PdfHeading, PdfOutlineNode } from './pdf-structure';
import { FRAME_SECTION_NAMES } from './section-names';
import type { TextLine } from './text-lines';

export function headingsFromOutline(outline: PdfOutlineNode[]): PdfHeading[] {
  let top = outline;
  // Some PDFs wrap every section in one entry named after the paper.
  while (top.length === 1 && top[0]!.children.length > 0) top = top[0]!.children;
  const headings: PdfHeading[] = [];
  const visit = (nodes: PdfOutlineNode[], level: number) => {
    for (const node of nodes) {
      const text = node.title.replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const numbering = parseNumbering(text);
      headings.push({
        text,
        ...(numbering?.number ? { number: numbering.number } : {}),
        level,
        page: node.page ?? 1,
      });
      visit(node.children, level + 1);
    }
  };
  visit(top, 1);
  return headings;
}

/**
 * Outlines often disagree with the page about unnumbered front and back matter: they list an
 * "Abstract" or "References" that is not printed as a heading, or leave out printed ones. The
 * page wins for those known names; every other outline entry stands.
 */
export function reconcileOutline(outline: PdfHeading[], printed: PdfHeading[]): PdfHeading[] {
  const isFrame = (h: PdfHeading) => !h.number && FRAME_SECTION_NAMES.has(foldText(h.text));
  const printedNames = printed.filter((h) => h.level === 1 && isFrame(h));
  const printedKeys = new Set(printedNames.map((h) => foldText(h.text)));
  const outlineKeys = new Set(outline.map((h) => foldText(stripHeadingNumber(h.text))));
  const result = outline.filter((h) => !isFrame(h) || printedKeys.has(foldText(h.text)));
  for (const heading of printedNames) {
    const key = foldText(heading.text);
    if (outlineKeys.has(key)) continue;
    const isAbstract = key === 'abstract';
    let at = isAbstract
      ? result.findIndex((h) => h.page >= heading.page)
      : result.findLastIndex((h) => h.page <= heading.page) + 1;
    if (at < 0) at = result.length;
    result.splice(at, 0, heading);
  }
  return result;
}

/** Whether an outline is worth trusting over the typography: at least two sections. */
export function isUsableOutline(outline: PdfOutlineNode[] | null | undefined): boolean {
  if (!outline) return false;
  let top = outline;
  while (top.length === 1 && top[0]!.children.length > 0) top = top[0]!.children;
  return top.length >= 2;
}

/** Share of outline entries the page text must show for the outline to be used at all. */
const MIN_PRINTED_SHARE = 0.5;

/**
 * The outline entries the pages print: a line starting with the entry's text (numbering aside),
 * or the first line of an entry that wrapped. Bookmarks for sections a PDF does not contain
 * (an excerpt keeps its source's outline) go; an outline that mostly disagrees with the page
 * (a converter's file name, another document's sections) is not used: null.
 */
export function printedOutlineEntries(
  outline: PdfHeading[],
  lines: TextLine[],
): PdfHeading[] | null {
  const printed = lines
    .map((line) => foldText(stripHeadingNumber(line.text)))
    .filter((text) => text.length >= 3);
  const kept = outline.filter((heading) => {
    const wanted = foldText(stripHeadingNumber(heading.text));
    return printed.some(
      (text) => text.startsWith(wanted) || (text.length >= 8 && wanted.startsWith(text)),
    );
  });
  const topLevel = (headings: PdfHeading[]) => headings.filter((h) => h.level === 1).length;
  return topLevel(kept) >= topLevel(outline) * MIN_PRINTED_SHARE && topLevel(kept) >= 2
    ? kept
    : null;
}
