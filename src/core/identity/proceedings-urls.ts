/**
 * Proceedings of CS and ML venues, whose addresses name the paper by the venue's own number or
 * file name: CVF open access, IJCAI, IEEE Xplore, JMLR, PMLR, NeurIPS.
 */
import type { PaperFormat, PaperIdentity } from './paper-identity';
import { pathSegments, plainNumber, queryValue, type HostRules, type UrlRule } from './url-rule';
import { venueIdentity } from './venue-identity';

/** "<Author>_<Title words>_CVPR_2020_paper": unique, as the venue and year are in it. */
const CVF_FILE = /^([A-Za-z0-9][\w.%'-]{0,250}_paper)\.(html|pdf)$/;

/**
 * openaccess.thecvf.com/content[_cvpr_2016|/CVPR2021[W/<workshop>]]/html/<file>.html and the same
 * folder's papers/<file>.pdf; cv-foundation.org/openaccess/... is the older host of the same files.
 */
const cvfRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'openaccess') parts.shift();
  if (parts.length < 3 || parts.length > 5 || !parts[0]!.startsWith('content')) return null;
  const m = CVF_FILE.exec(parts[parts.length - 1]!);
  const folder = parts[parts.length - 2];
  if (!m) return null;
  if (folder === 'html' && m[2] === 'html') return venueIdentity('cvf', m[1]!, 'abstract');
  if (folder === 'papers' && m[2] === 'pdf') return venueIdentity('cvf', m[1]!, 'pdf');
  return null;
};

const YEAR = /^(?:19|20)\d\d$/;

/** ijcai.org/proceedings/<year>/<n> and its PDF /proceedings/<year>/<0n>.pdf. */
const ijcaiRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length !== 3 || parts[0] !== 'proceedings' || !YEAR.test(parts[1]!)) return null;
  const isPdf = parts[2]!.endsWith('.pdf');
  const n = plainNumber(isPdf ? parts[2]!.slice(0, -4) : parts[2]!, 4);
  return n ? venueIdentity('ijcai', `${parts[1]}/${n}`, isPdf ? 'pdf' : 'abstract') : null;
};

function ieeeIdentity(
  arnumber: string | null | undefined,
  format: PaperFormat,
): PaperIdentity | null {
  const n = arnumber ? plainNumber(arnumber, 10) : null;
  return n ? venueIdentity('ieee', n, format) : null;
}

/** The old article pages that take ?arnumber=N. */
const IEEE_ARNUMBER_PAGES = new Set([
  '/xpl/articleDetails.jsp',
  '/xpls/abs_all.jsp',
  '/xpl/freeabs_all.jsp',
  '/xpls/icp.jsp',
]);
const IEEE_PDF_PAGES = new Set(['/stamp/stamp.jsp', '/stampPDF/getPDF.jsp']);
/** The PDF store: /ielx7/<publication>/<issue>/<zero-padded arnumber>.pdf. */
const IEEE_FILE_FOLDER = /^iel[x]?\d{1,2}$/;

/**
 * ieeexplore.ieee.org/document/N[/<tab>], /abstract/document/N, the PDF frames stamp/stamp.jsp and
 * stampPDF/getPDF.jsp (?arnumber=N), and the PDF files under /ielx7/.
 */
const ieeeRule: UrlRule = (url) => {
  const path = url.pathname;
  if (IEEE_PDF_PAGES.has(path)) return ieeeIdentity(queryValue(url, 'arnumber'), 'pdf');
  if (IEEE_ARNUMBER_PAGES.has(path)) return ieeeIdentity(queryValue(url, 'arnumber'), 'abstract');
  const parts = pathSegments(path);
  if (parts[0] === 'abstract') parts.shift();
  if (parts[0] === 'document' && (parts.length === 2 || parts.length === 3))
    return ieeeIdentity(parts[1], parts.length === 2 ? 'abstract' : 'other');
  if (parts.length === 4 && IEEE_FILE_FOLDER.test(parts[0]!) && parts[3]!.endsWith('.pdf'))
    return ieeeIdentity(queryValue(url, 'arnumber') ?? parts[3]!.slice(0, -4), 'pdf');
  return null;
};

/** JMLR's and PMLR's paper names: "bergstra12a", "20-074", "husain21a". */
const PAPER_NAME = /^[A-Za-z0-9][\w-]{0,60}$/;
const VOLUME = /^v(\d{1,4})$/;

/**
 * "v<N>/<name>.html|.pdf" or "<volume folder>/<name>/<name>.pdf" as a volume and a name; the PDF
 * must be the paper's own (not "<name>-supp.pdf").
 */
function volumePaper(parts: string[], volume: RegExp): [string, PaperFormat] | null {
  const v = volume.exec(parts[0] ?? '');
  const volumeNumber = v ? plainNumber(v[1]!, 4) : null;
  if (!volumeNumber) return null;
  let name: string;
  let format: PaperFormat = 'pdf';
  if (parts.length === 2) {
    const file = parts[1]!;
    const dot = file.lastIndexOf('.');
    const extension = file.slice(dot + 1);
    if (dot < 0 || (extension !== 'html' && extension !== 'pdf')) return null;
    name = file.slice(0, dot);
    if (extension === 'html') format = 'abstract';
  } else if (parts.length === 3 && parts[2] === `${parts[1]}.pdf`) {
    name = parts[1]!;
  } else return null;
  return PAPER_NAME.test(name) ? [`v${volumeNumber}/${name}`, format] : null;
}

/** jmlr.org/papers/v13/<name>.html, /papers/v13/<name>.pdf, /papers/volume13/<name>/<name>.pdf. */
const jmlrRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'proceedings' && parts[1] === 'papers') return pmlrPaper(parts.slice(2));
  if (parts[0] !== 'papers') return null;
  const paper = volumePaper(parts.slice(1), /^v(?:olume)?(\d{1,4})$/);
  return paper ? venueIdentity('jmlr', paper[0], paper[1]) : null;
};

function pmlrPaper(parts: string[]): PaperIdentity | null {
  const paper = volumePaper(parts, VOLUME);
  return paper ? venueIdentity('pmlr', paper[0], paper[1]) : null;
}

/** proceedings.mlr.press/v130/<name>.html and /v130/<name>/<name>.pdf (JMLR once hosted it). */
const pmlrRule: UrlRule = (url) => pmlrPaper(pathSegments(url.pathname));

/** "<hash>-Abstract[-<track>].html" and "<hash>-Paper[-<track>].pdf". */
const NEURIPS_FILE = /^([0-9a-f]{32})-(Abstract|Paper)(?:-[A-Za-z0-9_]{1,40})?\.(html|pdf)$/;

/**
 * proceedings.neurips.cc/paper/<year>/hash/<hash>-Abstract.html and .../file/<hash>-Paper.pdf,
 * also under /paper_files/paper/<year>/ and on papers.nips.cc and the datasets track's host.
 */
const neuripsRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'paper_files') parts.shift();
  if (parts.length !== 4 || parts[0] !== 'paper' || !YEAR.test(parts[1]!)) return null;
  const m = NEURIPS_FILE.exec(parts[3]!);
  if (!m) return null;
  const local = `${parts[1]}/${m[1]}`;
  if (parts[2] === 'hash' && m[2] === 'Abstract' && m[3] === 'html')
    return venueIdentity('neurips', local, 'abstract');
  if (parts[2] === 'file' && m[2] === 'Paper' && m[3] === 'pdf')
    return venueIdentity('neurips', local, 'pdf');
  return null;
};

export const PROCEEDINGS_HOST_RULES: HostRules = [
  ['openaccess.thecvf.com', cvfRule],
  ['cv-foundation.org', cvfRule],
  ['ijcai.org', ijcaiRule],
  ['ieeexplore.ieee.org', ieeeRule],
  ['jmlr.org', jmlrRule],
  ['jmlr.csail.mit.edu', jmlrRule],
  ['proceedings.mlr.press', pmlrRule],
  ['proceedings.neurips.cc', neuripsRule],
  ['papers.nips.cc', neuripsRule],
  ['papers.neurips.cc', neuripsRule],
  ['datasets-benchmarks-proceedings.neurips.cc', neuripsRule],
];
