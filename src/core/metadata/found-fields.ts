/**
 * What one source on a page (meta tags, JSON-LD, the arXiv body, the visible header) says, as raw
 * page strings. The extractor picks per field by source priority, then cleans and caps.
 */
export interface FoundFields {
  title?: string;
  /** Author names as the source wrote them. */
  authors?: string[];
  date?: string;
  /** Any DOI form (bare, doi:, resolver URL); validated later. */
  doi?: string;
  /** Any arXiv id form; validated later. */
  arxivId?: string;
  version?: string;
  abstract?: string;
  venue?: string;
  pdfUrl?: string;
  subjects?: string[];
  comments?: string;
  versions?: { version: string; date?: string }[];
}
