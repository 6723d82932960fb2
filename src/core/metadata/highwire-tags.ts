/**
 * Highwire Press tags (citation_*), the ones Google Scholar asks publishers for, with the same
 * fields under bepress (Digital Commons) and EPrints prefixes. By convention they describe the one
 * paper the page is about.
 */
import type { FoundFields } from './found-fields';
import type { MetaTags } from './meta-tags';

export function readHighwireTags(meta: MetaTags): FoundFields | null {
  const title = meta.first('citation_title', 'bepress_citation_title', 'eprints.title');
  const authors = firstNonEmpty(
    meta,
    'citation_author',
    'bepress_citation_author',
    'eprints.creators_name',
  );
  const plural = meta.first('citation_authors');
  const fields: FoundFields = {
    title,
    authors: authors.length > 0 ? [...authors] : plural ? plural.split(';') : [],
    date: meta.first(
      'citation_publication_date',
      'citation_date',
      'citation_cover_date',
      'bepress_citation_date',
      'eprints.date',
      'citation_online_date',
    ),
    doi: meta.first('citation_doi', 'bepress_citation_doi', 'eprints.id_number'),
    arxivId: meta.first('citation_arxiv_id'),
    abstract: meta.first('citation_abstract'),
    venue: meta.first(
      'citation_journal_title',
      'citation_conference_title',
      'citation_inbook_title',
      'bepress_citation_journal_title',
      'eprints.publication',
    ),
    pdfUrl: meta.first('citation_pdf_url', 'bepress_citation_pdf_url'),
  };
  return hasAny(fields) ? fields : null;
}

export function firstNonEmpty(meta: MetaTags, ...names: string[]): readonly string[] {
  for (const name of names) {
    const values = meta.get(name);
    if (values.length > 0) return values;
  }
  return [];
}

/** True when a reader found at least one field. */
export function hasAny(fields: FoundFields): boolean {
  return Object.values(fields).some(
    (v) => v !== undefined && !(Array.isArray(v) && v.length === 0),
  );
}
