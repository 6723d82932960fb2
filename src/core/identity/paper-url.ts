import type { PaperIdentity } from './paper-identity';
import { venueLandingUrl } from './venue-identity';

/** DOIs may hold "?", "#" or "%": escape all but the slashes. */
function encodeDoi(doi: string): string {
  return encodeURIComponent(doi).replace(/%2F/g, '/');
}

/**
 * A web address where the reader can open the paper an identity names (the version is kept where
 * the site's addresses carry one); null for identities without one (PDF fingerprints, a venue
 * key that does not hold its whole address).
 */
export function paperUrl(identity: PaperIdentity): string | null {
  const version = identity.version ?? '';
  switch (identity.kind) {
    case 'arxiv':
      return `https://arxiv.org/abs/${identity.id}${version}`;
    case 'doi':
    case 'biorxiv':
      return `https://doi.org/${encodeDoi(identity.id)}`;
    case 'openreview':
      return `https://openreview.net/forum?id=${encodeURIComponent(identity.id)}`;
    case 'acl':
      return `https://aclanthology.org/${identity.id}/`;
    case 'venue':
      return venueLandingUrl(identity.id);
    case 'url':
      return identity.id;
    case 'fingerprint':
      return null;
  }
}
