import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyUrl } from './identify-url';
import { paperUrl } from './paper-url';
import { fuzzRuns } from './url-rows.fixture';

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const number = (max: number) => fc.integer({ min: 1, max });
const paperName = fc.stringMatching(/^[a-z]{3,10}\d\d[a-z]$/);

/** Addresses of every venue with a rebuildable landing page, from random but valid ids. */
const venueUrls = fc.oneof(
  number(99_999_999).map((n) => `https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=${n}`),
  number(99_999_999).map((n) => `https://www.ncbi.nlm.nih.gov/pmc/articles/PMC${n}/pdf/x.pdf`),
  number(99_999_999).map((n) => `https://europepmc.org/abstract/MED/${n}`),
  number(999_999).map((n) => `https://europepmc.org/api/fulltextRepo?pprId=PPR${n}&type=FILE`),
  number(9_999_999).map((n) => `https://inspirehep.net/record/${n}`),
  fc
    .tuple(fc.integer({ min: 2003, max: 2030 }), number(9999))
    .map(([y, n]) => `https://www.ijcai.org/proceedings/${y}/${String(n).padStart(4, '0')}.pdf`),
  fc
    .tuple(number(30), paperName)
    .map(([v, name]) => `https://jmlr.org/papers/volume${v}/${name}/${name}.pdf`),
  fc
    .tuple(number(300), paperName)
    .map(([v, name]) => `https://proceedings.mlr.press/v${v}/${name}/${name}.pdf`),
  fc
    .tuple(fc.integer({ min: 1987, max: 2030 }), hex(32))
    .map(
      ([y, h]) => `https://papers.nips.cc/paper_files/paper/${y}/file/${h}-Paper-Conference.pdf`,
    ),
  hex(40).map((h) => `https://pdfs.semanticscholar.org/${h.slice(0, 4)}/${h.slice(4)}.pdf`),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.option(number(9)))
    .map(
      ([n, v]) =>
        `https://hal.science/hal-${String(n).padStart(8, '0')}${v ? `v${v}` : ''}/document`,
    ),
  fc
    .tuple(number(99), number(24), number(9999))
    .map(([v, i, a]) => `https://www.mdpi.com/2076-3417/${v}/${i}/${a}/pdf`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99_999_999 }),
      fc.integer({ min: 10, max: 99 }),
      number(99_999),
    )
    .map(
      ([issn, y, item]) =>
        `https://reader.elsevier.com/reader/sd/pii/S${String(issn).padStart(8, '0')}${y}${String(item).padStart(5, '0')}X`,
    ),
);

describe('venue identities', () => {
  it('fuzz: the landing page rebuilt from a venue key names the same paper', () => {
    fc.assert(
      fc.property(venueUrls, (url) => {
        const identity = identifyUrl(url);
        expect(identity?.kind).toBe('venue');
        const landing = paperUrl(identity!);
        expect(landing).not.toBeNull();
        expect(identifyUrl(landing!)?.key).toBe(identity!.key);
      }),
      fuzzRuns,
    );
  });

  it('gives no landing page where the key does not hold the address', () => {
    const cvf = identifyUrl(
      'https://openaccess.thecvf.com/content/CVPR2021/papers/Chen_Exploring_Simple_Siamese_Representation_Learning_CVPR_2021_paper.pdf',
    );
    const oup = identifyUrl(
      'https://academic.oup.com/bioinformatics/article-pdf/36/2/594/31962762/btz581.pdf',
    );
    expect(paperUrl(cvf!)).toBeNull();
    expect(paperUrl(oup!)).toBeNull();
  });
});
