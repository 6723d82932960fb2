/**
 * Headings from the PDF's outline (bookmarks), reconciled with the printed headings where the
 * two usually disagree.
 */
import { foldText, stripHeadingNumber } from './fold-text';
import { parseNumbering } from './heading-numbering';
import type { PdfHeading, PdfOutlineNode } from './pdf-structure';
import { FRAME_SECTION_NAMES } from './section-names';

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
