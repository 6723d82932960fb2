import { describe, expect, it } from 'vitest';
import { identifyTab } from './identify-tab';
import type { PageMetadata } from '../metadata/page-metadata';

const landing = (fields: Partial<PageMetadata>): PageMetadata => ({
  isPaper: true,
  authors: [],
  unreadable: [],
  ...fields,
});

describe('identifyTab', () => {
  it('knows an arXiv page from its URL alone', () => {
    expect(identifyTab({ url: 'https://arxiv.org/abs/2106.09608v2', title: '' })?.key).toBe(
      'arxiv:2106.09608',
    );
  });

  it('treats a PDF document at an unknown address as a paper named by its URL', () => {
    const identity = identifyTab({
      url: 'https://example.org/files/download?id=7',
      title: 'example.org/files/download?id=7',
      contentType: 'application/pdf',
    });
    expect(identity?.kind).toBe('url');
  });

  it('recognises a .pdf URL where no content script could look', () => {
    expect(identifyTab({ url: 'https://example.org/papers/keshav.pdf', title: '' })?.kind).toBe(
      'url',
    );
  });

  it('uses the DOI a publisher page names, so its notes meet the DOI links', () => {
    const identity = identifyTab({
      url: 'https://publisher.example/article/123',
      title: 'x',
      metadata: landing({ doi: '10.1145/1273445.1273458' }),
    });
    expect(identity?.key).toBe('doi:10.1145/1273445.1273458');
  });

  it('maps a publisher page naming an arXiv id to the arXiv paper', () => {
    const identity = identifyTab({
      url: 'https://publisher.example/article/123',
      title: 'x',
      metadata: landing({ arxivId: '1706.03762' }),
    });
    expect(identity?.key).toBe('arxiv:1706.03762');
  });

  it('does not call an ordinary page a paper', () => {
    expect(identifyTab({ url: 'https://news.example/today', title: 'News' })).toBeNull();
    expect(
      identifyTab({
        url: 'https://news.example/today',
        title: 'News',
        metadata: landing({ isPaper: false }),
      }),
    ).toBeNull();
  });

  it("gives a venue's landing page and the PDF tab it opens one paper, before any metadata", () => {
    const page = identifyTab({
      url: 'https://www.sciencedirect.com/science/article/pii/S2589721721000349',
      title: 'An article',
      metadata: landing({ doi: '10.1016/j.aiia.2021.11.001' }),
    });
    const pdf = identifyTab({
      url: 'https://reader.elsevier.com/reader/sd/pii/S2589721721000349?token=ABC',
      title: 'reader.elsevier.com/reader/sd/pii/S2589721721000349',
      contentType: 'application/pdf',
    });
    expect(page?.key).toBe('venue:elsevier/S2589721721000349');
    expect(pdf?.key).toBe(page?.key);
    expect(pdf?.format).toBe('pdf');
  });
});
