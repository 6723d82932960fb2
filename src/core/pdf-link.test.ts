import { describe, expect, it } from 'vitest';
import type { Paper } from './model';
import { keysToLinkPdf, pdfIdentityKeys, withPdfAddress } from './pdf-link';

const pdf = { arxivId: '1706.03762', doi: null, fingerprint: 'abc123' };

describe('linking a PDF to its paper', () => {
  it('names the arXiv id, the DOI and the fingerprint the PDF carries', () => {
    expect(pdfIdentityKeys(pdf)).toEqual(['arxiv:1706.03762', 'fingerprint:abc123']);
    expect(pdfIdentityKeys({ arxivId: null, doi: '10.1145/3.4', fingerprint: '' })).toEqual([
      'doi:10.1145/3.4',
    ]);
    // arXiv's own DOI leads to the arXiv paper, and is kept as a DOI key too.
    expect(
      pdfIdentityKeys({ arxivId: null, doi: '10.48550/arXiv.1706.03762', fingerprint: 'f' }),
    ).toEqual(['arxiv:1706.03762', 'doi:10.48550/arxiv.1706.03762', 'fingerprint:f']);
  });

  it('looks further only for a PDF known by its address or fingerprint, not yet in the library', () => {
    expect(keysToLinkPdf({ key: 'url:file:///home/a/x.pdf', stored: false }, pdf)).toEqual([
      'arxiv:1706.03762',
      'fingerprint:abc123',
    ]);
    expect(keysToLinkPdf({ key: 'fingerprint:abc123', stored: false }, pdf)).toEqual([
      'arxiv:1706.03762',
    ]);
    // A venue's PDF address (IEEE's stamp.jsp) finds the paper stored under its DOI.
    expect(
      keysToLinkPdf(
        { key: 'venue:ieee/9090146', stored: false },
        { arxivId: null, doi: '10.1109/ACCESS.2020.2993803', fingerprint: '' },
      ),
    ).toEqual(['doi:10.1109/access.2020.2993803']);
    // A paper with notes of its own, or already named by an identifier, is not moved.
    expect(keysToLinkPdf({ key: 'url:https://x.org/a.pdf', stored: true }, pdf)).toEqual([]);
    expect(keysToLinkPdf({ key: 'doi:10.1/x', stored: false }, pdf)).toEqual([]);
    expect(
      keysToLinkPdf({ key: 'url:x', stored: false }, { arxivId: null, doi: null, fingerprint: '' }),
    ).toEqual([]);
  });

  it('adds the address as an alias once', () => {
    const found = { key: 'arxiv:1706.03762', aliases: ['fingerprint:abc123'] } as Paper;
    const linked = withPdfAddress(found, 'url:file:///x.pdf');
    expect(linked.aliases).toEqual(['fingerprint:abc123', 'url:file:///x.pdf']);
    expect(withPdfAddress(linked, 'url:file:///x.pdf')).toBe(linked);
  });
});
