/**
 * The page's <meta> tags as a case-insensitive multimap ("citation_author" -> every author, in
 * order). Reads only the first LIMITS.metaTags elements and skips absurdly long values, recording
 * both in `unreadable`.
 */
import { LIMITS } from './limits';

export interface MetaTags {
  /** Values by lower-cased name, property or itemprop, in document order. */
  get(name: string): readonly string[];
  /** The first non-empty value among several names, in the order given. */
  first(...names: string[]): string | undefined;
  /** How many meta elements the page has (all of them, read or not). */
  count: number;
}

const NONE: readonly string[] = [];

export function readMetaTags(doc: Document, unreadable: string[]): MetaTags {
  const elements = doc.getElementsByTagName('meta');
  const count = elements.length;
  const limit = Math.min(count, LIMITS.metaTags);
  if (count > limit) unreadable.push(`meta tags after the first ${LIMITS.metaTags}`);
  const values = new Map<string, string[]>();
  for (let i = 0; i < limit; i++) {
    const el = elements[i]!;
    const key =
      el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop');
    if (key === null || key.length > 100) continue;
    const value = el.getAttribute('content');
    if (value === null || value.trim() === '') continue;
    const name = key.trim().toLowerCase();
    if (value.length > LIMITS.metaValue) {
      unreadable.push(`meta ${name.slice(0, 60)} (too long)`);
      continue;
    }
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return {
    count,
    get: (name) => values.get(name) ?? NONE,
    first: (...names) => {
      for (const name of names) {
        const found = values.get(name)?.find((v) => v.trim() !== '');
        if (found !== undefined) return found;
      }
      return undefined;
    },
  };
}
