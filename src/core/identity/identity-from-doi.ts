import { parseArxivId } from './arxiv';
import { biorxivDoi } from './biorxiv';
import { normaliseDoi } from './doi';
import { makeIdentity, type PaperFormat, type PaperIdentity } from './paper-identity';

/** arXiv registers a DOI for every paper: 10.48550/arXiv.<id>. */
const ARXIV_DOI_PREFIX = '10.48550/arxiv.';

/**
 * The identity a DOI names. arXiv's and bioRxiv's own DOIs map to the same identity as their
 * URLs, so a reader arriving through doi.org lands on the same notes.
 */
export function identityFromDoi(
  raw: string,
  version?: string,
  format?: PaperFormat,
): PaperIdentity | null {
  const doi = normaliseDoi(raw);
  if (doi === null) return null;
  if (doi.startsWith(ARXIV_DOI_PREFIX)) {
    const arxiv = parseArxivId(doi.slice(ARXIV_DOI_PREFIX.length));
    return arxiv ? makeIdentity('arxiv', arxiv.id, arxiv.version ?? version, format) : null;
  }
  const preprint = biorxivDoi(doi);
  if (preprint) return makeIdentity('biorxiv', preprint, version, format);
  return makeIdentity('doi', doi, version, format);
}
