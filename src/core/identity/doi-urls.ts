/**
 * Publisher addresses that carry the paper's DOI, or a number its DOI is made of (RSC's article
 * id, SSRN's abstract id): both the landing page and the PDF reach the DOI's key.
 */
import { identityFromDoi } from './identity-from-doi';
import type { PaperFormat, PaperIdentity } from './paper-identity';
import {
  firstSegment,
  pathSegments,
  plainNumber,
  queryValue,
  stripSuffix,
  type HostRules,
  type UrlRule,
} from './url-rule';

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

/** The view word older Wiley and T&F addresses put after the DOI: "/doi/10.1002/x/full". */
const TRAILING_DOI_VIEWS: [string, PaperFormat][] = [
  ['/abstract', 'abstract'],
  ['/full', 'html'],
  ['/pdf', 'pdf'],
  ['/epdf', 'pdf'],
];

/** Any site: "/doi/10.x/y", "/doi/<view>/10.x/y", "/doi/10.x/y/<view>". */
export function identifyDoiPath(path: string): PaperIdentity | null {
  const at = path.indexOf('/doi/');
  if (at < 0) return null;
  let rest = stripSuffix(path.slice(at + 5), '/');
  let format: PaperFormat = 'abstract';
  if (rest.startsWith('10.')) {
    for (const [suffix, trailingFormat] of TRAILING_DOI_VIEWS) {
      if (rest.endsWith(suffix)) {
        rest = rest.slice(0, -suffix.length);
        format = trailingFormat;
        break;
      }
    }
  } else {
    const [view, tail] = firstSegment(`/${rest}`);
    const viewFormat = DOI_VIEWS[view];
    if (!viewFormat || !tail.startsWith('10.')) return null;
    format = viewFormat;
    rest = tail;
  }
  return identityFromDoi(rest, undefined, format);
}

/** dl.acm.org's old citation.cfm?doid=<suffix> (the newer /doi/ forms are read by identifyDoiPath). */
const acmRule: UrlRule = (url) => {
  const doid = url.pathname === '/citation.cfm' ? queryValue(url, 'doid') : null;
  return doid ? identityFromDoi(`10.1145/${doid}`, undefined, 'abstract') : null;
};

const SPRINGER_VIEWS: [string, PaperFormat][] = [
  ['/article/', 'abstract'],
  ['/chapter/', 'abstract'],
  ['/referenceworkentry/', 'abstract'],
  ['/protocol/', 'abstract'],
  ['/content/pdf/', 'pdf'],
];

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
  const id = queryValue(url, 'id');
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

/** What follows the DOI on iopscience.iop.org/article/<doi>[/<view>]. */
const IOP_VIEWS: [string, PaperFormat][] = [
  ['/pdf', 'pdf'],
  ['/ampdf', 'pdf'],
  ['/meta', 'abstract'],
  ['/fulltext', 'html'],
];

/** IOP's DOIs hold slashes of their own (10.1088/1742-6596/1234/1/012001). */
const iopRule: UrlRule = (url) => {
  const [view, rest] = firstSegment(url.pathname);
  if (view !== 'article' || !rest.startsWith('10.')) return null;
  let doi = stripSuffix(rest, '/');
  let format: PaperFormat = 'abstract';
  for (const [suffix, viewFormat] of IOP_VIEWS) {
    if (doi.endsWith(suffix)) {
      doi = doi.slice(0, -suffix.length);
      format = viewFormat;
      break;
    }
  }
  return identityFromDoi(doi, undefined, format);
};

const RSC_VIEWS: Record<string, PaperFormat> = {
  articlelanding: 'abstract',
  articlehtml: 'html',
  articlepdf: 'pdf',
};
/** "c9sc01234a", "b716554d", "cs9932200153": the tail of the article's DOI, 10.1039/<id>. */
const RSC_ARTICLE_ID = /^[a-z]{1,3}\d[a-z0-9]{4,10}$/i;

/** pubs.rsc.org/<lang>/content/articlelanding|articlepdf|articlehtml/<year>/<journal>/<id>. */
const rscRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length !== 6 || parts[1]!.toLowerCase() !== 'content') return null;
  const format = RSC_VIEWS[parts[2]!.toLowerCase()];
  const id = parts[5]!;
  if (!format || !RSC_ARTICLE_ID.test(id)) return null;
  return identityFromDoi(`10.1039/${id}`, undefined, format);
};

/** SSRN registers 10.2139/ssrn.<abstract id> for every paper it hosts. */
function ssrnIdentity(abstractId: string | null, format: PaperFormat): PaperIdentity | null {
  const n = abstractId === null ? null : plainNumber(abstractId, 9);
  return n ? identityFromDoi(`10.2139/ssrn.${n}`, undefined, format) : null;
}

/** papers.ssrn.com/sol3/papers.cfm?abstract_id=N, and /sol3/Delivery.cfm[/file.pdf]?abstractid=N. */
const ssrnPapersRule: UrlRule = (url) => {
  const path = url.pathname.toLowerCase();
  if (path === '/sol3/papers.cfm') return ssrnIdentity(queryValue(url, 'abstract_id'), 'abstract');
  if (path === '/sol3/delivery.cfm' || path.startsWith('/sol3/delivery.cfm/'))
    return ssrnIdentity(queryValue(url, 'abstractid'), 'pdf');
  return null;
};

/** ssrn.com/abstract=N. */
const ssrnShortRule: UrlRule = (url) =>
  url.pathname.startsWith('/abstract=')
    ? ssrnIdentity(stripSuffix(url.pathname.slice(10), '/'), 'abstract')
    : null;

export const DOI_HOST_RULES: HostRules = [
  ['doi.org', doiResolverRule],
  ['dx.doi.org', doiResolverRule],
  ['dl.acm.org', acmRule],
  ['link.springer.com', springerRule],
  ['nature.com', natureRule],
  ['journals.aps.org', apsRule],
  ['journals.plos.org', plosRule],
  ['frontiersin.org', frontiersRule],
  ['iopscience.iop.org', iopRule],
  ['pubs.rsc.org', rscRule],
  ['papers.ssrn.com', ssrnPapersRule],
  ['ssrn.com', ssrnShortRule],
];
