import { describe, expect, it } from 'vitest';
import { checkUrlRows, sharedKey, type UrlRow } from './url-rows.fixture';

const PMC = 'venue:pmc/PMC7249434';
const PUBMED = 'venue:pubmed/32456789';
const PPR = 'venue:europepmc/PPR123456';

const rows: UrlRow[] = [
  // PubMed Central on NCBI's old and new hosts: the article and its PDF
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434', PMC, undefined, 'html'],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/', PMC, undefined, 'html'],
  [
    'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/pdf/12961_2020_Article_544.pdf',
    PMC,
    undefined,
    'pdf',
  ],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/pdf/', PMC, undefined, 'pdf'],
  ['https://pmc.ncbi.nlm.nih.gov/articles/PMC7249434/', PMC, undefined, 'html'],
  [
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC7249434/pdf/12961_2020_Article_544.pdf',
    PMC,
    undefined,
    'pdf',
  ],
  ['https://pmc.ncbi.nlm.nih.gov/articles/pmc7249434/', PMC, undefined, 'html'],
  // PubMed records
  ['https://pubmed.ncbi.nlm.nih.gov/32456789/', PUBMED, undefined, 'abstract'],
  ['https://www.ncbi.nlm.nih.gov/pubmed/32456789', PUBMED, undefined, 'abstract'],
  // Europe PMC: PMC ids meet NCBI's, MED ids PubMed's; its preprints and files
  ['https://europepmc.org/article/PMC/PMC7249434', PMC, undefined, 'html'],
  ['https://europepmc.org/abstract/PMC/PMC7249434', PMC, undefined, 'abstract'],
  ['https://europepmc.org/articles/PMC7249434', PMC, undefined, 'html'],
  ['https://europepmc.org/articles/PMC7249434/pdf/nihms-123.pdf', PMC, undefined, 'pdf'],
  [
    'https://europepmc.org/backend/ptpmcrender.fcgi?accid=PMC7249434&blobtype=pdf',
    PMC,
    undefined,
    'pdf',
  ],
  ['https://europepmc.org/article/MED/32456789', PUBMED, undefined, 'abstract'],
  ['https://europepmc.org/abstract/MED/32456789', PUBMED, undefined, 'abstract'],
  ['https://europepmc.org/article/PPR/PPR123456', PPR, undefined, 'html'],
  [
    'https://europepmc.org/api/fulltextRepo?pprId=PPR123456&type=FILE&fileName=EMS123-pdf.pdf',
    PPR,
    undefined,
    'pdf',
  ],
  // Not one paper: searches, figures, the sites' other pages, malformed ids
  ['https://www.ncbi.nlm.nih.gov/pmc/?term=crispr', null],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/figure/F1/', null],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMCabc/', null],
  ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC0/', null],
  ['https://pmc.ncbi.nlm.nih.gov/search/?term=crispr', null],
  ['https://pubmed.ncbi.nlm.nih.gov/?term=crispr', null],
  ['https://pubmed.ncbi.nlm.nih.gov/trending/', null],
  ['https://europepmc.org/search?query=crispr', null],
  ['https://europepmc.org/article/XYZ/123', null],
  ['https://europepmc.org/backend/ptpmcrender.fcgi?accid=PMC7249434&blobtype=xml', null],
];

describe('PubMed Central, PubMed and Europe PMC addresses', () => {
  checkUrlRows(rows);

  it('a PMC article, its PDF and its Europe PMC copy are one paper', () => {
    expect(
      sharedKey([
        'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434',
        'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7249434/pdf/12961_2020_Article_544.pdf',
        'https://pmc.ncbi.nlm.nih.gov/articles/PMC7249434/pdf/12961_2020_Article_544.pdf',
        'https://europepmc.org/article/PMC/PMC7249434',
      ]),
    ).toBe(PMC);
  });

  it('a Europe PMC preprint and its file are one paper', () => {
    sharedKey([
      'https://europepmc.org/article/PPR/PPR123456',
      'https://europepmc.org/api/fulltextRepo?pprId=PPR123456&type=FILE',
    ]);
  });
});
