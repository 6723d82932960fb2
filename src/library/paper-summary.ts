/** How a paper is summed up in a list line: first authors, where it appeared, when read. */
import type { Paper } from '../core/model';

export function firstAuthors(paper: Paper, shown = 3): string {
  const names = paper.authors.map((author) => author.name);
  if (names.length <= shown) return names.join(', ');
  return `${names.slice(0, shown).join(', ')} et al.`;
}

/** The venue, else the arXiv id, else the DOI. */
export function whereFrom(paper: Paper): string | undefined {
  if (paper.venue) return paper.venue;
  if (paper.arxivId) return `arXiv:${paper.arxivId}`;
  return paper.doi ? `doi:${paper.doi}` : undefined;
}

export function shortDate(ms: number): string {
  return Number.isFinite(ms)
    ? new Date(ms).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      })
    : '';
}

export function minutes(ms: number): number {
  return Math.round(ms / 60_000);
}
