// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PaperIdentity } from './identity/paper-identity';
import { extractPageMetadata } from './metadata/extract-page-metadata';
import { fixture } from './metadata/parse-html.test-helper';
import type { PageMetadata } from './metadata/page-metadata';
import type { Paper } from './model';
import { mergePageIntoPaper, mergePdfIntoPaper, paperFromPage } from './paper-from-page';

const NOW = Date.UTC(2026, 10, 25, 18, 0, 0);

const arxivAbs: PaperIdentity = {
  key: 'arxiv:2106.09608',
  kind: 'arxiv',
  id: '2106.09608',
  version: 'v2',
  format: 'abstract',
};

function metadata(fields: Partial<PageMetadata>): PageMetadata {
  return { isPaper: true, authors: [], unreadable: [], ...fields };
}

const richMetadata = metadata({
  title: 'Learning to Read Papers',
  authors: [{ name: 'Ada Lovelace', original: 'Lovelace, Ada' }],
  year: 2021,
  doi: 'https://doi.org/10.1145/ABC.123',
  abstract: 'We read.',
  venue: 'SIGCOMM',
});

describe('paperFromPage', () => {
  it('makes a new, not-started paper keyed by the identity, with arXiv links and the DOI as alias', () => {
    const paper = paperFromPage(arxivAbs, richMetadata, '[2106.09608] Tab title', NOW);
    expect(paper).toMatchObject({
      key: 'arxiv:2106.09608',
      aliases: ['doi:10.1145/abc.123'],
      title: 'Learning to Read Papers',
      authors: [{ name: 'Ada Lovelace', original: 'Lovelace, Ada' }],
      year: 2021,
      venue: 'SIGCOMM',
      doi: '10.1145/abc.123',
      arxivId: '2106.09608',
      version: 'v2',
      abstract: 'We read.',
      links: {
        abstract: 'https://arxiv.org/abs/2106.09608',
        pdf: 'https://arxiv.org/pdf/2106.09608',
        html: 'https://arxiv.org/html/2106.09608',
      },
      tags: [],
      state: { kind: 'not-started' },
      history: [],
      checklist: {},
      addedAt: NOW,
      lastReadAt: NOW,
    });
  });

  it("does not file arXiv's own DataCite DOI as a second key beside the arXiv id", () => {
    const page = { ...richMetadata, doi: '10.48550/arXiv.2106.09608', arxivId: '2106.09608' };
    expect(paperFromPage(arxivAbs, page, 'x', NOW).aliases).toEqual([]);
    const mirror: PaperIdentity = {
      ...arxivAbs,
      kind: 'url',
      id: 'mirror.example/p',
      key: 'url:mirror.example/p',
    };
    expect(paperFromPage(mirror, page, 'x', NOW).aliases).toEqual(['arxiv:2106.09608']);
  });

  it('uses the tab title without the arXiv prefix when the page gave no metadata', () => {
    const paper = paperFromPage(arxivAbs, undefined, '[2106.09608] Attention Is All', NOW);
    expect(paper.title).toBe('Attention Is All');
    expect(paper.aliases).toEqual([]);
    expect(paper.authors).toEqual([]);
    expect('doi' in paper).toBe(false);
  });

  it('names a PDF tab titled with its URL by its identifier instead', () => {
    const pdf: PaperIdentity = { ...arxivAbs, format: 'pdf' };
    expect(paperFromPage(pdf, undefined, 'arxiv.org/pdf/2106.09608v2', NOW).title).toBe(
      'arXiv 2106.09608',
    );
    expect(paperFromPage(pdf, undefined, '', NOW).title).toBe('arXiv 2106.09608');
  });

  it('names a PDF known only by its address by its file name', () => {
    const url: PaperIdentity = {
      key: 'url:https://example.org/papers/attention%20is.pdf',
      kind: 'url',
      id: 'https://example.org/papers/attention%20is.pdf',
      format: 'pdf',
    };
    expect(paperFromPage(url, undefined, 'example.org', NOW).title).toBe('attention is.pdf');
    expect(paperFromPage(url, undefined, 'example.org:8080/papers/x.pdf', NOW).title).toBe(
      'attention is.pdf',
    );
    expect(paperFromPage(url, undefined, 'Attention, Reconsidered', NOW).title).toBe(
      'Attention, Reconsidered',
    );
  });

  it('ignores metadata of a page that is not about one paper', () => {
    const listing = metadata({ isPaper: false, title: 'Search results', doi: '10.1/x' });
    const paper = paperFromPage(arxivAbs, listing, 'Real title', NOW);
    expect(paper.title).toBe('Real title');
    expect(paper.aliases).toEqual([]);
  });

  it('gives a DOI paper its arXiv alias and only plain web links from the page', () => {
    const doi: PaperIdentity = {
      key: 'doi:10.1145/1273445.1273458',
      kind: 'doi',
      id: '10.1145/1273445.1273458',
    };
    const paper = paperFromPage(
      doi,
      metadata({
        title: 'How to Read a Paper',
        pdfUrl: 'javascript:alert(1)',
        canonicalUrl: 'https://dl.acm.org/doi/10.1145/1273445.1273458',
        arxivId: 'arXiv:1706.03762v7',
      }),
      'ACM page',
      NOW,
    );
    expect(paper.aliases).toEqual(['arxiv:1706.03762']);
    expect(paper.doi).toBe('10.1145/1273445.1273458');
    expect(paper.links.pdf).toBe('https://arxiv.org/pdf/1706.03762');
    expect(paper.links.abstract).toBe('https://arxiv.org/abs/1706.03762');
  });

  it('keeps only http(s) links for a page without an arXiv id', () => {
    const url: PaperIdentity = { key: 'url:example.org/p', kind: 'url', id: 'example.org/p' };
    const paper = paperFromPage(
      url,
      metadata({ pdfUrl: 'javascript:alert(1)', canonicalUrl: 'https://example.org/p' }),
      'Some paper',
      NOW,
    );
    expect(paper.links).toEqual({ abstract: 'https://example.org/p' });
  });
});

describe("a paper's arXiv category", () => {
  const absPage: PaperIdentity = {
    key: 'arxiv:2403.01234',
    kind: 'arxiv',
    id: '2403.01234',
    version: 'v3',
    format: 'abstract',
  };

  it("is the primary subject's code on arXiv's abstract page", () => {
    const page = extractPageMetadata(
      fixture('arxiv-abs-body.html'),
      'https://arxiv.org/abs/2403.01234v3',
    );
    const paper = paperFromPage(absPage, page, '', NOW);
    // The page lists "Quantum Physics (quant-ph); Animal Behavior and Cognition (q-bio.NC)".
    expect(paper.arxivCategory).toBe('quant-ph');
  });

  it('takes the first subject, with a subject class, and only a valid category', () => {
    const subjects = (first: string) =>
      paperFromPage(
        arxivAbs,
        metadata({ subjects: [first, 'Artificial Intelligence (cs.AI)'] }),
        '',
        NOW,
      ).arxivCategory;
    expect(subjects('Machine Learning (cs.LG)')).toBe('cs.LG');
    expect(subjects('Cosmology and Nongalactic Astrophysics (astro-ph.CO)')).toBe('astro-ph.CO');
    expect(subjects('Machine Learning (cs.LG}, note = {x)')).toBeUndefined();
    expect(subjects('Machine Learning (not a category)')).toBeUndefined();
    expect(subjects('Machine Learning')).toBeUndefined();
  });

  it('is not given to a paper that is not on arXiv', () => {
    const doi: PaperIdentity = { key: 'doi:10.1/x', kind: 'doi', id: '10.1/x' };
    const page = metadata({ subjects: ['Machine Learning (cs.LG)'] });
    expect(paperFromPage(doi, page, '', NOW).arxivCategory).toBeUndefined();
  });

  it('is filled in by a later visit, never replaced', () => {
    const page = (subject: string) => metadata({ subjects: [subject] });
    const stored = paperFromPage(arxivAbs, undefined, '', NOW);
    expect(stored.arxivCategory).toBeUndefined();
    const merged = mergePageIntoPaper(stored, arxivAbs, page('Machine Learning (cs.LG)'), NOW);
    expect(merged.arxivCategory).toBe('cs.LG');
    expect(
      mergePageIntoPaper(merged, arxivAbs, page('Statistics Theory (math.ST)'), NOW).arxivCategory,
    ).toBe('cs.LG');
  });

  it("comes from the PDF's stamp when the stamp names this paper", () => {
    const stored = paperFromPage(arxivAbs, undefined, '', NOW);
    const stamped = (arxivId: string | null) => ({
      fingerprint: 'ab12',
      title: null,
      authors: [],
      abstract: null,
      arxivId,
      arxivCategory: 'cs.CL',
    });
    expect(mergePdfIntoPaper(stored, stamped('2106.09608')).arxivCategory).toBe('cs.CL');
    expect(mergePdfIntoPaper(stored, stamped('1706.03762')).arxivCategory).toBeUndefined();
    expect(mergePdfIntoPaper(stored, stamped(null)).arxivCategory).toBeUndefined();
    const known = { ...stored, arxivCategory: 'cs.LG' };
    expect(mergePdfIntoPaper(known, stamped('2106.09608')).arxivCategory).toBe('cs.LG');
  });
});

describe('mergePageIntoPaper', () => {
  function readerPaper(): Paper {
    return {
      ...paperFromPage({ ...arxivAbs, version: 'v1' }, undefined, 'arxiv.org/pdf/2106.09608', 1000),
      title: 'arXiv 2106.09608',
      state: { kind: 'in-pass', pass: 2 },
      history: [{ state: { kind: 'in-pass', pass: 2 }, at: 2000 }],
      checklist: { 'p1-title': 1500 },
      tags: ['to-discuss'],
      queuePosition: 3,
    };
  }

  it('adds the later version, aliases and missing fields without touching the reader’s data', () => {
    const merged = mergePageIntoPaper(readerPaper(), arxivAbs, richMetadata, NOW);
    expect(merged.version).toBe('v2');
    expect(merged.aliases).toEqual(['doi:10.1145/abc.123']);
    expect(merged.title).toBe('Learning to Read Papers');
    expect(merged.authors).toHaveLength(1);
    expect(merged.year).toBe(2021);
    expect(merged.state).toEqual({ kind: 'in-pass', pass: 2 });
    expect(merged.history).toEqual(readerPaper().history);
    expect(merged.checklist).toEqual({ 'p1-title': 1500 });
    expect(merged.tags).toEqual(['to-discuss']);
    expect(merged.queuePosition).toBe(3);
    expect(merged.addedAt).toBe(1000);
    expect(merged.lastReadAt).toBe(NOW);
  });

  it('never replaces a real title, known authors or a later version', () => {
    const paper = {
      ...readerPaper(),
      title: 'My own title',
      authors: [{ name: 'Known Author', original: 'Known Author' }],
      version: 'v3',
    };
    const merged = mergePageIntoPaper(paper, arxivAbs, richMetadata, NOW);
    expect(merged.title).toBe('My own title');
    expect(merged.authors).toEqual(paper.authors);
    expect(merged.version).toBe('v3');
  });

  it('records the key it was reached by as an alias when that differs from the stored key', () => {
    const doi: PaperIdentity = { key: 'doi:10.1145/abc.123', kind: 'doi', id: '10.1145/abc.123' };
    const merged = mergePageIntoPaper(readerPaper(), doi, undefined, NOW);
    expect(merged.key).toBe('arxiv:2106.09608');
    expect(merged.aliases).toEqual(['doi:10.1145/abc.123']);
    expect(merged.doi).toBe('10.1145/abc.123');
  });

  it('keeps stored links and fills the missing ones', () => {
    const paper = { ...readerPaper(), links: { pdf: 'https://mirror.example/p.pdf' } };
    const merged = mergePageIntoPaper(paper, arxivAbs, undefined, NOW);
    expect(merged.links.pdf).toBe('https://mirror.example/p.pdf');
    expect(merged.links.abstract).toBe('https://arxiv.org/abs/2106.09608');
  });
});

describe('mergePdfIntoPaper', () => {
  const pdfUrl: PaperIdentity = {
    key: 'url:https://example.org/p/attention.pdf',
    kind: 'url',
    id: 'https://example.org/p/attention.pdf',
    format: 'pdf',
  };
  const pdf = {
    fingerprint: 'ab12',
    title: 'Attention, Reconsidered',
    authors: ['Ada Lovelace'],
    abstract: 'We reconsider.',
    arxivId: null,
  };

  it('names a paper known by its address from its PDF and records the fingerprint', () => {
    const paper = paperFromPage(pdfUrl, undefined, 'example.org/p/attention.pdf', NOW);
    const merged = mergePdfIntoPaper(paper, pdf);
    expect(merged.title).toBe('Attention, Reconsidered');
    expect(merged.authors).toEqual([{ name: 'Ada Lovelace', original: 'Ada Lovelace' }]);
    expect(merged.abstract).toBe('We reconsider.');
    expect(merged.aliases).toEqual(['fingerprint:ab12']);
    expect(mergePdfIntoPaper(merged, pdf).aliases).toEqual(['fingerprint:ab12']);
  });

  it('keeps the title, authors and abstract the record has', () => {
    const paper = paperFromPage(arxivAbs, richMetadata, 'Tab', NOW);
    const merged = mergePdfIntoPaper(paper, { ...pdf, title: 'A wrong title from metadata' });
    expect(merged.title).toBe('Learning to Read Papers');
    expect(merged.authors).toEqual(paper.authors);
    expect(merged.abstract).toBe('We read.');
    expect(merged.aliases).toEqual(['doi:10.1145/abc.123', 'fingerprint:ab12']);
  });
});
