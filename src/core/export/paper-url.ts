/** Links to a paper, http(s) only: a stored `javascript:` or `file:` URL is never offered. */
import type { Paper } from '../model';

export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The link a reader would follow: the abstract page, else the HTML, the PDF, the DOI. */
export function paperUrl(paper: Paper): string | undefined {
  const candidates = [paper.links.abstract, paper.links.html, paper.links.pdf];
  if (paper.doi) candidates.push(`https://doi.org/${paper.doi}`);
  return candidates.find((url): url is string => url !== undefined && isHttpUrl(url));
}
