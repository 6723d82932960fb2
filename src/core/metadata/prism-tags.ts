/** PRISM (prism.*): publisher tags for the periodical an article appeared in. */
import type { FoundFields } from './found-fields';
import { hasAny } from './highwire-tags';
import type { MetaTags } from './meta-tags';

export function readPrismTags(meta: MetaTags): FoundFields | null {
  const fields: FoundFields = {
    title: meta.first('prism.title'),
    date: meta.first('prism.publicationdate', 'prism.coverdate', 'prism.onlinedate'),
    doi: meta.first('prism.doi') ?? meta.first('prism.url')?.match(/doi\.org\/(10\..+)$/i)?.[1],
    venue: meta.first('prism.publicationname'),
  };
  return hasAny(fields) ? fields : null;
}
