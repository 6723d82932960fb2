/** What every site's address rule shares: its signature and the path helpers it reads with. */
import type { PaperIdentity } from './paper-identity';

/** Which paper one site's address names, or null; reads the already-parsed URL only. */
export type UrlRule = (url: URL) => PaperIdentity | null;

/** Host (without "www.") to its rule. */
export type HostRules = [host: string, rule: UrlRule][];

/** Splits "/view/rest" into its first segment and the rest. */
export function firstSegment(path: string): [string, string] {
  const end = path.indexOf('/', 1);
  return end < 0 ? [path.slice(1), ''] : [path.slice(1, end), path.slice(end + 1)];
}

/** "/a/b/c/" as ["a", "b", "c"]: one trailing slash is the same page. */
export function pathSegments(path: string): string[] {
  const parts = path.split('/');
  parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function stripSuffix(s: string, suffix: string): string {
  return s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
}

/** A positive decimal number without its leading zeros ("0001" is "1"), or null. */
export function plainNumber(text: string, maxDigits: number): string | null {
  if (text.length === 0 || text.length > maxDigits) return null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  const n = text.replace(/^0+/, '');
  return n === '' ? null : n;
}

/**
 * The first value of the query parameter `name`, as URLSearchParams would give it, read straight
 * from `url.search`: building URLSearchParams costs more than parsing the whole URL.
 */
export function queryValue(url: URL, name: string): string | null {
  const search = url.search;
  for (let start = 1; start < search.length;) {
    let end = search.indexOf('&', start);
    if (end < 0) end = search.length;
    const equals = search.indexOf('=', start);
    const nameEnd = equals < 0 || equals > end ? end : equals;
    if (nameEnd - start === name.length && search.startsWith(name, start))
      return decodeQueryText(search.slice(Math.min(nameEnd + 1, end), end));
    start = end + 1;
  }
  return null;
}

function decodeQueryText(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
