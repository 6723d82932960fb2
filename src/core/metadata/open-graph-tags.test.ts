// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMetaTags } from './meta-tags';
import { declaresOgArticle, readOpenGraphTags } from './open-graph-tags';
import { parseHtml } from './parse-html.test-helper';

const meta = (head: string) => readMetaTags(parseHtml(`<head>${head}</head>`), []);

describe('readOpenGraphTags', () => {
  it('reads a title (og: before twitter:) and the article:published_time', () => {
    const m = meta(`<meta name="twitter:title" content="Tw"><meta property="og:title" content="OG">
      <meta property="article:published_time" content="2023-05-02T09:00:00Z">`);
    expect(readOpenGraphTags(m)).toEqual({ title: 'OG', date: '2023-05-02T09:00:00Z' });
  });

  it('says whether the page calls itself an article, whatever the case', () => {
    expect(declaresOgArticle(meta('<meta property="og:type" content="Article">'))).toBe(true);
    expect(declaresOgArticle(meta('<meta property="og:type" content="website">'))).toBe(false);
  });
});
