import { describe, expect, it } from 'vitest';
import { pdfPageLink } from './pdf-page-link';

describe('pdfPageLink', () => {
  it('opens an http(s) PDF at the page, replacing any fragment', () => {
    expect(pdfPageLink('https://arxiv.org/pdf/2201.11903v6', 9)).toBe(
      'https://arxiv.org/pdf/2201.11903v6#page=9',
    );
    expect(pdfPageLink('http://example.org/a.pdf#page=2', 3)).toBe(
      'http://example.org/a.pdf#page=3',
    );
  });

  it('gives no link for other schemes, bad pages or no PDF', () => {
    expect(pdfPageLink('javascript:alert(1)', 1)).toBeNull();
    expect(pdfPageLink('file:///home/ada/x.pdf', 1)).toBeNull();
    expect(pdfPageLink('https://example.org/a.pdf', 0)).toBeNull();
    expect(pdfPageLink(undefined, 1)).toBeNull();
  });
});
