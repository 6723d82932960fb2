/**
 * Open Graph (og:*), Twitter cards and OGP's article:* namespace: a title and a publication date
 * that news stories and blogs carry as often as papers, so they supply fields but never count as
 * evidence that the page is a paper.
 */
import type { FoundFields } from './found-fields';
import { hasAny } from './highwire-tags';
import type { MetaTags } from './meta-tags';

export function readOpenGraphTags(meta: MetaTags): FoundFields | null {
  const fields: FoundFields = {
    title: meta.first('og:title', 'twitter:title'),
    date: meta.first('article:published_time', 'datepublished'),
  };
  return hasAny(fields) ? fields : null;
}

/** og:type "article" (any case): the page says it is an article, scholarly or not. */
export function declaresOgArticle(meta: MetaTags): boolean {
  return meta.first('og:type')?.trim().toLowerCase() === 'article';
}
