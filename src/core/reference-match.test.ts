import { describe, expect, it } from 'vitest';
import type { Paper } from './model';
import { indexLibrary, matchReference, normaliseTitle } from './reference-match';

const paper = (key: string, title: string, aliases: string[] = []) =>
  ({ key, title, aliases }) as Pick<Paper, 'key' | 'title' | 'aliases'>;

const library = indexLibrary([
  paper('arxiv:1706.03762', 'Attention Is All You Need'),
  paper('doi:10.1145/1273445.1273458', 'How to Read a Paper'),
  paper('url:https://x.org/bert.pdf', 'BERT: Pre-training of Deep Bidirectional Transformers'),
  paper('arxiv:1512.03385', 'Deep Residual Learning for Image Recognition', [
    'doi:10.1109/cvpr.2016.90',
  ]),
  paper('url:https://x.org/intro', 'Introduction'),
  paper('url:https://x.org/dl', 'Deep learning'),
  paper('url:https://x.org/zoe', 'Zoë’s Théorème of Graphs'),
]);

describe('matching references against the library', () => {
  it('matches by arXiv id and by DOI, whatever the title says', () => {
    expect(matchReference('A. Vaswani et al. Some title. arXiv:1706.03762v5, 2017.', library)).toBe(
      'arxiv:1706.03762',
    );
    expect(matchReference('K. He. ResNet. CVPR. doi:10.1109/CVPR.2016.90', library)).toBe(
      'arxiv:1512.03385',
    );
    expect(
      matchReference('S. Keshav. 2007. Reading. https://doi.org/10.1145/1273445.1273458', library),
    ).toBe('doi:10.1145/1273445.1273458');
  });

  it('matches a title printed whole, in any reference style', () => {
    const styles = [
      'Ashish Vaswani, Noam Shazeer. 2017. Attention is all you need. In NeurIPS.',
      'A. Vaswani et al., “Attention is all you need,” in Proc. NeurIPS, 2017.',
      'Vaswani, A.: Attention is all you need. In: NIPS (2017)',
      'VASWANI A. ATTENTION IS ALL YOU NEED! NeurIPS',
      'J. Devlin. BERT: pre-training of deep bidirectional transformers. NAACL 2019.',
      'Z. Author. Zoe’s theoreme of graphs. 2020.',
    ];
    expect(styles.map((text) => matchReference(text, library))).toEqual([
      'arxiv:1706.03762',
      'arxiv:1706.03762',
      'arxiv:1706.03762',
      'arxiv:1706.03762',
      'url:https://x.org/bert.pdf',
      'url:https://x.org/zoe',
    ]);
  });

  it('does not match near-miss titles', () => {
    const nearMisses = [
      'R. Someone. Attention is not all you need. 2021.',
      'R. Someone. Attention is all you need for speech. 2021.',
      'R. Someone. Why attention is all you need. 2021.',
      'K. He. Deep residual learning for image recognition and detection. 2017.',
      'S. Keshav. How to read a paper twice. 2009.',
      'BERT pre-training of deep bidirectional transformers for language understanding.',
    ];
    expect(nearMisses.map((text) => matchReference(text, library))).toEqual(
      nearMisses.map(() => undefined),
    );
  });

  it('ignores titles too short to name one paper, and hostile text', () => {
    expect(
      matchReference('A. Author. Introduction. Deep learning. 2001.', library),
    ).toBeUndefined();
    expect(matchReference('', library)).toBeUndefined();
    expect(matchReference('<script>alert(1)</script> | | . . "', library)).toBeUndefined();
    expect(matchReference('arXiv:9999.99999 doi:10.1/', library)).toBeUndefined();
    const huge = 'attention is all you need '.repeat(2000);
    expect(matchReference(huge, library)).toBeUndefined();
  });

  it('normalises titles for comparison', () => {
    expect(normaliseTitle('  BERT: Pre-training of   Deep “Bidirectional” Transformers. ')).toBe(
      'bert pre training of deep bidirectional transformers',
    );
  });
});
