/**
 * Which paper a URL shows, for every address form of the sites readers open papers on. The URL is
 * parsed once; each site's rule reads the parts it needs. Unknown or malformed forms give null,
 * never a guess.
 */
import { parseArxivId } from './arxiv';
import { canonicalUrl } from './canonical-url';
import { identityFromDoi } from './identity-from-doi';
import { makeIdentity, type PaperFormat, type PaperIdentity } from './paper-identity';

type UrlRule = (url: URL) => PaperIdentity | null;

export function identifyUrl(url: string): PaperIdentity | null {
  if (typeof url !== 'string' || url.length > 4096) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.startsWith('www.') ? parsed.hostname.slice(4) : parsed.hostname;
  return RULES_BY_HOST.get(host)?.(parsed) ?? identifyDoiPath(parsed.pathname);
}

/**
 * The identity of a tab known to hold a PDF: its paper if the URL has a known form, otherwise
 * the canonical URL (until pdf.js's fingerprint can link it to a paper already in the library).
 */
export function identifyPdfUrl(url: string): PaperIdentity {
  const known = identifyUrl(url);
  if (known) return { ...known, format: 'pdf' };
  return makeIdentity('url', canonicalUrl(url) ?? url.trim(), undefined, 'pdf');
}

// arXiv and its mirrors ----------------------------------------------------------------------

const ARXIV_VIEWS: Record<string, PaperFormat> = { abs: 'abstract', pdf: 'pdf', html: 'html' };

/** "<id>[vN][.pdf][/]" as the tail of a path; the id may itself hold a slash (old style). */
function arxivIdentity(tail: string, format: PaperFormat): PaperIdentity | null {
  const id = parseArxivId(tail.endsWith('/') ? tail.slice(0, -1) : tail);
  return id ? makeIdentity('arxiv', id.id, id.version, format) : null;
}

/** Splits "/view/rest" into its first segment and the rest. */
function firstSegment(path: string): [string, string] {
  const end = path.indexOf('/', 1);
  return end < 0 ? [path.slice(1), ''] : [path.slice(1, end), path.slice(end + 1)];
}

const arxivRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  if (view === 'ftp') return arxivFtpIdentity(rest);
  const format = ARXIV_VIEWS[view];
  return format ? arxivIdentity(rest, format) : null;
};

/** /ftp/arxiv/papers/1706/1706.03762.pdf and /ftp/hep-th/papers/9901/9901001.pdf. */
function arxivFtpIdentity(rest: string): PaperIdentity | null {
  const parts = rest.split('/');
  if (parts.length !== 4 || parts[1] !== 'papers') return null;
  const [archive, , yymm, file] = parts as [string, string, string, string];
  if (!file.endsWith('.pdf') || !file.startsWith(yymm)) return null;
  return arxivIdentity(archive === 'arxiv' ? file : `${archive}/${file}`, 'pdf');
}

const ar5ivRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  return view === 'html' || view === 'abs' ? arxivIdentity(rest, 'html') : null;
};

const ALPHAXIV_VIEWS: Record<string, PaperFormat> = {
  abs: 'abstract',
  overview: 'other',
  pdf: 'pdf',
};

const alphaxivRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  const format = ALPHAXIV_VIEWS[view];
  return format ? arxivIdentity(rest, format) : null;
};

const huggingFaceRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  return view === 'papers' ? arxivIdentity(rest, 'abstract') : null;
};

// DOIs -----------------------------------------------------------------------------------------

const doiResolverRule: UrlRule = (url) =>
  identityFromDoi(url.pathname.slice(1), undefined, 'other');

/** The word after "/doi/" on publisher sites (Wiley, ACM, T&F, SAGE, Science, PNAS, ACS, ...). */
const DOI_VIEWS: Record<string, PaperFormat> = {
  abs: 'abstract',
  abstract: 'abstract',
  book: 'abstract',
  full: 'html',
  fullHtml: 'html',
  epub: 'other',
  pdf: 'pdf',
  epdf: 'pdf',
  pdfdirect: 'pdf',
  pdfplus: 'pdf',
  reader: 'pdf',
};

/** Any site: "/doi/10.x/y", "/doi/<view>/10.x/y". */
function identifyDoiPath(path: string): PaperIdentity | null {
  const at = path.indexOf('/doi/');
  if (at < 0) return null;
  let rest = path.slice(at + 5);
  let format: PaperFormat = 'abstract';
  if (!rest.startsWith('10.')) {
    const [view, tail] = firstSegment(`/${rest}`);
    const viewFormat = DOI_VIEWS[view];
    if (!viewFormat || !tail.startsWith('10.')) return null;
    format = viewFormat;
    rest = tail;
  }
  return identityFromDoi(rest.endsWith('/') ? rest.slice(0, -1) : rest, undefined, format);
}

/** link.springer.com/article/10.x/y, /chapter/10.x/y, /content/pdf/10.x/y.pdf. */
const springerRule: UrlRule = (url) => {
  const path = url.pathname;
  for (const [prefix, format] of SPRINGER_VIEWS) {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      return identityFromDoi(
        format === 'pdf' ? stripSuffix(rest, '.pdf') : rest,
        undefined,
        format,
      );
    }
  }
  return null;
};

const SPRINGER_VIEWS: [string, PaperFormat][] = [
  ['/article/', 'abstract'],
  ['/chapter/', 'abstract'],
  ['/content/pdf/', 'pdf'],
];

/** nature.com/articles/<slug>: every article's DOI is 10.1038/<slug>. */
const natureRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  if (view !== 'articles' || rest === '' || rest.includes('/')) return null;
  const isPdf = rest.endsWith('.pdf');
  return identityFromDoi(
    `10.1038/${isPdf ? rest.slice(0, -4) : rest}`,
    undefined,
    isPdf ? 'pdf' : 'abstract',
  );
};

/** journals.aps.org/<journal>/abstract|pdf/10.1103/<suffix>. */
const apsRule: UrlRule = (url) => {
  const parts = url.pathname.split('/');
  if (parts.length !== 5) return null;
  const format = parts[2] === 'abstract' ? 'abstract' : parts[2] === 'pdf' ? 'pdf' : null;
  return format ? identityFromDoi(`${parts[3]}/${parts[4]}`, undefined, format) : null;
};

/** journals.plos.org/<journal>/article?id=10.1371/..., and /article/file?id=...&type=printable. */
const plosRule: UrlRule = (url) => {
  const id = url.searchParams.get('id');
  if (!id) return null;
  const path = url.pathname;
  if (path.endsWith('/article')) return identityFromDoi(id, undefined, 'abstract');
  if (path.endsWith('/article/file')) return identityFromDoi(id, undefined, 'pdf');
  return null;
};

/** frontiersin.org/articles/10.3389/<suffix>[/full|/pdf|/abstract]. */
const FRONTIERS_VIEWS: Record<string, PaperFormat> = {
  full: 'html',
  pdf: 'pdf',
  abstract: 'abstract',
};
const frontiersRule: UrlRule = (url) => {
  const parts = url.pathname.split('/');
  if (parts[1] !== 'articles' || parts.length < 4 || parts.length > 5) return null;
  const format = parts.length === 5 ? FRONTIERS_VIEWS[parts[4]!] : 'abstract';
  return format ? identityFromDoi(`${parts[2]}/${parts[3]}`, undefined, format) : null;
};

// OpenReview, ACL Anthology, bioRxiv -----------------------------------------------------------

const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,40}$/;
const OPENREVIEW_VIEWS: Record<string, PaperFormat> = { '/forum': 'abstract', '/pdf': 'pdf' };

/** forum?id=X and pdf?id=X are one paper; ids are case-sensitive. */
const openReviewRule: UrlRule = (url) => {
  const format = OPENREVIEW_VIEWS[url.pathname];
  const id = format ? url.searchParams.get('id') : null;
  return id && OPENREVIEW_ID.test(id) ? makeIdentity('openreview', id, undefined, format) : null;
};

/** Old style P19-1001 (venue letter, year, number); new style 2020.acl-main.447. */
const ACL_OLD_ID = /^([A-Za-z])(\d\d)-(\d{4})$/;
const ACL_NEW_ID = /^\d{4}\.[a-z0-9]+(?:-[a-z0-9]+)*\.\d{1,4}$/i;
const ACL_VERSION = /v([1-9]\d?)$/;

function aclIdentity(segment: string): PaperIdentity | null {
  let name = segment;
  let format: PaperFormat = 'abstract';
  if (name.endsWith('.pdf')) {
    format = 'pdf';
    name = name.slice(0, -4);
  }
  let version: string | undefined;
  const v = format === 'pdf' ? ACL_VERSION.exec(name) : null;
  if (v) {
    version = `v${v[1]}`;
    name = name.slice(0, v.index);
  }
  if (ACL_OLD_ID.test(name)) return makeIdentity('acl', name.toUpperCase(), version, format);
  if (ACL_NEW_ID.test(name)) return makeIdentity('acl', name.toLowerCase(), version, format);
  return null;
}

/** aclanthology.org/<id>[/|.pdf]. */
const aclAnthologyRule: UrlRule = (url) => {
  const [segment, rest] = firstSegment(url.pathname);
  return rest === '' ? aclIdentity(segment) : null;
};

/** The legacy aclweb.org/anthology/<id>[.pdf] and /anthology/P/P19/<id>.pdf. */
const aclWebRule: UrlRule = (url) => {
  const parts = url.pathname.split('/');
  if (parts[1] !== 'anthology') return null;
  if (parts[parts.length - 1] === '') parts.pop();
  if (parts.length !== 3 && parts.length !== 5) return null;
  return aclIdentity(parts[parts.length - 1]!);
};

/** The tail after "10.1101/": suffix, version, then the page's view of the paper. */
const BIORXIV_TAIL =
  /^(\d{4}\.\d\d\.\d\d\.\d{6,8}|\d{6})(?:v(\d{1,3}))?(\.full\.pdf(?:\+html)?|\.full-text|\.full|\.abstract|\.article-info|\.article-metrics|\.supplementary-material)?\/?$/;
const BIORXIV_VIEWS: Record<string, PaperFormat> = {
  '': 'abstract',
  '.abstract': 'abstract',
  '.full': 'html',
  '.full-text': 'html',
  '.full.pdf': 'pdf',
  '.full.pdf+html': 'pdf',
};

/** biorxiv.org|medrxiv.org/content/10.1101/<suffix>[vN][.full.pdf|.full|.abstract]. */
const biorxivRule: UrlRule = (url) => {
  const path = url.pathname;
  if (!path.startsWith('/content/10.1101/')) return null;
  const m = BIORXIV_TAIL.exec(path.slice(17));
  if (!m) return null;
  const version = m[2] === undefined ? undefined : `v${m[2]}`;
  const format = BIORXIV_VIEWS[m[3] ?? ''] ?? 'other';
  return makeIdentity('biorxiv', `10.1101/${m[1]}`, version, format);
};

function stripSuffix(s: string, suffix: string): string {
  return s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
}

/** Host without "www." to its rule. */
const RULES_BY_HOST = new Map<string, UrlRule>([
  ['arxiv.org', arxivRule],
  ['export.arxiv.org', arxivRule],
  ['browse.arxiv.org', arxivRule],
  ['lanl.arxiv.org', arxivRule],
  ['xxx.lanl.gov', arxivRule],
  ['ar5iv.labs.arxiv.org', ar5ivRule],
  ['ar5iv.org', ar5ivRule],
  ['alphaxiv.org', alphaxivRule],
  ['huggingface.co', huggingFaceRule],
  ['hf.co', huggingFaceRule],
  ['doi.org', doiResolverRule],
  ['dx.doi.org', doiResolverRule],
  ['link.springer.com', springerRule],
  ['nature.com', natureRule],
  ['journals.aps.org', apsRule],
  ['journals.plos.org', plosRule],
  ['frontiersin.org', frontiersRule],
  ['openreview.net', openReviewRule],
  ['aclanthology.org', aclAnthologyRule],
  ['aclweb.org', aclWebRule],
  ['biorxiv.org', biorxivRule],
  ['medrxiv.org', biorxivRule],
]);
