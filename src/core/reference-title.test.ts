import { describe, expect, it } from 'vitest';
import { referenceTitle } from './reference-title';

describe('a title from a reference entry', () => {
  it('reads the title in common reference styles', () => {
    expect(
      referenceTitle(
        '[12] A. Vaswani, N. Shazeer, et al., “Attention is all you need,” in Proc. NeurIPS, 2017.',
      ),
    ).toBe('Attention is all you need');
    expect(
      referenceTitle(
        'Ashish Vaswani and Noam Shazeer. 2017. Attention is all you need. In NeurIPS.',
      ),
    ).toBe('Attention is all you need');
    expect(referenceTitle('3. S. Keshav. How to read a paper. SIGCOMM CCR 37(3), 2007.')).toBe(
      'How to read a paper',
    );
    expect(referenceTitle('He, K., Zhang, X.: Deep residual learning? CVPR (2016)')).toBe(
      'Deep residual learning?',
    );
  });

  it('falls back to the whole entry, shortened, when no sentence follows the authors', () => {
    expect(referenceTitle('Some unstructured reference')).toBe('Some unstructured reference');
    expect(referenceTitle('x'.repeat(1000))).toHaveLength(300);
  });
});
