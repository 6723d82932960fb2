/**
 * A reference the reader marked "relevant, unread" as a to-read entry in the library: not
 * started, at the end of the reading queue, linked to the paper that cited it.
 */
import type { Paper } from './model';
import { normaliseTitle, referenceIdentifierKeys } from './reference-match';
import { referenceTitle } from './reference-title';

/** The key a reference's paper is stored under: its arXiv id or DOI, else its normalised title. */
export function referencePaperKey(reference: string): string {
  const [named] = referenceIdentifierKeys(reference);
  if (named) return named;
  return `ref:${normaliseTitle(referenceTitle(reference)) || normaliseTitle(reference)}`;
}

/** After every paper already queued. */
export function nextQueuePosition(papers: readonly Pick<Paper, 'queuePosition'>[]): number {
  const positions = papers.flatMap((p) => (p.queuePosition === undefined ? [] : [p.queuePosition]));
  return positions.length ? Math.max(...positions) + 1 : 0;
}

export function toReadPaper(
  reference: string,
  citedBy: string,
  queuePosition: number,
  now: number,
): Paper {
  const ids = referenceIdentifierKeys(reference);
  const key = referencePaperKey(reference);
  const arxivId = ids.find((k) => k.startsWith('arxiv:'))?.slice('arxiv:'.length);
  const doi = ids.find((k) => k.startsWith('doi:'))?.slice('doi:'.length);
  return {
    key,
    aliases: ids.filter((k) => k !== key),
    title: referenceTitle(reference),
    authors: [],
    ...(arxivId ? { arxivId } : {}),
    ...(doi ? { doi } : {}),
    links: arxivId ? { abstract: `https://arxiv.org/abs/${arxivId}` } : {},
    tags: [],
    state: { kind: 'not-started' },
    history: [],
    checklist: {},
    queuePosition,
    citedBy,
    addedAt: now,
    lastReadAt: now,
  };
}
