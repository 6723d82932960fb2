import { describe, expect, it } from 'vitest';
import { checkUrlRows, sharedKey, type UrlRow } from './url-rows.fixture';

const SD = 'venue:elsevier/S2589721721000349';
const CELL = 'venue:elsevier/S0092867420301234';
const LANCET = 'venue:elsevier/S0140673620301835';
const OUP = 'venue:oup/bioinformatics/36/2/594';
const OUP_DOI = 'doi:10.1093/bioinformatics/btx657';
const MDPI = 'venue:mdpi/2076-3417/11/17/7782';

const rows: UrlRow[] = [
  // ScienceDirect: the article, its abstract, its PDF, the Elsevier reader, the PDF file itself
  ['https://www.sciencedirect.com/science/article/pii/S2589721721000349', SD, undefined, 'html'],
  [
    'https://www.sciencedirect.com/science/article/abs/pii/S2589721721000349',
    SD,
    undefined,
    'abstract',
  ],
  ['https://www.sciencedirect.com/science/article/am/pii/S2589721721000349', SD, undefined, 'html'],
  [
    'https://www.sciencedirect.com/science/article/pii/S2589721721000349/pdfft?md5=0a1b&pid=1-s2.0-S2589721721000349-main.pdf',
    SD,
    undefined,
    'pdf',
  ],
  ['https://www.sciencedirect.com/science/article/pii/S2589721721000349/pdf', SD, undefined, 'pdf'],
  [
    'https://reader.elsevier.com/reader/sd/pii/S2589721721000349?token=ABC&originRegion=eu-west-1',
    SD,
    undefined,
    'pdf',
  ],
  ['https://linkinghub.elsevier.com/retrieve/pii/S2589721721000349', SD, undefined, 'other'],
  [
    'https://pdf.sciencedirectassets.com/318498/1-s2.0-S2589721721X00018/1-s2.0-S2589721721000349/main.pdf?X-Amz-Date=20240101',
    SD,
    undefined,
    'pdf',
  ],
  ['https://www.sciencedirect.com/science/article/pii/s2589721721000349', SD, undefined, 'html'],
  [
    'https://www.sciencedirect.com/science/article/pii/B9780128012383000011',
    'venue:elsevier/B9780128012383000011',
    undefined,
    'html',
  ],
  ['https://www.sciencedirect.com/science/article/pii/S016773X19300001', null],
  // Cell Press and The Lancet: the same PII, written with dashes and brackets
  ['https://www.cell.com/cell/fulltext/S0092-8674(20)30123-4', CELL, undefined, 'html'],
  ['https://www.cell.com/cell/pdf/S0092-8674(20)30123-4.pdf', CELL, undefined, 'pdf'],
  ['https://www.cell.com/cell/abstract/S0092-8674(20)30123-4', CELL, undefined, 'abstract'],
  ['https://www.cell.com/action/showPdf?pii=S0092-8674(20)30123-4', CELL, undefined, 'pdf'],
  [
    'https://www.cell.com/trends/cognitive-sciences/fulltext/S0092-8674(20)30123-4',
    CELL,
    undefined,
    'html',
  ],
  [
    'https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/fulltext',
    LANCET,
    undefined,
    'html',
  ],
  ['https://www.thelancet.com/action/showPdf?pii=S0140-6736(20)30183-5', LANCET, undefined, 'pdf'],
  // OUP: the article and its PDF share journal, volume, issue and first page (not their numbers)
  ['https://academic.oup.com/bioinformatics/article/36/2/594/5538985', OUP, undefined, 'html'],
  [
    'https://academic.oup.com/bioinformatics/article-abstract/36/2/594/5538985',
    OUP,
    undefined,
    'abstract',
  ],
  [
    'https://academic.oup.com/bioinformatics/article-pdf/36/2/594/31962762/btz581.pdf',
    OUP,
    undefined,
    'pdf',
  ],
  [
    'https://academic.oup.com/bioinformatics/article-pdf/36/Supplement_2/i857/35337038/btaa817.pdf',
    'venue:oup/bioinformatics/36/Supplement_2/i857',
    undefined,
    'pdf',
  ],
  [
    'https://academic.oup.com/nar/article/49/D1/D10/6018440',
    'venue:oup/nar/49/D1/D10',
    undefined,
    'html',
  ],
  [
    'https://academic.oup.com/bioinformatics/advance-article/doi/10.1093/bioinformatics/btx657/4562328',
    OUP_DOI,
    undefined,
    'html',
  ],
  [
    'https://academic.oup.com/bioinformatics/article-pdf/doi/10.1093/bioinformatics/btx657/21358327/btx657.pdf',
    OUP_DOI,
    undefined,
    'pdf',
  ],
  // MDPI: ISSN, volume, issue, article, then the view
  ['https://www.mdpi.com/2076-3417/11/17/7782', MDPI, undefined, 'abstract'],
  ['https://www.mdpi.com/2076-3417/11/17/7782/htm', MDPI, undefined, 'html'],
  ['https://www.mdpi.com/2076-3417/11/17/7782/pdf?version=1629802093', MDPI, undefined, 'pdf'],
  ['https://www.mdpi.com/1424-8220/20/3/123X', null],
  // Not one paper: journals, issues, searches
  ['https://www.sciencedirect.com/journal/artificial-intelligence', null],
  ['https://www.sciencedirect.com/search?qs=transformer', null],
  ['https://www.sciencedirect.com/science/article/pii/', null],
  ['https://www.cell.com/cell/current', null],
  ['https://www.cell.com/cell/fulltext/', null],
  ['https://www.thelancet.com/journals/lancet/issue/current', null],
  ['https://academic.oup.com/bioinformatics/issue/36/2', null],
  ['https://academic.oup.com/bioinformatics/search-results?q=alignment', null],
  ['https://academic.oup.com/bioinformatics/article/36/2/594', null],
  ['https://www.mdpi.com/journal/applsci', null],
  ['https://www.mdpi.com/2076-3417/11/17', null],
  ['https://www.mdpi.com/search?q=sensors', null],
];

describe('journal platforms that name articles by their own number', () => {
  checkUrlRows(rows);

  it.each([
    [
      'ScienceDirect',
      'https://www.sciencedirect.com/science/article/pii/S2589721721000349',
      'https://reader.elsevier.com/reader/sd/pii/S2589721721000349',
    ],
    [
      'Cell',
      'https://www.cell.com/cell/fulltext/S0092-8674(20)30123-4',
      'https://www.cell.com/cell/pdf/S0092-8674(20)30123-4.pdf',
    ],
    [
      'OUP',
      'https://academic.oup.com/bioinformatics/article/36/2/594/5538985',
      'https://academic.oup.com/bioinformatics/article-pdf/36/2/594/31962762/btz581.pdf',
    ],
    [
      'MDPI',
      'https://www.mdpi.com/2076-3417/11/17/7782',
      'https://www.mdpi.com/2076-3417/11/17/7782/pdf',
    ],
  ])('%s: the landing page and its PDF are one paper', (_venue, landing, pdf) => {
    expect(sharedKey([landing, pdf])).toMatch(/^venue:/);
  });

  it('a Cell article and its ScienceDirect copy are one paper: one PII', () => {
    sharedKey([
      'https://www.cell.com/cell/fulltext/S0092-8674(20)30123-4',
      'https://www.sciencedirect.com/science/article/pii/S0092867420301234',
    ]);
  });
});
