/**
 * Whether a page is one paper, decided by the evidence its sources give, never by its site.
 *
 * Scholarly evidence: Highwire tags (they describe one paper by convention), a scholarly schema.org
 * type (JSON-LD or microdata), arXiv's abstract page or LaTeXML full text, a COinS naming an
 * article, a canonical or cite-as link to a DOI, or a Dublin Core / PRISM title with authors or a
 * DOI beside it. Weaker evidence, a visible byline with a date or DOI under a title, or an
 * identifier printed on the page, counts only where the page does not say it is another kind of
 * article: a news story or blog post about a paper carries the paper's DOI and a journalist's
 * byline, and says what it is with a NewsArticle/BlogPosting type or og:type "article".
 *
 * Whatever the evidence, a listing or search address, tags naming several papers, or (for pages
 * without scholarly evidence) links to many papers make it not one paper.
 */

export interface PaperEvidence {
  hasTitle: boolean;
  highwire: boolean;
  scholarlyStructuredData: boolean;
  arxivOrLatexml: boolean;
  coinsArticle: boolean;
  doiLink: boolean;
  /** A Dublin Core or PRISM title, with authors or a DOI from any source. */
  taggedTitleWithAuthorsOrDoi: boolean;
  /** A visible byline with a date or a DOI, or an arXiv id or DOI found anywhere. */
  weak: boolean;
  /** JSON-LD describes a news story or blog post (and no scholarly work). */
  story: boolean;
  /** og:type "article" (scholarly or not: it says nothing alone). */
  ogArticle: boolean;
  listingUrl: boolean;
  severalPapersTagged: boolean;
  /** Asked only when no scholarly evidence decides: the page links to many papers. */
  linksToManyPapers: () => boolean;
}

export function isPaperByEvidence(e: PaperEvidence): boolean {
  if (!e.hasTitle || e.listingUrl || e.severalPapersTagged) return false;
  if (e.story) return e.highwire;
  const scholarly =
    e.highwire ||
    e.scholarlyStructuredData ||
    e.arxivOrLatexml ||
    e.coinsArticle ||
    e.doiLink ||
    e.taggedTitleWithAuthorsOrDoi;
  if (scholarly) return true;
  return e.weak && !e.ogArticle && !e.linksToManyPapers();
}
