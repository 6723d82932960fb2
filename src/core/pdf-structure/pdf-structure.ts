/**
 * What the reader's guide needs from a paper's PDF, and the input the extraction reads: pdf.js's
 * per-page text items plus the outline and metadata, as plain data (no pdf.js types), so the
 * extraction is pure and runs the same under Node and in the browser.
 */

/** Bump when the extraction changes, so cached structures are recomputed. */
export const PDF_STRUCTURE_FORMAT_VERSION = 1;

/** One pdf.js text item (`TextItem` from `getTextContent()`), reduced to what we read. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e, f is the baseline origin in PDF units (y grows upwards). */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** One outline (bookmark) entry, with the page its destination resolves to when known. */
export interface PdfOutlineNode {
  title: string;
  page?: number;
  children: PdfOutlineNode[];
}

export interface PdfDocumentInput {
  fingerprint: string;
  pageCount: number;
  /** Pages actually read: the first `pages.length` pages (may be fewer than pageCount). */
  pages: PdfPageText[];
  /** Pages pdf.js failed to read (damaged); they appear in `pages` without items. */
  unreadablePages?: number[];
  outline?: PdfOutlineNode[] | null;
  metadata?: { title?: string; author?: string; subject?: string; keywords?: string };
}

export interface PdfHeading {
  text: string;
  /** The printed numbering ("1", "2.3", "IV", "A"), without trailing punctuation. */
  number?: string;
  /** 1 = section, 2 = sub-section, ... */
  level: number;
  page: number;
}

export interface PdfCaption {
  /** "Figure", "Fig.", "Table" as printed. */
  label: string;
  /** "3", "II", "A1" as printed. */
  number: string;
  caption: string;
  page: number;
}

export interface PdfReference {
  /** 1-based position in the list. */
  index: number;
  text: string;
}

export interface PdfStructure {
  formatVersion: number;
  fingerprint: string;
  pageCount: number;
  /** Pages read; less than pageCount when a page cap applied (see notes). */
  pagesAnalysed: number;
  title: string | null;
  /** Where the title came from: document metadata (agreeing with page 1) or page 1's typography. */
  titleSource: 'metadata' | 'typography' | null;
  authors: string[];
  abstract: string | null;
  hasTextLayer: boolean;
  headings: PdfHeading[];
  /** Where the headings came from. */
  headingsSource: 'outline' | 'typography';
  /** Index in `headings` of the conclusions section, when found. */
  conclusionsIndex: number | null;
  figures: PdfCaption[];
  tables: PdfCaption[];
  references: PdfReference[];
  arxivId: string | null;
  /**
   * The primary category arXiv's side stamp gives with the id ("cs.LG"). Optional, so structures
   * cached before it was read stay current.
   */
  arxivCategory?: string;
  doi: string | null;
  /** Anything the reader should know, e.g. "Read the first 150 of 500 pages." */
  notes: string[];
}
