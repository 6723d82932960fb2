/**
 * Papers a venue names by its own number rather than a DOI or arXiv id in the address: IEEE's
 * article number, a PMC id, a PMLR volume and name, ... The key is "venue:<venue>/<local id>", so
 * the landing page and the PDF of one paper meet on it; the page's DOI is kept as an alias.
 */
import { makeIdentity, type PaperFormat, type PaperIdentity } from './paper-identity';

/** Where a local id comes from, and the landing page it names (null: the id alone cannot rebuild it). */
const LANDING_PAGES = {
  cvf: null, // the file name, "<Author>_<Title>_CVPR_2020_paper"; its folder varies by year
  elsevier: (pii: string) => `https://www.sciencedirect.com/science/article/pii/${pii}`,
  europepmc: (ppr: string) => `https://europepmc.org/article/PPR/${ppr}`,
  hal: (id: string) => `https://hal.science/${id}`,
  ieee: (n: string) => `https://ieeexplore.ieee.org/document/${n}`,
  ijcai: (yearNumber: string) => `https://www.ijcai.org/proceedings/${yearNumber}`,
  inspire: (n: string) => `https://inspirehep.net/literature/${n}`,
  jmlr: (volumeName: string) => `https://jmlr.org/papers/${volumeName}.html`,
  mdpi: (path: string) => `https://www.mdpi.com/${path}`,
  neurips: (yearHash: string) => {
    const [year, hash] = yearHash.split('/');
    return `https://proceedings.neurips.cc/paper/${year}/hash/${hash}-Abstract.html`;
  },
  oup: null, // journal/volume/issue/first page: the article's own number is not in its PDF's address
  pmc: (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`,
  pmlr: (volumeName: string) => `https://proceedings.mlr.press/${volumeName}.html`,
  pubmed: (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
  s2: (hash: string) => `https://www.semanticscholar.org/paper/${hash}`,
} satisfies Record<string, ((local: string) => string) | null>;

export type Venue = keyof typeof LANDING_PAGES;

export function venueIdentity(
  venue: Venue,
  local: string,
  format: PaperFormat,
  version?: string,
): PaperIdentity {
  return makeIdentity('venue', `${venue}/${local}`, version, format);
}

/** The landing page of a venue identity's id ("ieee/9090146"), or null when it cannot be rebuilt. */
export function venueLandingUrl(id: string): string | null {
  const slash = id.indexOf('/');
  const venue = id.slice(0, slash);
  if (slash < 0 || !Object.hasOwn(LANDING_PAGES, venue)) return null;
  const landing = LANDING_PAGES[venue as Venue];
  return landing ? landing(id.slice(slash + 1)) : null;
}
