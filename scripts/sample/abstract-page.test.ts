// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { abstractPageHtml } from './abstract-page';
import { samplePaper, versionedId } from './paper';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const metaValues = (doc: Document, name: string) =>
  [...doc.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));

describe('sample abstract page', () => {
  const doc = parse(abstractPageHtml(samplePaper));

  it('carries Highwire citation tags for title, each author, dates, PDF and arXiv id', () => {
    expect(metaValues(doc, 'citation_title')).toEqual([samplePaper.title]);
    expect(metaValues(doc, 'citation_author')).toEqual(samplePaper.authors);
    expect(metaValues(doc, 'citation_date')).toEqual(['2024/01/15']);
    expect(metaValues(doc, 'citation_online_date')).toEqual(['2024/03/04']);
    expect(metaValues(doc, 'citation_pdf_url')).toEqual([
      `https://arxiv.org/pdf/${versionedId(samplePaper)}`,
    ]);
    expect(metaValues(doc, 'citation_arxiv_id')).toEqual([samplePaper.arxivId]);
  });

  it('shows title, authors, abstract, subjects and submission history like arXiv', () => {
    expect(doc.title).toBe(`[2401.99999v2] ${samplePaper.title}`);
    expect(doc.querySelector('h1.title')?.textContent).toBe(`Title:${samplePaper.title}`);
    expect(doc.querySelectorAll('.authors a')).toHaveLength(3);
    expect(doc.querySelector('blockquote.abstract')?.textContent).toContain('214 reading sessions');
    expect(doc.querySelector('.subjects')?.textContent).toContain('Digital Libraries (cs.DL)');
    expect(doc.querySelector('.submission-history')?.textContent).toMatch(/\[v1\].*\n.*\[v2\]/);
  });

  it('escapes text, so a title with markup stays text', () => {
    const hostile = parse(
      abstractPageHtml({ ...samplePaper, title: '<img src=x onerror=alert(1)> & "quotes"' }),
    );
    expect(hostile.querySelector('h1.title img')).toBeNull();
    expect(metaValues(hostile, 'citation_title')).toEqual([
      '<img src=x onerror=alert(1)> & "quotes"',
    ]);
  });
});
