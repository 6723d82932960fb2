/**
 * Dublin Core (DC.*, dc.*, dcterms.*; names are read case-insensitively). Many pages that are not
 * papers carry DC too, so a DC title alone is no evidence of a paper (see paper-evidence.ts).
 */
import type { FoundFields } from './found-fields';
import { firstNonEmpty, hasAny } from './highwire-tags';
import type { MetaTags } from './meta-tags';

export function readDublinCoreTags(meta: MetaTags): FoundFields | null {
  const fields: FoundFields = {
    title: meta.first('dc.title', 'dcterms.title'),
    authors: [
      ...firstNonEmpty(
        meta,
        'dc.creator',
        'dcterms.creator',
        'dc.contributor',
        'dcterms.contributor',
      ),
    ],
    date: meta.first(
      'dc.date.issued',
      'dcterms.issued',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
    ),
    // Identifiers are often several (an ISSN, a handle, the DOI): the one that is a DOI counts.
    doi: [...meta.get('dc.identifier'), ...meta.get('dcterms.identifier')].find((v) =>
      /(?:^|doi\.org\/|doi:\s*)10\.\d{4,9}\//i.test(v.trim()),
    ),
    arxivId: meta.get('dc.identifier').find((v) => /arxiv/i.test(v)),
    abstract: meta.first('dcterms.abstract', 'dc.description', 'dcterms.description'),
    venue: meta.first('dc.source', 'dcterms.ispartof', 'dcterms.bibliographiccitation'),
  };
  return hasAny(fields) ? fields : null;
}
