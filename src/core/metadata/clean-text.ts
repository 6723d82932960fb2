/**
 * Turns untrusted page strings into plain display text: no control or invisible characters, no
 * markup, whitespace folded, length capped. Markup is removed, never interpreted.
 */

// C0/C1 controls, zero-width and bidi-override characters, BOM.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// A tag as written in text (e.g. "<i>" inside citation_title); script/style bodies go with their tags.
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?([a-z][a-z0-9]*)[^<>]*>/gi;
// Tags that separate words; inline ones (<i>, <sub>) join them ("H<sub>2</sub>O" is "H2O").
const BLOCK_TAGS = new Set([
  'br',
  'p',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
]);
const WHITESPACE = /\s+/g;

export interface CleanResult {
  text: string;
  /** True when the text had to be cut to fit. */
  truncated: boolean;
}

/** Folds whitespace (including the invisible characters) and trims. */
export function foldWhitespace(s: string): string {
  return s.replace(INVISIBLE, ' ').replace(WHITESPACE, ' ').trim();
}

/** Plain text from a page string: markup stripped, whitespace folded, cut at `max` characters. */
export function cleanText(raw: string, max: number): CleanResult {
  // Work on a bounded slice: a 100 MB attribute must not cost 100 MB of regex work.
  const slice = raw.length > max * 4 + 1_000 ? raw.slice(0, max * 4 + 1_000) : raw;
  // Entities left escaped by a page that encoded twice ("&amp;amp;"), decoded once, before markup
  // is stripped, so a decoded tag is stripped too.
  const decoded = slice.includes('&') ? decodeEntities(slice) : slice;
  let text = decoded.includes('<')
    ? decoded
        .replace(SCRIPT_OR_STYLE, ' ')
        .replace(TAG, (_, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : ''))
    : decoded;
  text = foldWhitespace(text);
  const truncated = text.length > max || slice.length < raw.length;
  if (text.length > max) text = cutAtCodePoint(text, max).trimEnd();
  return { text, truncated };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi;

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/** Cuts without leaving half of a surrogate pair. */
function cutAtCodePoint(s: string, max: number): string {
  const code = s.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? s.slice(0, max - 1) : s.slice(0, max);
}

/** True for text that is an unrendered template placeholder ("{{ abs_meta.title }}"). */
export function isTemplatePlaceholder(s: string): boolean {
  return /\{\{[^}]*\}\}|\{%[^%]*%\}/.test(s);
}
