// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './extract-page-metadata';
import { fixture, parseHtml } from './parse-html.test-helper';

const names = (m: { authors: { name: string }[] }) => m.authors.map((a) => a.name);

describe('extractPageMetadata on scholarly tags', () => {
  it('reads Highwire citation_* tags and prefers them to og:title and the body', () => {
    const m = extractPageMetadata(
      fixture('highwire.html'),
      'https://journal.example/article/42?x=1',
    );
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Sparse Lattice Sieves for Short Vectors');
    expect(names(m)).toEqual(['Adaeze N. Okafor', 'Jan van der Berg', 'Roland Smith Jr.']);
    expect(m.authors[0]!.original).toBe('Okafor, Adaeze N.');
    // The publication date wins over the earlier online date.
    expect(m.date).toBe('2019-03');
    expect(m.year).toBe(2019);
    expect(m.doi).toBe('10.5555/jir.2019.0042');
    expect(m.venue).toBe('Journal of Invented Results');
    expect(m.pdfUrl).toBe('https://journal.example/content/jir/42.pdf');
    expect(m.canonicalUrl).toBe('https://journal.example/article/42');
    expect(m.abstract).toBe('We sieve lattices sparsely and find short vectors quickly.');
    expect(m.unreadable).toEqual([]);
  });

  it('reads Dublin Core whatever the case of its names, and finds the DOI among identifiers', () => {
    const m = extractPageMetadata(fixture('dublin-core.html'), 'https://repo.example/items/77');
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Tidal Rhythms in Estuarine Snails');
    expect(names(m)).toEqual(['Maja Lindqvist', 'Cathal Ó Briain']);
    expect(m.date).toBe('2015-07-21');
    expect(m.doi).toBe('10.5555/cbl.2015.7');
    expect(m.venue).toBe('Coastal Biology Letters');
    expect(m.abstract).toBe('Snails keep time with the tide.');
  });

  it('reads bepress (Digital Commons) tags and decodes doubly escaped entities', () => {
    const doc = parseHtml(`<html><head>
      <meta name="bepress_citation_title" content="Rivers &amp;amp; Roads">
      <meta name="bepress_citation_author" content="Nkemelu, Obi">
      <meta name="bepress_citation_date" content="2011">
      </head><body></body></html>`);
    const m = extractPageMetadata(doc, 'https://scholar.example.edu/art/12');
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Rivers & Roads');
    expect(names(m)).toEqual(['Obi Nkemelu']);
    expect(m.year).toBe(2011);
  });

  it('does not call a page a paper on a bare Dublin Core title', () => {
    const doc = parseHtml(`<html><head><meta name="DC.title" content="Opening hours"></head>
      <body><h1>Opening hours</h1></body></html>`);
    expect(extractPageMetadata(doc, 'https://library.example/hours').isPaper).toBe(false);
  });

  it('reads a JSON-LD ScholarlyArticle inside an @graph', () => {
    const m = extractPageMetadata(fixture('json-ld.html'), 'https://repo.example/item/9');
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Bees Prefer Blue Flowers at Dawn');
    expect(names(m)).toEqual(['Hana Kobayashi', 'Luis Ortega']);
    expect(m.doi).toBe('10.5555/bees.2020.1');
    expect(m.year).toBe(2020);
    expect(m.venue).toBe('Pollination Letters');
  });

  it('gives an og-only page its title but does not call a blog post a paper', () => {
    const m = extractPageMetadata(fixture('og-only.html'), 'https://crumb.example/posts/sourdough');
    expect(m.title).toBe('Why my sourdough failed (again)');
    expect(m.canonicalUrl).toBe('https://crumb.example/posts/sourdough');
    expect(m.authors).toEqual([]);
    expect(m.isPaper).toBe(false);
  });
});

describe('extractPageMetadata on an arXiv abstract page without tags', () => {
  const m = extractPageMetadata(fixture('arxiv-abs-body.html'), 'https://arxiv.org/abs/2403.01234');

  it('reads title, authors and abstract from the body, without the "Title:" labels', () => {
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Counting Cats with Quantum Boxes');
    expect(names(m)).toEqual(['Erwin Q. Fictional', 'Ana de la Cruz', 'Wei Zhang']);
    expect(m.abstract).toBe('We count cats that are both in and out of boxes.');
  });

  it('reads the id, the version on show and the whole submission history', () => {
    expect(m.arxivId).toBe('2403.01234');
    expect(m.version).toBe('v3');
    expect(m.versions).toEqual([
      { version: 'v1', date: '2024-03-04' },
      { version: 'v2', date: '2024-04-02' },
      { version: 'v3', date: '2024-05-09' },
    ]);
    expect(m.date).toBe('2024-03-04');
  });

  it('reads comments, subjects, journal reference and the related (journal) DOI', () => {
    expect(m.comments).toBe('12 pages, 3 figures');
    expect(m.subjects).toEqual([
      'Quantum Physics (quant-ph)',
      'Animal Behavior and Cognition (q-bio.NC)',
    ]);
    expect(m.venue).toBe('Imaginary Phys. Rev. 7, 1 (2024)');
    expect(m.doi).toBe('10.5555/iprev.7.1');
  });

  it('takes the arXiv id from an arXiv DataCite DOI, and keeps that DOI when there is no other', () => {
    const doc = parseHtml(`<html><head><title>x</title>
      <meta name="citation_title" content="A Paper"><meta name="citation_doi" content="10.48550/arXiv.2101.00001">
      </head><body></body></html>`);
    const meta = extractPageMetadata(doc, 'https://mirror.example/paper');
    expect(meta.arxivId).toBe('2101.00001');
    expect(meta.doi).toBe('10.48550/arxiv.2101.00001');
  });

  it('prefers the journal DOI to the arXiv DataCite DOI when a page gives both', () => {
    const doc =
      parseHtml(`<html><head><title>x</title><meta name="citation_title" content="A Paper">
      <meta name="citation_doi" content="10.48550/arXiv.2101.00001">
      <meta name="dc.identifier" content="doi:10.5555/journal.7"></head><body></body></html>`);
    const meta = extractPageMetadata(doc, 'https://mirror.example/paper');
    expect(meta.doi).toBe('10.5555/journal.7');
    expect(meta.arxivId).toBe('2101.00001');
  });

  it("gives an arXiv abstract page arXiv's DataCite DOI when it shows no DOI", () => {
    const doc = fixture('arxiv-abs-body.html');
    doc.querySelector('td.doi')?.remove();
    const meta = extractPageMetadata(doc, 'https://arxiv.org/abs/2403.01234');
    expect(meta.doi).toBe('10.48550/arxiv.2403.01234');
  });
});

describe('extractPageMetadata on LaTeXML full text (arXiv HTML, ar5iv)', () => {
  it('reads title, authors without affiliations or marks, abstract, and the id from the URL', () => {
    const m = extractPageMetadata(fixture('latexml.html'), 'https://arxiv.org/html/2404.05678v2');
    expect(m.isPaper).toBe(true);
    expect(m.title).toBe('Folding Paper Cranes by Gradient Descent');
    expect(names(m)).toEqual(['Mei Tanaka', 'Oskar Lindgren']);
    expect(m.abstract).toBe('We fold cranes by following gradients.');
    expect(m.arxivId).toBe('2404.05678');
    expect(m.version).toBe('v2');
    expect(m.doi).toBeUndefined();
  });
});

describe('extractPageMetadata on pages without tags', () => {
  it('reads the header a reader sees: title, byline names without affiliations, DOI, issue date', () => {
    const m = extractPageMetadata(fixture('visible-header.html'), 'https://bq.example/9/2/moss');
    expect(m.title).toBe('Field Notes on Moss Growth in Urban Gutters');
    expect(names(m)).toEqual(['Priya Raman', 'Tomás Ferreira']);
    expect(m.doi).toBe('10.5555/bq.2012.9.2');
    expect(m.date).toBe('2012-03');
    expect(m.isPaper).toBe(true);
  });

  it('keeps a subtitle printed on the line under a large title, and re-cases a capitals byline', () => {
    const doc = parseHtml(`<html><head><title>Some Journal - Home</title></head><body>
      <p><b>Issue 3</b>, Spring 2009</p>
      <p><font size="5"><strong>Salt Roads</strong></font><br>Trade and Memory in the Sahel</p>
      <p>By <strong>AMINATA DIALLO</strong></p>
      <p>${'A long opening paragraph of the essay. '.repeat(20)}</p></body></html>`);
    const m = extractPageMetadata(doc, 'https://journal.example/3/salt');
    expect(m.title).toBe('Salt Roads: Trade and Memory in the Sahel');
    expect(names(m)).toEqual(['Aminata Diallo']);
    expect(m.year).toBe(2009);
  });

  it('finds the title a <title> wraps in a short prefix ("View of ... | Journal"), and its byline and date', () => {
    const doc =
      parseHtml(`<html><head><title>View of Salt and Sand in Coastal Dunes | Dune Notes</title></head>
      <body><p>Home</p><p><strong>Salt and Sand in Coastal Dunes</strong></p><p>Ana Ruiz and Tom Berg</p>
      <p>Received: 2 January 2016 / Published: 3 May 2016</p>
      <p>${'The dunes move a little every winter, and the salt moves with them. '.repeat(6)}</p></body></html>`);
    const m = extractPageMetadata(doc, 'https://dunes.example/article/view/12/30');
    expect(m.title).toBe('Salt and Sand in Coastal Dunes');
    expect(names(m)).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect(m.date).toBe('2016-05-03');
    expect(m.isPaper).toBe(true);
  });

  it('does not take an unrelated DOI when a page prints several', () => {
    const doc = parseHtml(`<html><head><title>Notes</title></head><body><h1>Reading list</h1>
      <p>See 10.5555/a.1 and 10.5555/b.2 for details.</p></body></html>`);
    expect(extractPageMetadata(doc, 'https://blog.example/notes').doi).toBeUndefined();
  });
});

describe('extractPageMetadata says "not a paper" where it is not one', () => {
  it('refuses a Cloudflare-style challenge page', () => {
    const m = extractPageMetadata(fixture('challenge.html'), 'https://journal.example/article/42');
    expect(m.isPaper).toBe(false);
    expect(m.title).toBeUndefined();
    expect(m.unreadable.join(' ')).toMatch(/challenge/);
  });

  it('refuses a listing or search page and a page listing many papers in its tags', () => {
    const doc = parseHtml(`<html><head><title>Search results</title>
      <meta name="dc.title" content="Results"><meta name="dc.creator" content="Nobody, A.">
      </head><body><h1>Results for "cats"</h1></body></html>`);
    expect(extractPageMetadata(doc, 'https://arxiv.org/search/?query=cats').isPaper).toBe(false);
    const many = parseHtml(`<html><head><meta name="citation_title" content="One">
      <meta name="citation_title" content="Two"></head><body></body></html>`);
    expect(extractPageMetadata(many, 'https://journal.example/issue/3').isPaper).toBe(false);
  });

  it('refuses a saved listing page by its content, whatever its address', () => {
    const m = extractPageMetadata(
      fixture('listing.html'),
      'file:///home/reader/saved/listing.html',
    );
    expect(m.isPaper).toBe(false);
  });

  it('drops unrendered template placeholders instead of showing them as a title', () => {
    const doc = parseHtml(`<html><head><title>[{{ arxiv_id }}] {{ title }}</title>
      <meta name="citation_title" content="{{ abs_meta.title }}"></head><body></body></html>`);
    const m = extractPageMetadata(doc, 'https://arxiv.org/abs/2101.00001');
    expect(m.title).toBeUndefined();
    expect(m.isPaper).toBe(false);
    expect(m.unreadable).toContain('title (template placeholder)');
  });
});
