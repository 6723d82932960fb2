/**
 * What one source on a page (meta tags, JSON-LD, the arXiv body, the visible header) says, as raw
 * page strings. The extractor picks per field by source priority, then cleans and caps. DOI and
 * arXiv id may be in any form here (bare, doi:, resolver URL); they are validated later.
 */
import type { PageMetadata } from './page-metadata';

export type FoundFields = Partial<
  Omit<PageMetadata, 'isPaper' | 'unreadable' | 'year' | 'canonicalUrl' | 'authors'>
> & {
  /** Author names as the source wrote them. */
  authors?: string[];
};
