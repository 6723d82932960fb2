// @vitest-environment happy-dom
/**
 * Whole pages as a reader meets them, beyond the evaluation corpus: trimmed excerpts of publisher
 * pages kept as test data by public projects, and pages written here in the shapes publishers and
 * news sites use (see each fixture's opening comment for where it comes from).
 */
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from './extract-page-metadata';
import { fixture } from './parse-html.test-helper';

const names = (m: { authors: { name: string }[] }) => m.authors.map((a) => a.name);

describe('publisher pages', () => {
  it('PubMed Central full text: Highwire tags with PubMed dates and name= Open Graph tags', () => {
    const { metadata: m, provenance } = readPageMetadata(
      fixture('pmc-fulltext.html'),
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/',
    );
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('GenBank');
    expect(names(m)).toEqual([
      'Dennis A Benson',
      'Mark Cavanaugh',
      'Karen Clark',
      'Ilene Karsch-Mizrachi',
      'David J Lipman',
      'James Ostell',
      'Eric W Sayers',
    ]);
    expect(m.doi).toBe('10.1093/nar/gks1195');
    expect(m.date).toBe('2012-11-26');
    expect(provenance).toMatchObject({ title: 'highwire', authors: 'highwire', doi: 'highwire' });
  });

  it('Open Journal Systems article page: names with particles, no DOI invented', () => {
    const { metadata: m } = readPageMetadata(
      fixture('ojs-article.html'),
      'https://ejsit-journal.com/index.php/ejsit/article/view/399',
    );
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Software Testing using Multi-Collaboration Platforms');
    expect(names(m)).toEqual(['Sana Rizwan', 'Mati ul Rehman', 'Ayesha Tahir']);
    expect(m.year).toBe(2024);
    expect(m.doi).toBeUndefined();
  });

  it('a full-text page without tags: byline, the DOI in its header (not a cited one), the publication date', () => {
    const { metadata: m, provenance } = readPageMetadata(
      fixture('ojs-html-galley.html'),
      'https://jct.example/index.php/jct/article/view/481/902',
    );
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Tide Pools as Classrooms');
    expect(names(m)).toEqual(['Marta Quintero', 'Olusegun Adebayo', 'Hannah Weiss']);
    expect(m.doi).toBe('10.5555/jct.v12i3.481');
    expect(m.year).toBe(2021);
    expect(provenance.title).toBe('visible-header');
  });

  it('a news story about a paper is not the paper, with or without its NewsArticle markup', () => {
    const url = 'https://wire.example/news/2023/05/octopus-dreams';
    const doc = fixture('news-about-paper.html');
    const { metadata: m } = readPageMetadata(doc, url);
    expect(m.isPaper).toBe(false);
    expect(m.title).toBe('Octopuses dream in colour, study finds');
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    expect(readPageMetadata(doc, url).metadata.isPaper).toBe(false);
  });
});
