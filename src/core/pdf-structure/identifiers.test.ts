import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './identifiers';

describe('findIdentifiers', () => {
  it("takes the primary category from arXiv's side stamp with the id", () => {
    expect(findIdentifiers('arXiv:2106.09608v1  [cs.LG]  17 Jun 2021 Title', '')).toEqual({
      arxivId: '2106.09608',
      arxivCategory: 'cs.LG',
      doi: null,
    });
    // pdf.js may hand the stamp over as several text items, joined with spaces.
    expect(
      findIdentifiers('Title arXiv:1001.0012v2 [astro-ph.EP] 4 Jan 2010', '').arxivCategory,
    ).toBe('astro-ph.EP');
  });

  it("takes no category that is not the stamp's or not a category", () => {
    // The id is found in the metadata; page 1 cites another paper with a bracket after it.
    expect(
      findIdentifiers('as shown in arXiv:1706.03762 [cs.CL]', 'arXiv:2106.09608').arxivCategory,
    ).toBeNull();
    expect(findIdentifiers('arXiv:2106.09608v1 [17 Jun 2021]', '').arxivCategory).toBeNull();
    expect(findIdentifiers('arXiv:2106.09608v1 [cs.LG}] 17 Jun', '').arxivCategory).toBeNull();
    // An old-style stamp names no category.
    expect(findIdentifiers('arXiv:hep-th/9901001v1 4 Jan 1999', '')).toMatchObject({
      arxivId: 'hep-th/9901001',
      arxivCategory: null,
    });
  });
});
