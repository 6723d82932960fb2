/**
 * CSL-JSON, the citation format Zotero, Pandoc and citeproc read. Preprints are `article` with
 * arXiv as publisher and the id as number, as Zotero itself exports them.
 */
import type { Paper } from '../model';
import { bibtexEntryType } from './bibtex-export';
import { citationKeys } from './citation-keys';
import { paperUrl } from './paper-url';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article' | 'article-journal' | 'paper-conference';
  title: string;
  author: CslName[];
  issued?: { 'date-parts': [[number]] };
  'container-title'?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
}

function cslName(author: Paper['authors'][number]): CslName {
  const parts = author.original.split(',');
  if (parts.length === 2 && parts[0]!.trim() && parts[1]!.trim()) {
    return { family: parts[0]!.trim(), given: parts[1]!.trim() };
  }
  const words = author.name.trim().split(/\s+/);
  if (words.length < 2) return { literal: author.name.trim() };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

function paperToCsl(paper: Paper, id: string): CslItem {
  const entryType = bibtexEntryType(paper);
  const item: CslItem = {
    id,
    type:
      entryType === 'misc'
        ? 'article'
        : entryType === 'article'
          ? 'article-journal'
          : 'paper-conference',
    title: paper.title,
    author: paper.authors.map(cslName),
  };
  if (paper.year !== undefined) item.issued = { 'date-parts': [[paper.year]] };
  if (entryType !== 'misc' && paper.venue) item['container-title'] = paper.venue;
  if (paper.arxivId && entryType === 'misc') {
    item.publisher = 'arXiv';
    item.number = paper.arxivId;
  }
  if (paper.doi) item.DOI = paper.doi;
  const url = paperUrl(paper);
  if (url) item.URL = url;
  if (paper.abstract) item.abstract = paper.abstract;
  if (paper.tags.length > 0) item.keyword = paper.tags.join(', ');
  return item;
}

/** A CSL-JSON array for the papers, with ids matching their BibTeX keys. */
export function papersToCslJson(papers: readonly Paper[]): string {
  const keys = citationKeys(papers);
  return JSON.stringify(
    papers.map((paper) => paperToCsl(paper, keys.get(paper.key)!)),
    null,
    2,
  );
}
