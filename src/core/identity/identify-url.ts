/**
 * Which paper a URL shows, for every address form of the sites readers open papers on. The URL is
 * parsed once; each site's rule reads the parts it needs. Unknown or malformed forms give null,
 * never a guess.
 */
import { parseArxivId } from './arxiv';
import { canonicalUrl } from './canonical-url';
import { DOI_HOST_RULES, identifyDoiPath } from './doi-urls';
import { JOURNAL_HOST_RULES } from './journal-urls';
import { makeIdentity, type PaperFormat, type PaperIdentity } from './paper-identity';
import { PROCEEDINGS_HOST_RULES } from './proceedings-urls';
import { PUBMED_HOST_RULES } from './pubmed-urls';
import { halRule, isHalHost, REPOSITORY_HOST_RULES } from './repository-urls';
import { firstSegment, queryValue, type HostRules, type UrlRule } from './url-rule';

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
  const rule = RULES_BY_HOST.get(host) ?? (isHalHost(host) ? halRule : undefined);
  return rule?.(parsed) ?? identifyDoiPath(parsed.pathname);
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

// OpenReview, ACL Anthology, bioRxiv -----------------------------------------------------------

const OPENREVIEW_ID = /^[A-Za-z0-9_-]{5,40}$/;
const OPENREVIEW_VIEWS: Record<string, PaperFormat> = { '/forum': 'abstract', '/pdf': 'pdf' };

/** forum?id=X and pdf?id=X are one paper; ids are case-sensitive. */
const openReviewRule: UrlRule = (url) => {
  const format = OPENREVIEW_VIEWS[url.pathname];
  const id = format ? queryValue(url, 'id') : null;
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

const ARXIV_HOST_RULES: HostRules = [
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
  ['openreview.net', openReviewRule],
  ['aclanthology.org', aclAnthologyRule],
  ['aclweb.org', aclWebRule],
  ['biorxiv.org', biorxivRule],
  ['medrxiv.org', biorxivRule],
];

/** Host without "www." to its rule. */
const RULES_BY_HOST = new Map<string, UrlRule>([
  ...ARXIV_HOST_RULES,
  ...DOI_HOST_RULES,
  ...JOURNAL_HOST_RULES,
  ...PUBMED_HOST_RULES,
  ...PROCEEDINGS_HOST_RULES,
  ...REPOSITORY_HOST_RULES,
]);
