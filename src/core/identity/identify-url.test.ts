import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifyPdfUrl, identifyUrl } from './identify-url';
import { paperUrl } from './paper-url';
import { checkUrlRows, fuzzRuns, type UrlRow } from './url-rows.fixture';

const ARXIV = 'arxiv:2106.09608';
const ATTENTION = 'arxiv:1706.03762';

const rows: UrlRow[] = [
  // arXiv abstract pages, every host and decoration
  ['https://arxiv.org/abs/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://arxiv.org/abs/2106.09608v2', ARXIV, 'v2', 'abstract'],
  ['https://arxiv.org/abs/2106.09608v2/', ARXIV, 'v2', 'abstract'],
  ['https://arxiv.org/abs/2106.09608?context=cs.CL', ARXIV, undefined, 'abstract'],
  ['https://arxiv.org/abs/2106.09608v1#comments', ARXIV, 'v1', 'abstract'],
  ['http://arxiv.org/abs/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://www.arxiv.org/abs/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://export.arxiv.org/abs/2106.09608v3', ARXIV, 'v3', 'abstract'],
  ['https://browse.arxiv.org/abs/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://lanl.arxiv.org/abs/1706.03762', ATTENTION, undefined, 'abstract'],
  ['https://ARXIV.ORG/abs/1706.03762', ATTENTION, undefined, 'abstract'],
  ['https://arxiv.org:443/abs/1706.03762', ATTENTION, undefined, 'abstract'],
  ['https://arxiv.org/abs/arXiv:1706.03762', ATTENTION, undefined, 'abstract'],
  ['https://arxiv.org/abs/0704.0001', 'arxiv:0704.0001', undefined, 'abstract'],
  ['https://arxiv.org/abs/1412.8000v12', 'arxiv:1412.8000', 'v12', 'abstract'],
  ['https://arxiv.org/abs/1501.00001', 'arxiv:1501.00001', undefined, 'abstract'],
  ['https://arxiv.org/abs/hep-th/9901001', 'arxiv:hep-th/9901001', undefined, 'abstract'],
  ['https://arxiv.org/abs/hep-th/9901001v3', 'arxiv:hep-th/9901001', 'v3', 'abstract'],
  ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math/0309136', undefined, 'abstract'],
  ['https://arxiv.org/abs/math/0309136v1', 'arxiv:math/0309136', 'v1', 'abstract'],
  ['https://arxiv.org/abs/cond-mat/0102536', 'arxiv:cond-mat/0102536', undefined, 'abstract'],
  ['https://arxiv.org/abs/quant-ph/0703001', 'arxiv:quant-ph/0703001', undefined, 'abstract'],
  ['https://arxiv.org/abs/cs.AI/9308101', 'arxiv:cs/9308101', undefined, 'abstract'],
  ['https://xxx.lanl.gov/abs/hep-th/9711200', 'arxiv:hep-th/9711200', undefined, 'abstract'],
  ['http://xxx.lanl.gov/pdf/astro-ph/0001001', 'arxiv:astro-ph/0001001', undefined, 'pdf'],
  // arXiv PDFs
  ['https://arxiv.org/pdf/2106.09608', ARXIV, undefined, 'pdf'],
  ['https://arxiv.org/pdf/2106.09608v2', ARXIV, 'v2', 'pdf'],
  ['https://arxiv.org/pdf/2106.09608v2.pdf', ARXIV, 'v2', 'pdf'],
  ['https://arxiv.org/pdf/2106.09608.pdf', ARXIV, undefined, 'pdf'],
  ['https://arxiv.org/pdf/1706.03762v7.pdf#page=3', ATTENTION, 'v7', 'pdf'],
  ['https://export.arxiv.org/pdf/1706.03762', ATTENTION, undefined, 'pdf'],
  ['https://arxiv.org/pdf/hep-th/9901001v1.pdf', 'arxiv:hep-th/9901001', 'v1', 'pdf'],
  ['https://arxiv.org/pdf/math.GT/0309136v2', 'arxiv:math/0309136', 'v2', 'pdf'],
  ['https://arxiv.org/ftp/arxiv/papers/1706/1706.03762.pdf', ATTENTION, undefined, 'pdf'],
  [
    'https://arxiv.org/ftp/hep-th/papers/9901/9901001.pdf',
    'arxiv:hep-th/9901001',
    undefined,
    'pdf',
  ],
  ['http://export.arxiv.org/ftp/arxiv/papers/2106/2106.09608.pdf', ARXIV, undefined, 'pdf'],
  // arXiv HTML and its mirrors
  ['https://arxiv.org/html/2106.09608', ARXIV, undefined, 'html'],
  ['https://arxiv.org/html/2106.09608v2', ARXIV, 'v2', 'html'],
  ['https://arxiv.org/html/2106.09608v2/', ARXIV, 'v2', 'html'],
  ['https://arxiv.org/html/2106.09608v2#S3.SS1', ARXIV, 'v2', 'html'],
  ['https://ar5iv.labs.arxiv.org/html/1706.03762', ATTENTION, undefined, 'html'],
  ['https://ar5iv.org/html/1706.03762', ATTENTION, undefined, 'html'],
  ['https://ar5iv.org/abs/1706.03762', ATTENTION, undefined, 'html'],
  ['https://ar5iv.labs.arxiv.org/html/hep-th/9901001', 'arxiv:hep-th/9901001', undefined, 'html'],
  ['https://www.alphaxiv.org/abs/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://alphaxiv.org/abs/2106.09608v2', ARXIV, 'v2', 'abstract'],
  ['https://www.alphaxiv.org/overview/2106.09608', ARXIV, undefined, 'other'],
  ['https://www.alphaxiv.org/pdf/2106.09608v1', ARXIV, 'v1', 'pdf'],
  ['https://huggingface.co/papers/2106.09608', ARXIV, undefined, 'abstract'],
  ['https://huggingface.co/papers/1706.03762#community', ATTENTION, undefined, 'abstract'],
  ['https://doi.org/10.48550/arXiv.1706.03762', ATTENTION, undefined, 'other'],
  // DOIs
  ['https://doi.org/10.1145/1273445.1273458', 'doi:10.1145/1273445.1273458', undefined, 'other'],
  ['http://dx.doi.org/10.1145/1273445.1273458', 'doi:10.1145/1273445.1273458', undefined, 'other'],
  ['https://doi.org/10.1038/NATURE14539', 'doi:10.1038/nature14539', undefined, 'other'],
  ['https://doi.org/10.1093/nar/gkab1112', 'doi:10.1093/nar/gkab1112', undefined, 'other'],
  [
    'https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0',
    'doi:10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0',
    undefined,
    'other',
  ],
  [
    'https://dl.acm.org/doi/10.1145/3292500.3330701',
    'doi:10.1145/3292500.3330701',
    undefined,
    'abstract',
  ],
  [
    'https://dl.acm.org/doi/abs/10.1145/3292500.3330701',
    'doi:10.1145/3292500.3330701',
    undefined,
    'abstract',
  ],
  [
    'https://dl.acm.org/doi/pdf/10.1145/3292500.3330701',
    'doi:10.1145/3292500.3330701',
    undefined,
    'pdf',
  ],
  [
    'https://dl.acm.org/doi/fullHtml/10.1145/3292500.3330701',
    'doi:10.1145/3292500.3330701',
    undefined,
    'html',
  ],
  [
    'https://onlinelibrary.wiley.com/doi/10.1111/j.1467-9868.2005.00503.x',
    'doi:10.1111/j.1467-9868.2005.00503.x',
    undefined,
    'abstract',
  ],
  [
    'https://onlinelibrary.wiley.com/doi/epdf/10.1002/anie.201915678',
    'doi:10.1002/anie.201915678',
    undefined,
    'pdf',
  ],
  [
    'https://onlinelibrary.wiley.com/doi/full/10.1002/anie.201915678',
    'doi:10.1002/anie.201915678',
    undefined,
    'html',
  ],
  [
    'https://www.tandfonline.com/doi/full/10.1080/01621459.2017.1285773',
    'doi:10.1080/01621459.2017.1285773',
    undefined,
    'html',
  ],
  [
    'https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1285773?needAccess=true',
    'doi:10.1080/01621459.2017.1285773',
    undefined,
    'pdf',
  ],
  [
    'https://journals.sagepub.com/doi/10.1177/0956797611417632',
    'doi:10.1177/0956797611417632',
    undefined,
    'abstract',
  ],
  [
    'https://www.science.org/doi/10.1126/science.aaa8685',
    'doi:10.1126/science.aaa8685',
    undefined,
    'abstract',
  ],
  [
    'https://www.pnas.org/doi/full/10.1073/pnas.1611835114',
    'doi:10.1073/pnas.1611835114',
    undefined,
    'html',
  ],
  [
    'https://pubs.acs.org/doi/abs/10.1021/acs.jcim.9b00237',
    'doi:10.1021/acs.jcim.9b00237',
    undefined,
    'abstract',
  ],
  [
    'https://link.springer.com/article/10.1007/s11263-015-0816-y',
    'doi:10.1007/s11263-015-0816-y',
    undefined,
    'abstract',
  ],
  [
    'https://link.springer.com/chapter/10.1007/978-3-319-10602-1_48',
    'doi:10.1007/978-3-319-10602-1_48',
    undefined,
    'abstract',
  ],
  [
    'https://link.springer.com/content/pdf/10.1007/s11263-015-0816-y.pdf',
    'doi:10.1007/s11263-015-0816-y',
    undefined,
    'pdf',
  ],
  ['https://www.nature.com/articles/nature14539', 'doi:10.1038/nature14539', undefined, 'abstract'],
  [
    'https://www.nature.com/articles/s41586-020-2649-2.pdf',
    'doi:10.1038/s41586-020-2649-2',
    undefined,
    'pdf',
  ],
  [
    'https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.116.061102',
    'doi:10.1103/physrevlett.116.061102',
    undefined,
    'abstract',
  ],
  [
    'https://journals.aps.org/prl/pdf/10.1103/PhysRevLett.116.061102',
    'doi:10.1103/physrevlett.116.061102',
    undefined,
    'pdf',
  ],
  [
    'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0185809',
    'doi:10.1371/journal.pone.0185809',
    undefined,
    'abstract',
  ],
  [
    'https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0185809&type=printable',
    'doi:10.1371/journal.pone.0185809',
    undefined,
    'pdf',
  ],
  [
    'https://www.frontiersin.org/articles/10.3389/fnins.2020.00001/full',
    'doi:10.3389/fnins.2020.00001',
    undefined,
    'html',
  ],
  [
    'https://www.frontiersin.org/articles/10.3389/fnins.2020.00001/pdf',
    'doi:10.3389/fnins.2020.00001',
    undefined,
    'pdf',
  ],
  // OpenReview: forum and pdf are one paper
  ['https://openreview.net/forum?id=rJ4km2R5t7', 'openreview:rJ4km2R5t7', undefined, 'abstract'],
  ['https://openreview.net/pdf?id=rJ4km2R5t7', 'openreview:rJ4km2R5t7', undefined, 'pdf'],
  [
    'https://openreview.net/forum?id=rJ4km2R5t7&noteId=HkxYs8Ogn7',
    'openreview:rJ4km2R5t7',
    undefined,
    'abstract',
  ],
  [
    'https://openreview.net/forum?noteId=x&id=YicbFdNTTy',
    'openreview:YicbFdNTTy',
    undefined,
    'abstract',
  ],
  // ACL Anthology, new and old identifiers, new and legacy hosts
  ['https://aclanthology.org/2020.acl-main.447/', 'acl:2020.acl-main.447', undefined, 'abstract'],
  ['https://aclanthology.org/2020.acl-main.447.pdf', 'acl:2020.acl-main.447', undefined, 'pdf'],
  ['https://aclanthology.org/2020.acl-main.447v2.pdf', 'acl:2020.acl-main.447', 'v2', 'pdf'],
  [
    'https://aclanthology.org/2021.findings-emnlp.12/',
    'acl:2021.findings-emnlp.12',
    undefined,
    'abstract',
  ],
  ['https://aclanthology.org/P19-1001/', 'acl:P19-1001', undefined, 'abstract'],
  ['https://aclanthology.org/P19-1001.pdf', 'acl:P19-1001', undefined, 'pdf'],
  ['https://aclanthology.org/N19-1423', 'acl:N19-1423', undefined, 'abstract'],
  ['https://www.aclweb.org/anthology/P19-1001.pdf', 'acl:P19-1001', undefined, 'pdf'],
  [
    'https://www.aclweb.org/anthology/2020.acl-main.447/',
    'acl:2020.acl-main.447',
    undefined,
    'abstract',
  ],
  ['https://aclweb.org/anthology/P/P19/P19-1001.pdf', 'acl:P19-1001', undefined, 'pdf'],
  // bioRxiv and medRxiv: DOI and version in the path
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v1',
    'biorxiv:10.1101/2020.03.22.002386',
    'v1',
    'abstract',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3.full.pdf',
    'biorxiv:10.1101/2020.03.22.002386',
    'v3',
    'pdf',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3.full.pdf+html',
    'biorxiv:10.1101/2020.03.22.002386',
    'v3',
    'pdf',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v2.full',
    'biorxiv:10.1101/2020.03.22.002386',
    'v2',
    'html',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v2.abstract',
    'biorxiv:10.1101/2020.03.22.002386',
    'v2',
    'abstract',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386',
    'biorxiv:10.1101/2020.03.22.002386',
    undefined,
    'abstract',
  ],
  [
    'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v1.supplementary-material',
    'biorxiv:10.1101/2020.03.22.002386',
    'v1',
    'other',
  ],
  ['https://www.biorxiv.org/content/10.1101/622803v4', 'biorxiv:10.1101/622803', 'v4', 'abstract'],
  [
    'https://www.medrxiv.org/content/10.1101/2020.04.14.20062463v2',
    'biorxiv:10.1101/2020.04.14.20062463',
    'v2',
    'abstract',
  ],
  [
    'https://www.medrxiv.org/content/10.1101/2020.04.14.20062463v2.full.pdf',
    'biorxiv:10.1101/2020.04.14.20062463',
    'v2',
    'pdf',
  ],
  [
    'https://doi.org/10.1101/2020.03.22.002386',
    'biorxiv:10.1101/2020.03.22.002386',
    undefined,
    'other',
  ],
  // A CSHL journal under the same DOI prefix is not a preprint
  ['https://doi.org/10.1101/gr.277615.122', 'doi:10.1101/gr.277615.122', undefined, 'other'],
  // Not one paper: listings, search, authors, other pages, malformed identifiers, other schemes
  ['https://arxiv.org/list/cs.AI/recent', null],
  ['https://arxiv.org/list/hep-th/new', null],
  ['https://arxiv.org/search/?query=transformer&searchtype=all', null],
  ['https://arxiv.org/a/lecun_y_1', null],
  ['https://arxiv.org/', null],
  ['https://arxiv.org/abs/', null],
  ['https://arxiv.org/abs/2113.09608', null],
  ['https://arxiv.org/abs/2106.9608', null],
  ['https://arxiv.org/abs/1412.00001', null],
  ['https://arxiv.org/abs/1501.0001', null],
  ['https://arxiv.org/abs/0703.1234', null],
  ['https://arxiv.org/abs/2106.096080', null],
  ['https://arxiv.org/abs/2106.09608v0', null],
  ['https://arxiv.org/abs/2106.09608/extra', null],
  ['https://arxiv.org/abs/hep-th/9901', null],
  ['https://arxiv.org/abs/foo-bar/9901001', null],
  ['https://arxiv.org/abs/hep-th/0801001', null],
  ['https://arxiv.org/abs/hep-th/9001001', null],
  ['https://arxiv.org/html/2106.09608v2/x1.png', null],
  ['https://arxiv.org/ftp/arxiv/papers/1706/1801.03762.pdf', null],
  ['https://info.arxiv.org/help/arxiv_identifier.html', null],
  ['https://huggingface.co/papers', null],
  ['https://huggingface.co/facebook/opt-125m', null],
  ['https://www.alphaxiv.org/explore', null],
  ['https://openreview.net/group?id=ICLR.cc/2024/Conference', null],
  ['https://openreview.net/forum', null],
  ['https://openreview.net/profile?id=~Yann_LeCun1', null],
  ['https://aclanthology.org/events/acl-2020/', null],
  ['https://aclanthology.org/2020.acl-main.447.bib', null],
  ['https://www.biorxiv.org/collection/bioinformatics', null],
  ['https://doi.org/', null],
  ['https://doi.org/10.1/abc', null],
  ['https://dl.acm.org/doi/proceedings/10.1145/3292500', null],
  ['https://example.com/paper.pdf', null],
  ['ftp://arxiv.org/abs/2106.09608', null],
  ['file:///home/me/2106.09608.pdf', null],
  ['javascript:alert(1)//arxiv.org/abs/2106.09608', null],
  ['arxiv.org/abs/2106.09608', null],
  ['not a url', null],
  ['', null],
];

describe('identifyUrl', () => {
  it('covers at least 80 URL forms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  checkUrlRows(rows);

  it('gives the abstract, PDF and HTML of one arXiv paper the same key', () => {
    const keys = [
      'https://arxiv.org/abs/2106.09608v1',
      'https://arxiv.org/pdf/2106.09608v2.pdf',
      'https://arxiv.org/html/2106.09608v2/',
      'https://ar5iv.labs.arxiv.org/html/2106.09608',
      'https://huggingface.co/papers/2106.09608',
      'https://doi.org/10.48550/arXiv.2106.09608',
    ].map((url) => identifyUrl(url)?.key);
    expect(new Set(keys)).toEqual(new Set([ARXIV]));
  });
});

describe('identifyPdfUrl', () => {
  it('keeps a known paper and marks it as a PDF', () => {
    expect(identifyPdfUrl('https://dl.acm.org/doi/10.1145/3292500.3330701')).toEqual({
      key: 'doi:10.1145/3292500.3330701',
      kind: 'doi',
      id: '10.1145/3292500.3330701',
      format: 'pdf',
    });
  });

  it('names any other PDF by its canonical URL', () => {
    const identity = identifyPdfUrl(
      'HTTPS://Example.COM:443/papers/x.pdf?utm_source=twitter&b=2&fbclid=abc&a=1#page=3',
    );
    expect(identity).toEqual({
      key: 'url:https://example.com/papers/x.pdf?a=1&b=2',
      kind: 'url',
      id: 'https://example.com/papers/x.pdf?a=1&b=2',
      format: 'pdf',
    });
  });

  it('gives the same PDF reached through different links one key', () => {
    const a = identifyPdfUrl('https://example.com/p.pdf?utm_medium=email');
    const b = identifyPdfUrl('https://example.com/p.pdf#page=7');
    expect(a.key).toBe(b.key);
  });

  it('names local files too', () => {
    expect(identifyPdfUrl('file:///home/me/paper.pdf').key).toBe('url:file:///home/me/paper.pdf');
  });
});

const newStyleId = fc
  .tuple(
    fc.integer({ min: 15, max: 29 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 99999 }),
  )
  .map(([y, m, n]) => `${y}${String(m).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
const doiSuffix = fc.string({ minLength: 1, maxLength: 30 });

/** URLs of every kind, built from random but valid identifiers. */
const paperUrls = fc.oneof(
  fc
    .tuple(
      newStyleId,
      fc.constantFrom('abs', 'pdf', 'html'),
      fc.option(fc.integer({ min: 1, max: 20 })),
    )
    .map(([id, view, v]) => `https://arxiv.org/${view}/${id}${v ? `v${v}` : ''}`),
  fc
    .tuple(fc.integer({ min: 1000, max: 99999 }), doiSuffix)
    .map(([prefix, suffix]) => `https://doi.org/10.${prefix}/${encodeURIComponent(suffix)}`),
  fc
    .tuple(
      fc.integer({ min: 1000, max: 99999 }),
      doiSuffix,
      fc.constantFrom('', 'abs/', 'pdf/', 'full/'),
    )
    .map(([p, s, view]) => `https://dl.acm.org/doi/${view}10.${p}/${encodeURIComponent(s)}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{8,12}$/).map((id) => `https://openreview.net/pdf?id=${id}`),
  fc
    .tuple(
      fc.constantFrom('P', 'N', 'D', 'W'),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 9999 }),
    )
    .map(
      ([l, y, n]) =>
        `https://aclanthology.org/${l}${String(y).padStart(2, '0')}-${String(n).padStart(4, '0')}.pdf`,
    ),
  fc
    .tuple(fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 1, max: 9 }))
    .map(
      ([n, v]) =>
        `https://www.biorxiv.org/content/10.1101/2021.01.01.${String(n).padStart(6, '0')}v${v}.full.pdf`,
    ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

describe('identity parsing under random input', () => {
  it('fuzz: a URL rebuilt from an identity names the same paper', () => {
    fc.assert(
      fc.property(paperUrls, (url) => {
        const identity = identifyUrl(url) ?? identifyPdfUrl(url);
        const rebuilt = paperUrl(identity);
        expect(rebuilt).not.toBeNull();
        const again = identifyUrl(rebuilt!) ?? identifyPdfUrl(rebuilt!);
        expect(again.key).toBe(identity.key);
      }),
      fuzzRuns,
    );
  });
});
