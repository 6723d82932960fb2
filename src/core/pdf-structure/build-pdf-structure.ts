/**
 * The whole extraction: pdf.js text items (plus outline and metadata) in, `PdfStructure` out.
 * Pure, so the same code runs under Node and in the browser.
 */
import { findCaptions } from './captions';
import { foldText } from './fold-text';
import { findAbstract, findAuthors, findTitle } from './front-matter';
import { findConclusions } from './heading-order';
import { headingsFromLines, type LineHeading } from './headings';
import { findIdentifiers } from './identifiers';
import {
  PDF_STRUCTURE_FORMAT_VERSION,
  type PdfDocumentInput,
  type PdfHeading,
  type PdfReference,
  type PdfStructure,
} from './pdf-structure';
import {
  headingsFromOutline,
  isUsableOutline,
  printedOutlineEntries,
  reconcileOutline,
} from './outline-headings';
import { splitReferences } from './references';
import { REFERENCE_SECTION_NAMES } from './section-names';
import { bodyStyle, pageLines, runningKey, runningTexts, type TextLine } from './text-lines';

/** Below this many characters per page, the PDF is taken to be a scan without text. */
const MIN_CHARS_PER_PAGE = 10;

export function buildPdfStructure(input: PdfDocumentInput): PdfStructure {
  const notes: string[] = [];
  const pagesAnalysed = input.pages.length;
  if (pagesAnalysed < input.pageCount) {
    notes.push(`Read the first ${pagesAnalysed} of ${input.pageCount} pages.`);
  }
  if (input.unreadablePages?.length) {
    notes.push(`${input.unreadablePages.length} damaged page(s) could not be read.`);
  }
  const lines = input.pages.flatMap(pageLines);
  const chars = input.pages.reduce(
    (sum, page) => sum + page.items.reduce((n, item) => n + item.str.replace(/\s/g, '').length, 0),
    0,
  );
  const hasTextLayer = chars >= Math.max(20, MIN_CHARS_PER_PAGE * pagesAnalysed);
  const firstPageText = input.pages[0]?.items.map((item) => item.str).join(' ') ?? '';
  const metadataText = [input.metadata?.title, input.metadata?.subject, input.metadata?.keywords]
    .filter(Boolean)
    .join('\n');
  const { arxivId, arxivCategory, doi } = findIdentifiers(firstPageText, metadataText);
  const base = {
    formatVersion: PDF_STRUCTURE_FORMAT_VERSION,
    fingerprint: input.fingerprint,
    pageCount: input.pageCount,
    pagesAnalysed,
    arxivId,
    ...(arxivCategory === null ? {} : { arxivCategory }),
    doi,
    notes,
  };
  if (!hasTextLayer) {
    notes.push(
      'This PDF has no text layer (it is probably a scan), so its structure cannot be read.',
    );
    return {
      ...base,
      title: null,
      titleSource: null,
      authors: [],
      abstract: null,
      hasTextLayer: false,
      headings: [],
      headingsSource: 'typography',
      conclusionsIndex: null,
      figures: [],
      tables: [],
      references: [],
    };
  }

  // A long reference list in small type can outweigh the body text: measure before it.
  const referencesStart = lines.findIndex((line) =>
    REFERENCE_SECTION_NAMES.has(foldText(line.text)),
  );
  const body = bodyStyle(
    referencesStart > lines.length / 4 ? lines.slice(0, referencesStart) : lines,
  );
  const firstPage = lines.filter((line) => line.page === 1);
  const title = findTitle(firstPage, input.metadata?.title);
  // Page 1's lines come first, so the title's line numbers hold for the whole document. A
  // title no larger than the body may be a guess that took in a heading: it excludes nothing.
  const titleSize = lines[title.lineIndexes[0] ?? -1]?.size ?? 0;
  const titleLines = titleSize >= body.size * 1.15 ? title.lineIndexes : [];
  const lineHeadings = headingsFromLines(lines, body, titleLines);
  const outline = isUsableOutline(input.outline)
    ? printedOutlineEntries(headingsFromOutline(input.outline!), lines)
    : null;
  const useOutline = outline !== null;
  const printedHeadings = lineHeadings.map(({ lineIndex: _lineIndex, ...heading }) => heading);
  const headings: PdfHeading[] = outline
    ? reconcileOutline(outline, printedHeadings)
    : printedHeadings;

  return {
    ...base,
    title: title.title,
    titleSource: title.source,
    authors: findAuthors(firstPage, title.lineIndexes, body.size),
    abstract: findAbstract(lines, new Set(lineHeadings.map((h) => h.lineIndex))),
    hasTextLayer: true,
    headings,
    headingsSource: useOutline ? 'outline' : 'typography',
    conclusionsIndex: findConclusions(headings),
    figures: findCaptions(lines, 'figure'),
    tables: findCaptions(lines, 'table'),
    references: findReferences(lines, lineHeadings),
  };
}

const CAPTION_START = /^(Figure|FIGURE|Fig\.|FIG\.|Table|TABLE)\s*[\dIVX]+\b/;

/** "Affiliation:", "Author addresses:" alone on a line opens a block after the list. */
const BLOCK_LABEL = /^\p{Lu}[\p{L}’' ]{4,30}:$/u;

const isReferenceName = (text: string) =>
  REFERENCE_SECTION_NAMES.has(foldText(text.replace(/^[\dIVX]+\.?\s*/, '')));

/**
 * The paper's reference list: of the lists after each References heading (supplementary
 * material may have its own), the longest; without any heading (some journal styles print
 * none), the list from the last line labelled "[1]".
 */
function findReferences(lines: TextLine[], headings: LineHeading[]): PdfReference[] {
  const running = runningTexts(lines);
  let starts = headings.filter((h) => isReferenceName(h.text)).map((h) => h.lineIndex);
  if (starts.length === 0) {
    const line = lines.findLastIndex((l) => isReferenceName(l.text));
    if (line >= 0) starts = [line];
  }
  const lists = starts.map((start) =>
    splitReferences(referenceLines(lines, headings, start + 1, running)),
  );
  if (lists.length === 0) {
    const start = lines.findLastIndex((line) => /^\[1\]\s/.test(line.text));
    if (start >= 0) lists.push(splitReferences(referenceLines(lines, headings, start, running)));
  }
  return lists.reduce<PdfReference[]>(
    (best, list) => (list.length > best.length ? list : best),
    [],
  );
}

/**
 * Lines from `first` to the next top-level heading; figures and tables floated after the list,
 * or a labelled block (the authors' affiliations), end it.
 */
function referenceLines(
  lines: TextLine[],
  headings: LineHeading[],
  first: number,
  running: Set<string>,
): TextLine[] {
  const next = headings.find((h) => h.lineIndex >= first && h.level === 1);
  let end = next?.lineIndex ?? lines.length;
  const caption = lines.findIndex((line, index) => index >= first && CAPTION_START.test(line.text));
  if (caption >= 0) end = Math.min(end, caption);
  const block = lines.findIndex((line, index) => index > first && BLOCK_LABEL.test(line.text));
  if (block >= 0) end = Math.min(end, block);
  return lines.slice(first, end).filter((line) => !running.has(runningKey(line)));
}
