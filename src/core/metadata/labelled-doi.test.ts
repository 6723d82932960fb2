import { describe, expect, it } from 'vitest';
import { labelledDoiBeforeReferences } from './labelled-doi';

describe('labelledDoiBeforeReferences', () => {
  it("takes the article's own DOI from its header, not the DOIs its references cite", () => {
    const text = [
      'Moss in Gutters',
      'Priya Raman',
      'DOI: https://doi.org/10.5555/bq.2012.9.2',
      'Introduction',
      'As shown by https://doi.org/10.5555/other.1 ...',
      'References',
      'Smith, J. (2001). doi:10.5555/ref.7',
    ].join('\n');
    expect(labelledDoiBeforeReferences(text)).toBe('10.5555/bq.2012.9.2');
  });

  it('finds nothing when the only DOIs are in the reference list, unlabelled or cited in prose', () => {
    const prose = `Title\n${'Folding cranes has a long history, '.repeat(4)}see doi:10.5555/a.1 for one.\n`;
    expect(labelledDoiBeforeReferences(prose)).toBeNull();
    expect(
      labelledDoiBeforeReferences('Cranes. See doi:10.5555/a.1 and doi:10.5555/b.2.'),
    ).toBeNull();
    expect(labelledDoiBeforeReferences('Cite as: https://doi.org/10.5555/c.3')).toBe('10.5555/c.3');
    expect(
      labelledDoiBeforeReferences('Title\nText 10.5555/a.1\nReferences\ndoi:10.5555/b.2'),
    ).toBeNull();
  });
});
