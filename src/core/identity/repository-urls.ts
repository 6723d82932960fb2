/**
 * Repositories and indexes that name a paper by their own record: INSPIRE, HAL, Semantic Scholar,
 * DBLP. A file named by a hash (INSPIRE's /files/<md5>) says nothing about its paper: the PDF's
 * own metadata links it later.
 */
import { parseArxivId } from './arxiv';
import { makeIdentity, type PaperFormat } from './paper-identity';
import { pathSegments, plainNumber, type HostRules, type UrlRule } from './url-rule';
import { venueIdentity } from './venue-identity';

/** inspirehep.net/literature/N, the older /record/N, and the API's /api/literature/N. */
const inspireRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'api') parts.shift();
  if (parts.length !== 2 || (parts[0] !== 'literature' && parts[0] !== 'record')) return null;
  const n = plainNumber(parts[1]!, 10);
  return n ? venueIdentity('inspire', n, 'abstract') : null;
};

/** "hal-01234567", "tel-01234567", "halshs-00123456", "hal-lirmm-01234567", with "v2" after it. */
const HAL_ID = /^([a-z]+(?:-[a-z]+)*-\d{8})(?:v(\d{1,3}))?$/;

/**
 * hal.science/<id>[vN], its /document and /file/<name>.pdf; on every portal (inria.hal.science,
 * theses.hal.science) and the older hal.archives-ouvertes.fr hosts.
 */
export const halRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  const m = HAL_ID.exec(parts[0] ?? '');
  if (!m) return null;
  let format: PaperFormat | null = null;
  if (parts.length === 1) format = 'abstract';
  else if (parts.length === 2 && parts[1] === 'document') format = 'pdf';
  else if (parts.length === 3 && parts[1] === 'file' && parts[2]!.endsWith('.pdf')) format = 'pdf';
  if (!format) return null;
  return venueIdentity('hal', m[1]!, format, m[2] === undefined ? undefined : `v${m[2]}`);
};

/** Hosts of HAL's portals besides those listed by name. */
export function isHalHost(host: string): boolean {
  return host.endsWith('.hal.science') || host.endsWith('.archives-ouvertes.fr');
}

const S2_PAPER_ID = /^[0-9a-f]{40}$/;

/**
 * semanticscholar.org/paper/[<title slug>/]<40 hex>, /reader/<40 hex> (its PDF reader), and
 * /arxiv/<arXiv id>, which names the arXiv paper.
 */
const semanticScholarRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'arxiv' && parts.length === 2) {
    const arxiv = parseArxivId(parts[1]!);
    return arxiv ? makeIdentity('arxiv', arxiv.id, arxiv.version, 'other') : null;
  }
  const id = parts[parts.length - 1] ?? '';
  if (!S2_PAPER_ID.test(id)) return null;
  if (parts[0] === 'paper' && (parts.length === 2 || parts.length === 3))
    return venueIdentity('s2', id, 'abstract');
  if (parts[0] === 'reader' && parts.length === 2) return venueIdentity('s2', id, 'pdf');
  return null;
};

/** pdfs.semanticscholar.org/<first 4 hex>/<other 36>.pdf: the paper's id, split. */
const semanticScholarPdfRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length !== 2 || !parts[1]!.endsWith('.pdf')) return null;
  const id = parts[0]! + parts[1]!.slice(0, -4);
  return id.length === 40 && S2_PAPER_ID.test(id) ? venueIdentity('s2', id, 'pdf') : null;
};

/** DBLP's key for an arXiv paper: "abs-1706-03762" is arXiv 1706.03762. */
const DBLP_CORR_KEY = /^abs-(\d{4})-(\d{4,5})(?:\.html)?$/;

/**
 * dblp.org/rec/journals/corr/abs-<arXiv id> names an arXiv paper. Every other record page names
 * the paper only through the links it shows (a DOI, an "ee" link), which the page's metadata
 * reads; its address alone says nothing, so it is not a paper here.
 */
const dblpRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length !== 4 || parts[0] !== 'rec' || parts[1] !== 'journals' || parts[2] !== 'corr')
    return null;
  const m = DBLP_CORR_KEY.exec(parts[3]!);
  if (!m) return null;
  const arxiv = parseArxivId(`${m[1]}.${m[2]}`);
  return arxiv ? makeIdentity('arxiv', arxiv.id, undefined, 'other') : null;
};

export const REPOSITORY_HOST_RULES: HostRules = [
  ['inspirehep.net', inspireRule],
  ['hal.science', halRule],
  ['hal.archives-ouvertes.fr', halRule],
  ['semanticscholar.org', semanticScholarRule],
  ['pdfs.semanticscholar.org', semanticScholarPdfRule],
  ['dblp.org', dblpRule],
  ['dblp.uni-trier.de', dblpRule],
];
