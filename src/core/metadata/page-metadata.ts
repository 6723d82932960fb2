/** What a page says about the paper it shows. Every field is untrusted page text, capped in length. */
import type { Author } from '../model';

export interface PageMetadata {
  /** False for pages that are not about one paper (listings, search, challenge pages). */
  isPaper: boolean;
  title?: string;
  authors: Author[];
  /** ISO date (YYYY-MM-DD, or YYYY-MM, or YYYY) of publication. */
  date?: string;
  year?: number;
  doi?: string;
  /** arXiv identifier without version. */
  arxivId?: string;
  /** e.g. "v2". */
  version?: string;
  abstract?: string;
  /** Journal or conference. */
  venue?: string;
  pdfUrl?: string;
  canonicalUrl?: string;
  subjects?: string[];
  comments?: string;
  /** arXiv submission history. */
  versions?: { version: string; date?: string }[];
  /** Fields the page had but that could not be read (too long, malformed). */
  unreadable: string[];
}
