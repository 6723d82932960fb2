import { describe, expect, it } from 'vitest';
import { identifyPdfUrl } from './identify-url';
import { checkUrlRows, sharedKey, type UrlRow } from './url-rows.fixture';

const INSPIRE = 'venue:inspire/2095720';
const HAL = 'venue:hal/hal-01234567';
const S2 = 'venue:s2/ad7955d4e52abf6e87ecc25e478c20505fdc7476';

const rows: UrlRow[] = [
  // INSPIRE: the record in its current, old and API forms
  ['https://inspirehep.net/literature/2095720', INSPIRE, undefined, 'abstract'],
  ['https://inspirehep.net/record/2095720', INSPIRE, undefined, 'abstract'],
  ['https://inspirehep.net/api/literature/2095720', INSPIRE, undefined, 'abstract'],
  // ... but its files are named by a hash: the address says nothing of the paper
  ['https://inspirehep.net/files/d49a276d7d2370cce978dd900d94ab84', null],
  // HAL: the record with or without version, its document and file, on every portal and host
  ['https://hal.science/hal-01234567', HAL, undefined, 'abstract'],
  ['https://hal.science/hal-01234567v2', HAL, 'v2', 'abstract'],
  ['https://hal.science/hal-01234567/document', HAL, undefined, 'pdf'],
  ['https://hal.science/hal-01234567v2/file/paper.pdf', HAL, 'v2', 'pdf'],
  ['https://hal.archives-ouvertes.fr/hal-01234567', HAL, undefined, 'abstract'],
  ['https://hal.archives-ouvertes.fr/hal-01234567/document', HAL, undefined, 'pdf'],
  ['https://inria.hal.science/hal-01234567v1', HAL, 'v1', 'abstract'],
  ['https://theses.hal.science/tel-00123456/document', 'venue:hal/tel-00123456', undefined, 'pdf'],
  [
    'https://halshs.archives-ouvertes.fr/halshs-00123456',
    'venue:hal/halshs-00123456',
    undefined,
    'abstract',
  ],
  ['https://hal.science/hal-lirmm-01234567', 'venue:hal/hal-lirmm-01234567', undefined, 'abstract'],
  // Semantic Scholar: the paper page with or without its slug, its reader, its PDF store
  [
    'https://www.semanticscholar.org/paper/Learning-Robot-Control-Smith-Jones/ad7955d4e52abf6e87ecc25e478c20505fdc7476',
    S2,
    undefined,
    'abstract',
  ],
  [
    'https://www.semanticscholar.org/paper/ad7955d4e52abf6e87ecc25e478c20505fdc7476',
    S2,
    undefined,
    'abstract',
  ],
  [
    'https://www.semanticscholar.org/reader/ad7955d4e52abf6e87ecc25e478c20505fdc7476',
    S2,
    undefined,
    'pdf',
  ],
  [
    'https://pdfs.semanticscholar.org/ad79/55d4e52abf6e87ecc25e478c20505fdc7476.pdf',
    S2,
    undefined,
    'pdf',
  ],
  ['https://www.semanticscholar.org/arxiv/1706.03762', 'arxiv:1706.03762', undefined, 'other'],
  ['https://www.semanticscholar.org/arxiv/not-an-id', null],
  // DBLP: a CoRR record names its arXiv paper; other records name nothing by their address
  ['https://dblp.org/rec/journals/corr/abs-1706-03762', 'arxiv:1706.03762', undefined, 'other'],
  [
    'https://dblp.org/rec/journals/corr/abs-1706-03762.html',
    'arxiv:1706.03762',
    undefined,
    'other',
  ],
  [
    'https://dblp.uni-trier.de/rec/journals/corr/abs-1412-6980',
    'arxiv:1412.6980',
    undefined,
    'other',
  ],
  ['https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17', null],
  ['https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17.html', null],
  ['https://dblp.org/rec/journals/corr/abs-1706-03762.bib', null],
  // Not one paper: searches, authors, collections, malformed ids
  ['https://inspirehep.net/literature?q=higgs', null],
  ['https://inspirehep.net/authors/1010819', null],
  ['https://inspirehep.net/literature/abc', null],
  ['https://hal.science/search/index/?q=graphs', null],
  ['https://hal.science/hal-0123', null],
  ['https://hal.science/hal-01234567/metadata', null],
  ['https://inria.hal.science/', null],
  ['https://www.semanticscholar.org/search?q=transformer', null],
  ['https://www.semanticscholar.org/author/Yann-LeCun/1688882', null],
  ['https://www.semanticscholar.org/paper/ad7955d4', null],
  ['https://pdfs.semanticscholar.org/ad79/55d4e52a.pdf', null],
  ['https://dblp.org/pid/l/YannLeCun.html', null],
  ['https://dblp.org/search?q=attention', null],
  // Long hostile paths are refused in one pass
  [`https://hal.science/${'ab-'.repeat(300)}1234567`, null],
  [`https://pdfs.semanticscholar.org/${'a'.repeat(4)}/${'f'.repeat(900)}.pdf`, null],
];

describe('repository and index addresses', () => {
  checkUrlRows(rows);

  it.each([
    ['HAL', 'https://hal.science/hal-01234567v2', 'https://hal.science/hal-01234567v2/document'],
    [
      'Semantic Scholar',
      'https://www.semanticscholar.org/paper/ad7955d4e52abf6e87ecc25e478c20505fdc7476',
      'https://pdfs.semanticscholar.org/ad79/55d4e52abf6e87ecc25e478c20505fdc7476.pdf',
    ],
    [
      'DBLP CoRR record',
      'https://dblp.org/rec/journals/corr/abs-1706-03762',
      'https://arxiv.org/pdf/1706.03762v7',
    ],
  ])('%s: the landing page and its PDF are one paper', (_venue, landing, pdf) => {
    sharedKey([landing, pdf]);
  });

  it('an INSPIRE file is left to the PDF: it is known by its address until its metadata links it', () => {
    const file = identifyPdfUrl('https://inspirehep.net/files/d49a276d7d2370cce978dd900d94ab84');
    expect(file.kind).toBe('url');
  });
});
