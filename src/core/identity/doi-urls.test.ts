import { describe, expect, it } from 'vitest';
import { checkUrlRows, sharedKey, type UrlRow } from './url-rows.fixture';

const ACM = 'doi:10.1145/3292500.3330701';
const WILEY = 'doi:10.1002/acr2.11440';
const TANDF = 'doi:10.1080/01621459.2017.1285773';
const SAGE = 'doi:10.1177/0956797611417632';
const SPRINGER = 'doi:10.1007/s41095-022-0271-y';
const IOP = 'doi:10.1149/2.1051908jes';
const IOP_SLASHED = 'doi:10.1088/1742-6596/1234/1/012001';
const RSC = 'doi:10.1039/c9cp05196a';
const SSRN = 'doi:10.2139/ssrn.3456789';

const rows: UrlRow[] = [
  // ACM: every view of /doi/, and the old citation page
  ['https://dl.acm.org/doi/10.1145/3292500.3330701', ACM, undefined, 'abstract'],
  ['https://dl.acm.org/doi/abs/10.1145/3292500.3330701', ACM, undefined, 'abstract'],
  ['https://dl.acm.org/doi/pdf/10.1145/3292500.3330701', ACM, undefined, 'pdf'],
  ['https://dl.acm.org/doi/epdf/10.1145/3292500.3330701', ACM, undefined, 'pdf'],
  ['https://dl.acm.org/doi/fullHtml/10.1145/3292500.3330701', ACM, undefined, 'html'],
  ['https://dl.acm.org/citation.cfm?doid=3292500.3330701', ACM, undefined, 'abstract'],
  // Wiley: today's views and the older DOI-then-view form
  ['https://onlinelibrary.wiley.com/doi/abs/10.1002/acr2.11440', WILEY, undefined, 'abstract'],
  ['https://onlinelibrary.wiley.com/doi/full/10.1002/acr2.11440', WILEY, undefined, 'html'],
  ['https://onlinelibrary.wiley.com/doi/pdf/10.1002/acr2.11440', WILEY, undefined, 'pdf'],
  ['https://onlinelibrary.wiley.com/doi/epdf/10.1002/acr2.11440', WILEY, undefined, 'pdf'],
  [
    'https://onlinelibrary.wiley.com/doi/pdfdirect/10.1002/acr2.11440?download=true',
    WILEY,
    undefined,
    'pdf',
  ],
  ['https://onlinelibrary.wiley.com/doi/10.1002/acr2.11440/full', WILEY, undefined, 'html'],
  ['https://onlinelibrary.wiley.com/doi/10.1002/acr2.11440/abstract', WILEY, undefined, 'abstract'],
  ['https://onlinelibrary.wiley.com/doi/10.1002/acr2.11440/pdf', WILEY, undefined, 'pdf'],
  // Taylor & Francis, SAGE
  [
    'https://www.tandfonline.com/doi/abs/10.1080/01621459.2017.1285773',
    TANDF,
    undefined,
    'abstract',
  ],
  ['https://www.tandfonline.com/doi/full/10.1080/01621459.2017.1285773', TANDF, undefined, 'html'],
  ['https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1285773', TANDF, undefined, 'pdf'],
  ['https://journals.sagepub.com/doi/10.1177/0956797611417632', SAGE, undefined, 'abstract'],
  ['https://journals.sagepub.com/doi/full/10.1177/0956797611417632', SAGE, undefined, 'html'],
  ['https://journals.sagepub.com/doi/pdf/10.1177/0956797611417632', SAGE, undefined, 'pdf'],
  ['https://journals.sagepub.com/doi/epub/10.1177/0956797611417632', SAGE, undefined, 'other'],
  // Springer: articles, chapters, reference entries, the PDF with its slash escaped or not
  ['https://link.springer.com/article/10.1007/s41095-022-0271-y', SPRINGER, undefined, 'abstract'],
  [
    'https://link.springer.com/content/pdf/10.1007/s41095-022-0271-y.pdf',
    SPRINGER,
    undefined,
    'pdf',
  ],
  [
    'https://link.springer.com/content/pdf/10.1007%2Fs41095-022-0271-y.pdf',
    SPRINGER,
    undefined,
    'pdf',
  ],
  [
    'https://link.springer.com/referenceworkentry/10.1007/978-0-387-30164-8_630',
    'doi:10.1007/978-0-387-30164-8_630',
    undefined,
    'abstract',
  ],
  // IOP: the DOI is the path, slashes and all, with a view after it
  ['https://iopscience.iop.org/article/10.1149/2.1051908jes', IOP, undefined, 'abstract'],
  ['https://iopscience.iop.org/article/10.1149/2.1051908jes/pdf', IOP, undefined, 'pdf'],
  ['https://iopscience.iop.org/article/10.1149/2.1051908jes/meta', IOP, undefined, 'abstract'],
  [
    'https://iopscience.iop.org/article/10.1088/1742-6596/1234/1/012001',
    IOP_SLASHED,
    undefined,
    'abstract',
  ],
  [
    'https://iopscience.iop.org/article/10.1088/1742-6596/1234/1/012001/pdf',
    IOP_SLASHED,
    undefined,
    'pdf',
  ],
  // RSC: the article id is the DOI's suffix, in any case
  ['https://pubs.rsc.org/en/content/articlelanding/2019/cp/c9cp05196a', RSC, undefined, 'abstract'],
  ['https://pubs.rsc.org/en/content/articlepdf/2019/cp/c9cp05196a', RSC, undefined, 'pdf'],
  ['https://pubs.rsc.org/en/content/articlehtml/2019/cp/c9cp05196a', RSC, undefined, 'html'],
  [
    'http://pubs.rsc.org/en/Content/ArticleLanding/2019/CP/C9CP05196A#!divAbstract',
    RSC,
    undefined,
    'abstract',
  ],
  [
    'https://pubs.rsc.org/en/content/articlelanding/2008/cp/b716554d',
    'doi:10.1039/b716554d',
    undefined,
    'abstract',
  ],
  // SSRN: every paper's DOI is 10.2139/ssrn.<abstract id>
  ['https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3456789', SSRN, undefined, 'abstract'],
  [
    'https://papers.ssrn.com/sol3/Delivery.cfm/SSRN_ID3456789_code123.pdf?abstractid=3456789&mirid=1',
    SSRN,
    undefined,
    'pdf',
  ],
  ['https://papers.ssrn.com/sol3/Delivery.cfm?abstractid=3456789', SSRN, undefined, 'pdf'],
  ['https://ssrn.com/abstract=3456789', SSRN, undefined, 'abstract'],
  // Not one paper: listings, searches, the venues' other pages
  ['https://dl.acm.org/action/doSearch?AllField=transformer', null],
  ['https://dl.acm.org/citation.cfm?id=3292500', null],
  ['https://onlinelibrary.wiley.com/toc/15290131/2022/4/6', null],
  ['https://www.tandfonline.com/toc/uasa20/current', null],
  ['https://link.springer.com/journal/11263', null],
  ['https://link.springer.com/search?query=vision', null],
  ['https://iopscience.iop.org/journal/1945-7111', null],
  ['https://iopscience.iop.org/issue/1742-6596/1234/1', null],
  ['https://iopscience.iop.org/article/', null],
  ['https://pubs.rsc.org/en/journals/journalissues/cp', null],
  ['https://pubs.rsc.org/en/results?searchtext=catalysis', null],
  ['https://pubs.rsc.org/en/content/articlelanding/2019/cp/', null],
  ['https://papers.ssrn.com/sol3/DisplayAbstractSearch.cfm', null],
  ['https://papers.ssrn.com/sol3/papers.cfm?abstract_id=abc', null],
  ['https://ssrn.com/abstract=', null],
];

describe('publisher addresses that carry the DOI', () => {
  checkUrlRows(rows);

  it.each([
    [
      'T&F',
      'https://www.tandfonline.com/doi/full/10.1080/01621459.2017.1285773',
      'https://www.tandfonline.com/doi/pdf/10.1080/01621459.2017.1285773?needAccess=true',
    ],
    [
      'SAGE',
      'https://journals.sagepub.com/doi/10.1177/0956797611417632',
      'https://journals.sagepub.com/doi/pdf/10.1177/0956797611417632',
    ],
    [
      'SSRN',
      'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3456789',
      'https://papers.ssrn.com/sol3/Delivery.cfm/SSRN_ID3456789_code123.pdf?abstractid=3456789',
    ],
  ])(
    '%s: the landing page and its PDF are one paper, the one its DOI names',
    (_venue, landing, pdf) => {
      const key = sharedKey([landing, pdf]);
      expect(key).toMatch(/^doi:10\./);
    },
  );

  it('RSC and SSRN addresses reach the same paper as their DOI link', () => {
    sharedKey([
      'https://pubs.rsc.org/en/content/articlepdf/2019/cp/c9cp05196a',
      'https://doi.org/10.1039/C9CP05196A',
    ]);
    sharedKey(['https://ssrn.com/abstract=3456789', 'https://doi.org/10.2139/ssrn.3456789']);
  });
});
