/**
 * Turns what a tab shows (its identity, its page metadata, its title) into the reader's Paper
 * record, and folds a later visit into a stored one without touching what the reader made.
 */
import { parseArxivId } from './identity/arxiv';
import { normaliseDoi } from './identity/doi';
import { identityFromDoi } from './identity/identity-from-doi';
import { identityKey, type PaperIdentity } from './identity/paper-identity';
import { primaryArxivCategory } from './metadata/arxiv-abs-page';
import type { PageMetadata } from './metadata/page-metadata';
import type { Paper, PaperLinks } from './model';
import type { PdfStructure } from './pdf-structure/pdf-structure';

/** A new paper, not started, for the page a tab shows. */
export function paperFromPage(
  identity: PaperIdentity,
  metadata: PageMetadata | undefined,
  tabTitle: string,
  now: number,
): Paper {
  const page = paperMetadata(metadata);
  const doi = doiOf(identity, page);
  const arxivId = arxivIdOf(identity, page);
  return {
    key: identity.key,
    aliases: aliasesOf(identity, doi, arxivId),
    title: page?.title?.trim() || titleFromTab(tabTitle, identity),
    authors: page?.authors ?? [],
    ...definedOnly({
      year: page?.year,
      venue: page?.venue,
      doi,
      arxivId,
      // Only an arXiv paper has an arXiv category.
      arxivCategory: arxivId === undefined ? undefined : primaryArxivCategory(page?.subjects),
      version: identity.version ?? page?.version,
      abstract: page?.abstract,
    }),
    links: linksOf(arxivId, page),
    tags: [],
    state: { kind: 'not-started' },
    history: [],
    checklist: {},
    addedAt: now,
    lastReadAt: now,
  };
}

/**
 * Folds another visit into a stored paper: new aliases, a later version, fields it lacked. The
 * reader's state, history, ticks, tags and queue place are kept as they are; a title is replaced
 * only when it was a stand-in (the tab's URL or file name) and the page now names the paper.
 */
export function mergePageIntoPaper(
  paper: Paper,
  identity: PaperIdentity,
  metadata: PageMetadata | undefined,
  now: number,
): Paper {
  const fresh = paperFromPage(identity, metadata, '', now);
  const page = paperMetadata(metadata);
  const aliases = [...new Set([...paper.aliases, ...fresh.aliases, fresh.key])].filter(
    (alias) => alias !== paper.key,
  );
  const pageTitle = page?.title?.trim();
  return {
    ...paper,
    aliases,
    title: pageTitle && isStandInTitle(paper.title) ? pageTitle : paper.title,
    authors: paper.authors.length > 0 ? paper.authors : fresh.authors,
    ...definedOnly({
      year: paper.year ?? fresh.year,
      venue: paper.venue ?? fresh.venue,
      doi: paper.doi ?? fresh.doi,
      arxivId: paper.arxivId ?? fresh.arxivId,
      arxivCategory: paper.arxivCategory ?? fresh.arxivCategory,
      version: laterVersion(paper.version, fresh.version),
      abstract: paper.abstract ?? fresh.abstract,
    }),
    links: { ...fresh.links, ...definedOnly(paper.links) },
    lastReadAt: Math.max(paper.lastReadAt, now),
  };
}

/**
 * Folds what the paper's PDF says into its record: its fingerprint as an alias (so the same file
 * opened from elsewhere finds these notes), a title, authors and abstract where the record has
 * none (a PDF known only by its address), and the arXiv category its stamp names when the stamp's
 * id is the paper's. Nothing the record already holds is replaced.
 */
export function mergePdfIntoPaper(
  paper: Paper,
  pdf: Pick<
    PdfStructure,
    'fingerprint' | 'title' | 'authors' | 'abstract' | 'arxivId' | 'arxivCategory'
  >,
): Paper {
  const fingerprintKey = pdf.fingerprint ? identityKey('fingerprint', pdf.fingerprint) : undefined;
  const aliases =
    fingerprintKey && fingerprintKey !== paper.key && !paper.aliases.includes(fingerprintKey)
      ? [...paper.aliases, fingerprintKey]
      : paper.aliases;
  const title = pdf.title?.trim();
  return {
    ...paper,
    aliases,
    title: title && isStandInTitle(paper.title) ? title : paper.title,
    authors:
      paper.authors.length > 0
        ? paper.authors
        : pdf.authors.map((name) => ({ name, original: name })),
    ...definedOnly({
      abstract: paper.abstract ?? (pdf.abstract || undefined),
      arxivCategory:
        paper.arxivCategory ??
        (paper.arxivId !== undefined && pdf.arxivId === paper.arxivId
          ? pdf.arxivCategory
          : undefined),
    }),
  };
}

/** Metadata counts only when the page is about one paper. */
function paperMetadata(metadata: PageMetadata | undefined): PageMetadata | undefined {
  return metadata?.isPaper ? metadata : undefined;
}

function doiOf(identity: PaperIdentity, page: PageMetadata | undefined): string | undefined {
  if (identity.kind === 'doi') return identity.id;
  return (page?.doi && normaliseDoi(page.doi)) || undefined;
}

function arxivIdOf(identity: PaperIdentity, page: PageMetadata | undefined): string | undefined {
  if (identity.kind === 'arxiv') return identity.id;
  return (page?.arxivId && parseArxivId(page.arxivId)?.id) || undefined;
}

/** The other keys under which this paper may be met: its DOI, its arXiv id. */
function aliasesOf(
  identity: PaperIdentity,
  doi: string | undefined,
  arxivId: string | undefined,
): string[] {
  const keys = [
    // arXiv's DataCite DOI names the arXiv paper: its key is the arXiv id's, not a DOI's.
    doi === undefined ? undefined : (identityFromDoi(doi)?.key ?? identityKey('doi', doi)),
    arxivId === undefined ? undefined : identityKey('arxiv', arxivId),
  ];
  return [...new Set(keys)].filter(
    (key): key is string => key !== undefined && key !== identity.key,
  );
}

function linksOf(arxivId: string | undefined, page: PageMetadata | undefined): PaperLinks {
  if (arxivId !== undefined) {
    // Unversioned links open the latest version.
    return {
      abstract: `https://arxiv.org/abs/${arxivId}`,
      pdf: `https://arxiv.org/pdf/${arxivId}`,
      html: `https://arxiv.org/html/${arxivId}`,
    };
  }
  return definedOnly({ abstract: webLink(page?.canonicalUrl), pdf: webLink(page?.pdfUrl) });
}

/** Page-given links are kept only when they are plain web links. */
function webLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const ARXIV_TAB_PREFIX = /^\[[^\]]{1,40}\]\s*/;

/** The tab's title without arXiv's "[2106.09608] " prefix; the identifier when the tab shows a URL. */
function titleFromTab(tabTitle: string, identity: PaperIdentity): string {
  const title = tabTitle.trim().replace(ARXIV_TAB_PREFIX, '');
  return title === '' || isUrl(title) ? standInTitle(identity) : title;
}

/** PDF tabs are titled with their URL, scheme or not; a page that failed to load, with its host. */
function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[\w-]+(\.[\w-]+)+(:\d+)?(\/\S*)?$/i.test(text);
}

function standInTitle(identity: PaperIdentity): string {
  const names: Record<PaperIdentity['kind'], string> = {
    arxiv: 'arXiv',
    doi: 'DOI',
    openreview: 'OpenReview',
    acl: 'ACL Anthology',
    biorxiv: 'bioRxiv',
    venue: 'Paper',
    url: 'Web page',
    fingerprint: 'PDF',
  };
  if (identity.kind === 'url') return fileName(identity.id) ?? identity.id;
  return `${names[identity.kind]} ${identity.id}`;
}

/** "attention.pdf" from ".../papers/attention.pdf", for a PDF known only by its address. */
function fileName(address: string): string | undefined {
  try {
    const segments = new URL(address).pathname.split('/').filter((part) => part !== '');
    const last = segments[segments.length - 1];
    return last === undefined ? undefined : decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/** A title that only says where the paper was: a URL (PDF tabs show one), a file name, or empty. */
function isStandInTitle(title: string): boolean {
  const t = title.trim();
  return (
    t === '' ||
    isUrl(t) ||
    /^\S+\.pdf$/i.test(t) ||
    /^(arXiv|DOI|OpenReview|ACL Anthology|bioRxiv|Paper|Web page|PDF) \S+$/.test(t)
  );
}

/** "v3" beats "v2"; a missing version never replaces a known one. */
function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return versionNumber(b) > versionNumber(a) ? b : a;
}

function versionNumber(version: string): number {
  const n = Number(version.replace(/^v/i, ''));
  return Number.isFinite(n) ? n : 0;
}

/** Leaves out undefined fields, so optional properties stay absent rather than undefined. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
