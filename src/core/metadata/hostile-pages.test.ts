// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './extract-page-metadata';
import { LIMITS } from './limits';
import { parseHtml } from './parse-html.test-helper';

const URL_ = 'https://journal.example/article/1';
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const page = (head: string, body = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractPageMetadata on hostile pages', () => {
  it('returns a <script> inside citation_title as plain text, markup removed', () => {
    const doc = parseHtml(
      page(
        `<meta name="citation_title" content="${attr('Real Title<script>alert(1)</script><img src=x onerror=alert(2)>')}">` +
          `<meta name="citation_author" content="${attr('<b>Evil</b>, Eve')}">`,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title).toBe('Real Title');
    expect(m.authors.map((a) => a.name)).toEqual(['Eve Evil']);
    expect(JSON.stringify(m)).not.toMatch(/<|alert/);
  });

  it('cuts a 100 KB title to the cap and says so', () => {
    const doc = parseHtml(
      page(`<meta name="citation_title" content="${'Long title words '.repeat(6_000)}">`),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(m.title!.startsWith('Long title words')).toBe(true);
    expect(m.unreadable).toContain(`title (cut at ${LIMITS.title} characters)`);
  });

  it('reads only the first meta tags of a page with 5,000 of them and still finds the paper', () => {
    const junk = Array.from(
      { length: 5_000 },
      (_, i) => `<meta name="x-junk-${i}" content="v${i}">`,
    ).join('');
    const doc = parseHtml(
      page(
        `<meta name="citation_title" content="Buried Paper">${junk}<meta name="citation_doi" content="10.5555/late.1">`,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title).toBe('Buried Paper');
    expect(m.doi).toBeUndefined();
    expect(m.unreadable).toContain(`meta tags after the first ${LIMITS.metaTags}`);
  });

  it('does not read a meta value bigger than any real tag needs', () => {
    const doc = parseHtml(
      page(
        `<meta name="citation_title" content="${'x'.repeat(LIMITS.metaValue + 1)}"><meta name="dc.title" content="Fallback Title">`,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title).toBe('Fallback Title');
    expect(m.unreadable).toContain('meta citation_title (too long)');
  });

  it('keeps at most 500 authors', () => {
    const authors = Array.from(
      { length: 800 },
      (_, i) => `<meta name="citation_author" content="Author${i}, Given">`,
    ).join('');
    const m = extractPageMetadata(
      parseHtml(page(`<meta name="citation_title" content="Big Collab">${authors}`)),
      URL_,
    );
    expect(m.authors).toHaveLength(LIMITS.authors);
    expect(m.unreadable).toContain(`authors after the first ${LIMITS.authors}`);
  });

  it('strips control and bidi-override characters', () => {
    const doc = parseHtml(
      page(`<meta name="citation_title" content="Safe\u0000 \u202eTitle\u0007">`),
    );
    expect(extractPageMetadata(doc, URL_).title).toBe('Safe Title');
  });

  it('reads a page with no head', () => {
    const doc = parseHtml('<body><h1>Only a Body Here</h1><p>text</p></body>');
    const m = extractPageMetadata(doc, URL_);
    expect(m.isPaper).toBe(false);
    expect(m.unreadable).toEqual([]);
  });

  it('refuses javascript: and data: links as PDF or canonical URLs', () => {
    const doc = parseHtml(
      page(
        `<meta name="citation_title" content="T"><meta name="citation_pdf_url" content="javascript:alert(1)">` +
          `<link rel="canonical" href="data:text/html,hi">`,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.pdfUrl).toBeUndefined();
    expect(m.canonicalUrl).toBeUndefined();
  });

  it('notes malformed JSON-LD and carries on', () => {
    const doc = parseHtml(
      page(
        `<script type="application/ld+json">{"@type": "ScholarlyArticle", </script><meta name="citation_title" content="Still Here">`,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title).toBe('Still Here');
    expect(m.unreadable).toContain('JSON-LD (malformed)');
  });

  it('reads a 5 MB page without trouble', () => {
    const paragraph = `<p>${'Filler text about nothing in particular. '.repeat(50)}</p>`;
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const doc = parseHtml(
      page(
        '<meta name="citation_title" content="Huge Page Paper"><meta name="citation_author" content="Big, Page">',
        body,
      ),
    );
    const m = extractPageMetadata(doc, URL_);
    expect(m.title).toBe('Huge Page Paper');
    expect(m.authors.map((a) => a.name)).toEqual(['Page Big']);
  });

  it('never throws, even when the document itself misbehaves', () => {
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('hostile getter');
      },
    });
    const m = extractPageMetadata(broken, URL_);
    expect(m.isPaper).toBe(false);
    expect(m.unreadable).toContain('page');
  });
});
