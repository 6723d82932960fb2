/**
 * Journal platforms whose addresses name the article by their own number, not its DOI: Elsevier's
 * PII (ScienceDirect, Cell Press, The Lancet), OUP's volume/issue/first page, MDPI's path.
 */
import { identityFromDoi } from './identity-from-doi';
import type { PaperFormat, PaperIdentity } from './paper-identity';
import { pathSegments, queryValue, stripSuffix, type HostRules, type UrlRule } from './url-rule';
import { venueIdentity } from './venue-identity';

/** "S0092867420301234" (S + ISSN + year + item + check), "B9780128012383000011" for books. */
const PII = /^[SB]\d{4}[\dX]{12,15}$/;

/** A PII in either spelling (Cell's "S0092-8674(20)30123-4" is the same id) as an identity. */
function piiIdentity(raw: string, format: PaperFormat): PaperIdentity | null {
  if (raw.length > 40) return null;
  const pii = raw.replace(/[-()]/g, '').toUpperCase();
  return PII.test(pii) ? venueIdentity('elsevier', pii, format) : null;
}

const SCIENCEDIRECT_VIEWS: Record<string, PaperFormat> = {
  pii: 'html',
  'abs/pii': 'abstract',
  'am/pii': 'html',
};

/** sciencedirect.com/science/article/[abs/]pii/<PII>[/pdf|/pdfft?...]. */
const scienceDirectRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] !== 'science' || parts[1] !== 'article') return null;
  const piiAt = parts.indexOf('pii');
  if (piiAt < 2 || piiAt > 3 || parts.length > piiAt + 3) return null;
  let format = SCIENCEDIRECT_VIEWS[parts.slice(2, piiAt + 1).join('/')];
  const tail = parts[piiAt + 2];
  if (tail !== undefined) format = tail === 'pdf' || tail === 'pdfft' ? 'pdf' : undefined;
  return format ? piiIdentity(parts[piiAt + 1] ?? '', format) : null;
};

/** reader.elsevier.com/reader/sd/pii/<PII>?token=...: the PDF reader. */
const elsevierReaderRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  return parts.length === 4 && parts[0] === 'reader' && parts[1] === 'sd' && parts[2] === 'pii'
    ? piiIdentity(parts[3]!, 'pdf')
    : null;
};

/** linkinghub.elsevier.com/retrieve/pii/<PII>: the redirect a DOI goes through. */
const elsevierLinkingRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  return parts.length === 3 && parts[0] === 'retrieve' && parts[1] === 'pii'
    ? piiIdentity(parts[2]!, 'other')
    : null;
};

/** pdf.sciencedirectassets.com/<n>/1-s2.0-<issue PII>/1-s2.0-<PII>/main.pdf: the PDF itself. */
const elsevierAssetsRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length !== 4 || parts[3] !== 'main.pdf' || !parts[2]!.startsWith('1-s2.0-'))
    return null;
  return piiIdentity(parts[2]!.slice(7), 'pdf');
};

/** The views Elsevier's journal sites (Cell Press, The Lancet) put beside the PII. */
const ELSEVIER_JOURNAL_VIEWS: Record<string, PaperFormat> = {
  fulltext: 'html',
  abstract: 'abstract',
  pdf: 'pdf',
  pdfExtended: 'pdf',
};

/** /action/showPdf?pii=<PII>: the PDF, on every Elsevier journal site. */
function shownPdf(url: URL): PaperIdentity | null {
  return piiIdentity(queryValue(url, 'pii') ?? '', 'pdf');
}

/** cell.com/<journal>/fulltext|abstract|pdf/<PII>[.pdf], and /action/showPdf?pii=<PII>. */
const cellRule: UrlRule = (url) => {
  if (url.pathname === '/action/showPdf') return shownPdf(url);
  const parts = pathSegments(url.pathname);
  if (parts.length < 3 || parts.length > 4) return null;
  const format = ELSEVIER_JOURNAL_VIEWS[parts[parts.length - 2]!];
  return format ? piiIdentity(stripSuffix(parts[parts.length - 1]!, '.pdf'), format) : null;
};

/** thelancet.com/journals/<journal>/article/PII<PII>/fulltext, and /action/showPdf?pii=<PII>. */
const lancetRule: UrlRule = (url) => {
  if (url.pathname === '/action/showPdf') return shownPdf(url);
  const parts = pathSegments(url.pathname);
  if (parts.length !== 5 || parts[0] !== 'journals' || parts[2] !== 'article') return null;
  const format = ELSEVIER_JOURNAL_VIEWS[parts[4]!];
  return format && parts[3]!.startsWith('PII') ? piiIdentity(parts[3]!.slice(3), format) : null;
};

const OUP_JOURNAL = /^[a-z][a-z0-9-]{1,40}$/;
const OUP_VOLUME = /^\d{1,4}$/;
const OUP_PART = /^[A-Za-z0-9_]{1,30}$/;
const OUP_NUMBER = /^\d{1,12}$/;

/**
 * academic.oup.com/<journal>/article[-abstract]/<vol>/<issue>/<first page>/<article no.> and
 * /article-pdf/<vol>/<issue>/<first page>/<file no.>/<name>.pdf: the two numbers differ, so the
 * journal, volume, issue and first page name the paper. Advance articles carry their DOI.
 */
const oupRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  const [journal, view] = parts;
  if (journal === undefined || view === undefined || !OUP_JOURNAL.test(journal)) return null;
  if (parts[2] === 'doi') return oupDoiIdentity(view, parts);
  const isPdf = view === 'article-pdf';
  if (!isPdf && view !== 'article' && view !== 'article-abstract') return null;
  if (parts.length !== (isPdf ? 7 : 6)) return null;
  if (isPdf && !parts[6]!.endsWith('.pdf')) return null;
  const [volume, issue, page, number] = [parts[2]!, parts[3]!, parts[4]!, parts[5]!];
  if (!OUP_VOLUME.test(volume) || !OUP_PART.test(issue) || !OUP_PART.test(page)) return null;
  if (!OUP_NUMBER.test(number)) return null;
  return venueIdentity(
    'oup',
    `${journal}/${volume}/${issue}/${page}`,
    isPdf ? 'pdf' : view === 'article' ? 'html' : 'abstract',
  );
};

const OUP_DOI_VIEWS: Record<string, PaperFormat> = {
  'advance-article': 'html',
  'advance-article-abstract': 'abstract',
  'advance-article-pdf': 'pdf',
  'article-pdf': 'pdf',
  'article-lookup': 'other',
};

/** /<journal>/advance-article[-pdf]/doi/10.1093/<journal>/<id>/<numbers...>: OUP's DOIs have two parts. */
function oupDoiIdentity(view: string, parts: string[]): PaperIdentity | null {
  const format = OUP_DOI_VIEWS[view];
  if (!format || parts.length < 6 || parts[3] !== '10.1093') return null;
  return identityFromDoi(parts.slice(3, 6).join('/'), undefined, format);
}

const ISSN = /^\d{4}-\d{3}[\dX]$/;
const SMALL_NUMBER = /^\d{1,6}$/;
const MDPI_VIEWS: Record<string, PaperFormat> = { htm: 'html', pdf: 'pdf' };

/** mdpi.com/<ISSN>/<volume>/<issue>/<article>[/htm|/pdf]. */
const mdpiRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts.length < 4 || parts.length > 5 || !ISSN.test(parts[0]!)) return null;
  const numbers = parts.slice(1, 4);
  if (!numbers.every((n) => SMALL_NUMBER.test(n))) return null;
  const format = parts.length === 5 ? MDPI_VIEWS[parts[4]!] : 'abstract';
  return format ? venueIdentity('mdpi', parts.slice(0, 4).join('/'), format) : null;
};

export const JOURNAL_HOST_RULES: HostRules = [
  ['sciencedirect.com', scienceDirectRule],
  ['reader.elsevier.com', elsevierReaderRule],
  ['linkinghub.elsevier.com', elsevierLinkingRule],
  ['pdf.sciencedirectassets.com', elsevierAssetsRule],
  ['cell.com', cellRule],
  ['thelancet.com', lancetRule],
  ['academic.oup.com', oupRule],
  ['mdpi.com', mdpiRule],
];
