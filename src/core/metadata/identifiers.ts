/**
 * The paper's DOI and arXiv id, chosen among what every source offers. A journal DOI wins over
 * arXiv's DataCite DOI (10.48550/arXiv.ID), which names the preprint and is kept as the DOI only
 * when the page gives no other; an arXiv abstract page that does not print it gets it derived
 * from its id, as arXiv registers one for every paper.
 */
import { findArxivIdInText, parseArxivId, type ArxivId } from '../identity/arxiv';
import { findDoiInText, normaliseDoi } from '../identity/doi';
import { identifyUrl } from '../identity/identify-url';
import { foldWhitespace } from './clean-text';
import type { SourceName } from './sources';

/** A value offered for a field and the source that offered it. */
export interface Offer {
  source: SourceName;
  value: string | undefined;
}

export interface Chosen<T> {
  value: T;
  source: SourceName;
}

const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** arXiv's DataCite DOI for a paper. */
export function arxivDoi(id: string): string {
  return `10.48550/arxiv.${id}`.toLowerCase();
}

/** The arXiv id inside an arXiv DataCite DOI, or null for any other DOI. */
export function arxivIdOfDoi(doi: string): ArxivId | null {
  const m = ARXIV_DOI.exec(doi);
  return m ? parseArxivId(m[1]!) : null;
}

function asDoi(candidate: string): string | null {
  const doi =
    normaliseDoi(candidate) ?? (candidate.length < 1_000 ? findDoiInText(candidate) : null);
  // An invisible character decoded from a link makes it no DOI.
  return doi !== null && foldWhitespace(doi) === doi ? doi : null;
}

/** The first journal DOI offered, else the first arXiv DataCite DOI; null when none is valid. */
export function chooseDoi(offers: Offer[]): Chosen<string> | null {
  let preprint: Chosen<string> | null = null;
  for (const { source, value } of offers) {
    if (!value) continue;
    const doi = asDoi(value);
    if (!doi) continue;
    if (!arxivIdOfDoi(doi)) return { value: doi, source };
    preprint ??= { value: doi, source };
  }
  return preprint;
}

/** A DOI named by a link of the page itself (rel=canonical, rel=cite-as). */
export function doiOfLink(link: string | undefined): string | undefined {
  const identity = link ? identifyUrl(link) : null;
  return identity?.kind === 'doi' ? identity.id : undefined;
}

/**
 * The arXiv id among the offers, completed by the version a link of the paper itself carries
 * (arxiv.org/abs|pdf|html and mirrors) when the page does not print it.
 */
export function chooseArxivId(
  offers: Offer[],
  links: (string | undefined)[],
): Chosen<ArxivId> | null {
  let found: Chosen<ArxivId> | null = null;
  for (const { source, value } of offers) {
    if (!value) continue;
    const id = parseArxivId(value) ?? findArxivIdInText(value);
    if (id) {
      found = { value: id, source };
      break;
    }
  }
  for (const link of links) {
    const identity = link ? identifyUrl(link) : null;
    if (identity?.kind !== 'arxiv') continue;
    const fromLink: ArxivId = identity.version
      ? { id: identity.id, version: identity.version }
      : { id: identity.id };
    if (!found) return { value: fromLink, source: 'link' };
    if (fromLink.id === found.value.id && !found.value.version && fromLink.version) {
      return { value: fromLink, source: found.source };
    }
  }
  return found;
}

/** The arXiv id an "/abs/ID" link points to (relative links too: saved pages keep them), or null. */
export function arxivIdOfLink(href: string): string | null {
  const tail = /\/abs\/([^?#]{1,80})/.exec(href)?.[1];
  return tail ? (parseArxivId(tail.replace(/\/$/, ''))?.id ?? null) : null;
}
