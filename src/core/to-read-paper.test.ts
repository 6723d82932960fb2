import { describe, expect, it } from 'vitest';
import { nextQueuePosition, referencePaperKey, toReadPaper } from './to-read-paper';

describe('a to-read entry from a reference', () => {
  it('is not started, at the end of the queue, and names the paper that cited it', () => {
    const ref = 'A. Vaswani et al. Attention is all you need. arXiv:1706.03762v5, 2017.';
    const paper = toReadPaper(ref, 'arxiv:2106.09608', 7, 1000);
    expect(paper).toMatchObject({
      key: 'arxiv:1706.03762',
      title: 'Attention is all you need',
      arxivId: '1706.03762',
      state: { kind: 'not-started' },
      queuePosition: 7,
      citedBy: 'arxiv:2106.09608',
      addedAt: 1000,
      links: { abstract: 'https://arxiv.org/abs/1706.03762' },
    });
  });

  it('is keyed by DOI, else by its normalised title', () => {
    expect(referencePaperKey('S. Keshav. How to read a paper. doi:10.1145/1273445.1273458')).toBe(
      'doi:10.1145/1273445.1273458',
    );
    expect(referencePaperKey('[3] S. Keshav. How to Read a Paper! SIGCOMM, 2007.')).toBe(
      'ref:how to read a paper',
    );
    // The same reference printed in another style gets the same key.
    expect(referencePaperKey('S. Keshav, “How to read a paper,” SIGCOMM, 2007.')).toBe(
      'ref:how to read a paper',
    );
  });

  it('goes after every queued paper', () => {
    expect(nextQueuePosition([])).toBe(0);
    expect(nextQueuePosition([{ queuePosition: 3 }, {}, { queuePosition: 9 }])).toBe(10);
  });
});
