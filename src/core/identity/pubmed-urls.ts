/**
 * PubMed Central, PubMed and Europe PMC: a PMC id names one full text wherever it is shown (NCBI's
 * old and new hosts, Europe PMC), a PubMed id one record, a PPR id one Europe PMC preprint.
 */
import type { PaperFormat, PaperIdentity } from './paper-identity';
import { pathSegments, plainNumber, queryValue, type HostRules, type UrlRule } from './url-rule';
import { venueIdentity } from './venue-identity';

function pmcIdentity(raw: string | null | undefined, format: PaperFormat): PaperIdentity | null {
  if (!raw || raw.length > 14 || raw.slice(0, 3).toUpperCase() !== 'PMC') return null;
  const n = plainNumber(raw.slice(3), 10);
  return n ? venueIdentity('pmc', `PMC${n}`, format) : null;
}

function pubmedIdentity(raw: string | undefined, format: PaperFormat): PaperIdentity | null {
  const n = raw === undefined ? null : plainNumber(raw, 10);
  return n ? venueIdentity('pubmed', n, format) : null;
}

function preprintIdentity(
  raw: string | null | undefined,
  format: PaperFormat,
): PaperIdentity | null {
  if (!raw || raw.length > 14 || raw.slice(0, 3).toUpperCase() !== 'PPR') return null;
  const n = plainNumber(raw.slice(3), 10);
  return n ? venueIdentity('europepmc', `PPR${n}`, format) : null;
}

/** "<PMCID>[/]" is the article; "<PMCID>/pdf[/<file>.pdf]" its PDF; other tails are parts of it. */
function pmcArticle(parts: string[], at: number): PaperIdentity | null {
  const tail = parts.slice(at + 1);
  if (tail.length === 0) return pmcIdentity(parts[at], 'html');
  if (tail[0] === 'pdf' && (tail.length === 1 || (tail.length === 2 && tail[1]!.endsWith('.pdf'))))
    return pmcIdentity(parts[at], 'pdf');
  return null;
}

/** ncbi.nlm.nih.gov/pmc/articles/<PMCID>[/pdf/...] and /pubmed/<PMID>. */
const ncbiRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  if (parts[0] === 'pmc' && parts[1] === 'articles') return pmcArticle(parts, 2);
  if (parts[0] === 'pubmed' && parts.length === 2) return pubmedIdentity(parts[1], 'abstract');
  return null;
};

/** pmc.ncbi.nlm.nih.gov/articles/<PMCID>[/pdf/...]. */
const pmcRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  return parts[0] === 'articles' ? pmcArticle(parts, 1) : null;
};

/** pubmed.ncbi.nlm.nih.gov/<PMID>/. */
const pubmedRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  return parts.length === 1 ? pubmedIdentity(parts[0], 'abstract') : null;
};

/** Europe PMC's sources in /article/<source>/<id> and /abstract/<source>/<id>. */
function europePmcRecord(source: string, id: string, format: PaperFormat): PaperIdentity | null {
  switch (source) {
    case 'PMC':
      return pmcIdentity(id, format === 'abstract' ? 'abstract' : 'html');
    case 'MED':
      return pubmedIdentity(id, 'abstract');
    case 'PPR':
      return preprintIdentity(id, format);
    default:
      return null;
  }
}

/**
 * europepmc.org/article/PMC/<PMCID>, /abstract/MED/<PMID>, /article/PPR/<PPR id>, the older
 * /articles/<PMCID>, and the files: /api/fulltextRepo?pprId=..., /backend/ptpmcrender.fcgi?accid=...
 */
const europePmcRule: UrlRule = (url) => {
  const parts = pathSegments(url.pathname);
  const [view, source, id] = parts;
  if ((view === 'article' || view === 'abstract') && parts.length === 3)
    return europePmcRecord(source!, id!, view === 'article' ? 'html' : 'abstract');
  if (view === 'articles') return pmcArticle(parts, 1);
  if (url.pathname === '/api/fulltextRepo')
    return preprintIdentity(queryValue(url, 'pprId'), 'pdf');
  if (url.pathname === '/backend/ptpmcrender.fcgi' && queryValue(url, 'blobtype') === 'pdf')
    return pmcIdentity(queryValue(url, 'accid'), 'pdf');
  return null;
};

export const PUBMED_HOST_RULES: HostRules = [
  ['ncbi.nlm.nih.gov', ncbiRule],
  ['pmc.ncbi.nlm.nih.gov', pmcRule],
  ['pubmed.ncbi.nlm.nih.gov', pubmedRule],
  ['europepmc.org', europePmcRule],
];
