import { describe, expect, it } from 'vitest';
import { isPaperByEvidence, type PaperEvidence } from './paper-evidence';

const none: PaperEvidence = {
  hasTitle: true,
  highwire: false,
  scholarlyStructuredData: false,
  arxivOrLatexml: false,
  coinsArticle: false,
  doiLink: false,
  taggedTitleWithAuthorsOrDoi: false,
  weak: false,
  story: false,
  ogArticle: false,
  listingUrl: false,
  severalPapersTagged: false,
  linksToManyPapers: () => false,
};

describe('isPaperByEvidence', () => {
  it('counts any one piece of scholarly evidence', () => {
    for (const key of [
      'highwire',
      'scholarlyStructuredData',
      'arxivOrLatexml',
      'coinsArticle',
      'doiLink',
      'taggedTitleWithAuthorsOrDoi',
    ] as const) {
      expect(isPaperByEvidence({ ...none, [key]: true })).toBe(true);
    }
    expect(isPaperByEvidence(none)).toBe(false);
  });

  it('takes weak evidence (a byline and a date, a printed DOI) only from a page not calling itself an article', () => {
    expect(isPaperByEvidence({ ...none, weak: true })).toBe(true);
    expect(isPaperByEvidence({ ...none, weak: true, ogArticle: true })).toBe(false);
    expect(isPaperByEvidence({ ...none, weak: true, linksToManyPapers: () => true })).toBe(false);
  });

  it('refuses a news or blog story unless Highwire tags name a paper', () => {
    expect(isPaperByEvidence({ ...none, story: true, weak: true, doiLink: true })).toBe(false);
    expect(isPaperByEvidence({ ...none, story: true, highwire: true })).toBe(true);
  });

  it('refuses listings, pages tagging several papers and pages without a title, whatever else', () => {
    const strong = { ...none, highwire: true, scholarlyStructuredData: true };
    expect(isPaperByEvidence({ ...strong, listingUrl: true })).toBe(false);
    expect(isPaperByEvidence({ ...strong, severalPapersTagged: true })).toBe(false);
    expect(isPaperByEvidence({ ...strong, hasTitle: false })).toBe(false);
  });
});
